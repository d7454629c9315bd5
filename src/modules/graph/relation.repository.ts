import { sql } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { modelRelations, models } from "../../db/schema.js";
import type { RelationKind, RelationOrigin } from "../../db/tables/enums.js";
import { tableFacts } from "../../sql/facts.js";
import { ModelRelation } from "./relation.type.js";

/** Edges out of each model, in the order they were added. */
export const edgesFrom = tableFacts(
  "edgesFrom",
  modelRelations,
  modelRelations.fromModelId,
  { orderBy: sql`${modelRelations.id}` },
  ModelRelation.fromRow,
);

/** Edges into each model, in the order they were added. */
export const edgesTo = tableFacts(
  "edgesTo",
  modelRelations,
  modelRelations.toModelId,
  { orderBy: sql`${modelRelations.id}` },
  ModelRelation.fromRow,
);

/** A row of model_relations as SQLite returns it from a raw query, with the walk's depth. */
interface RawStep {
  start_id: number;
  depth: number;
  id: number;
  from_model_id: number;
  to_model_id: number;
  kind: RelationKind;
  note: string | null;
  since: string | null;
  source_id: number | null;
  origin: RelationOrigin;
  rule: string | null;
  confidence: number | null;
}

function toRelation(row: RawStep): ModelRelation {
  return ModelRelation.fromRow({
    id: row.id,
    fromModelId: row.from_model_id,
    toModelId: row.to_model_id,
    kind: row.kind,
    note: row.note,
    since: row.since,
    sourceId: row.source_id,
    origin: row.origin,
    rule: row.rule,
    confidence: row.confidence,
  });
}

export interface ChainStepRow {
  startId: number;
  depth: number;
  via: ModelRelation;
}

/** Column names for the raw recursive SQL, from the table definition so a rename cannot drift. */
const c = {
  from: sql.identifier(modelRelations.fromModelId.name),
  to: sql.identifier(modelRelations.toModelId.name),
  kind: sql.identifier(modelRelations.kind.name),
};

function kindList(kinds: readonly RelationKind[]) {
  return sql.join(
    kinds.map((k) => sql`${k}`),
    sql`, `,
  );
}

export class WalkRepository {
  constructor(private readonly db: Database) {}

  /**
   * Breadth-first walks along SUCCESSOR edges from each start, in one statement. Each model is
   * reached once, at its least depth, through the earliest-added edge from a model one level up;
   * the start is never a step, and a cycle ends its branch. Steps come by depth, then edge order.
   */
  successorChain(startIds: readonly number[], maxDepth: number): ChainStepRow[] {
    const starts = sql.join(
      startIds.map((id) => sql`${id}`),
      sql`, `,
    );
    const rows = this.db.all<RawStep>(sql`
      WITH RECURSIVE walk(start_id, model_id, depth) AS (
        SELECT ${models.id}, ${models.id}, 0 FROM ${models} WHERE ${models.id} IN (${starts})
        UNION
        SELECT w.start_id, r.${c.to}, w.depth + 1
        FROM walk w JOIN ${modelRelations} r ON r.${c.from} = w.model_id AND r.${c.kind} = 'SUCCESSOR'
        WHERE w.depth < ${maxDepth}
      ),
      reached AS (SELECT start_id, model_id, min(depth) AS depth FROM walk GROUP BY start_id, model_id),
      steps AS (
        SELECT m.start_id, m.depth, r.*,
          row_number() OVER (PARTITION BY m.start_id, r.${c.to} ORDER BY r.id) AS pick
        FROM reached m
        JOIN ${modelRelations} r ON r.${c.to} = m.model_id AND r.${c.kind} = 'SUCCESSOR'
        JOIN reached p ON p.start_id = m.start_id AND p.model_id = r.${c.from} AND p.depth = m.depth - 1
        WHERE m.depth > 0
      )
      SELECT * FROM steps WHERE pick = 1 ORDER BY start_id, depth, id`);
    return rows.map((row) => ({ startId: row.start_id, depth: row.depth, via: toRelation(row) }));
  }

  /**
   * A shortest path from one model to another along edges of the given kinds, followed forward,
   * in one statement: the edges in order, [] when `from` is `to`, null when none is found within
   * `maxDepth` edges. Among paths of equal length, each step takes the earliest-added edge.
   */
  shortestPath(
    fromId: number,
    toId: number,
    kinds: readonly RelationKind[],
    maxDepth: number,
  ): ModelRelation[] | null {
    const rows = this.db.all<RawStep | { id: null }>(sql`
      WITH RECURSIVE walk(model_id, depth) AS (
        SELECT ${fromId}, 0
        UNION
        SELECT r.${c.to}, w.depth + 1
        FROM walk w JOIN ${modelRelations} r ON r.${c.from} = w.model_id AND r.${c.kind} IN (${kindList(kinds)})
        WHERE w.depth < ${maxDepth}
      ),
      reached AS (SELECT model_id, min(depth) AS depth FROM walk GROUP BY model_id),
      back(model_id, depth, edge_id) AS (
        SELECT model_id, depth, NULL FROM reached WHERE model_id = ${toId}
        UNION ALL
        SELECT e.${c.from}, b.depth - 1, e.id
        FROM back b JOIN ${modelRelations} e ON e.id = (
          SELECT r.id FROM ${modelRelations} r
          JOIN reached p ON p.model_id = r.${c.from} AND p.depth = b.depth - 1
          WHERE r.${c.to} = b.model_id AND r.${c.kind} IN (${kindList(kinds)})
          ORDER BY r.id LIMIT 1)
        WHERE b.depth > 0
      )
      SELECT b.depth AS depth, r.* FROM back b LEFT JOIN ${modelRelations} r ON r.id = b.edge_id
      ORDER BY b.depth`);
    if (rows.length === 0) return null;
    return rows.filter((row): row is RawStep => row.id !== null).map(toRelation);
  }
}
