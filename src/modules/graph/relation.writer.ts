import { and, eq, ne, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { modelRelations } from "../../db/schema.js";
import type { RelationKind } from "../../db/tables/enums.js";
import type { UserErrors } from "../../graphql/user-errors.js";
import type { Work, Written } from "../changes/index.js";
import { requireModel } from "../identity/index.js";
import { sourceIdFor, validateSource } from "../sources/index.js";
import { insertRelation } from "./relation.store.js";
import type { LinkModelsInput, UnlinkModelsInput } from "./relation.input.js";
import { ModelRelation } from "./relation.type.js";

/** Kinds that say where a model comes from: a model cannot, through them, come from itself. */
const derivations: readonly RelationKind[] = ["DISTILLED_FROM", "FINE_TUNED_FROM", "SNAPSHOT_OF"];

/** Whether `to` already reaches `from` along edges of `kind`, so that from → to would close a cycle. */
function closesCycle(tx: Executor, fromId: number, toId: number, kind: RelationKind): boolean {
  const row = tx.get<{ found: number } | undefined>(sql`
    WITH RECURSIVE reach(model_id) AS (
      SELECT ${toId}
      UNION
      SELECT r.${sql.identifier(modelRelations.toModelId.name)} FROM reach
      JOIN ${modelRelations} r ON r.${sql.identifier(modelRelations.fromModelId.name)} = reach.model_id
        AND r.${sql.identifier(modelRelations.kind.name)} = ${kind}
    )
    SELECT 1 AS found FROM reach WHERE model_id = ${fromId} LIMIT 1`);
  return row !== undefined;
}

/**
 * Adds an edge. Refused: a self-edge, an edge that is already there, and for derivation kinds
 * (distilled, fine-tuned, snapshot) one that would make a model derive from itself. SUCCESSOR
 * cycles are allowed: real catalogs have them (o3-mini ↔ o4-mini).
 */
export function linkModels(
  work: Work,
  errors: UserErrors,
  input: LinkModelsInput,
): Written<ModelRelation> | undefined {
  const { tx } = work;
  errors.text(["input", "note"], input.note, { max: 2000 });
  errors.date(["input", "since"], input.since);
  validateSource(errors, ["input", "source"], input.source);
  const from = requireModel(tx, errors, ["input", "from"], input.from);
  const to = requireModel(tx, errors, ["input", "to"], input.to);
  if (errors.any || from === null || to === null) return undefined;
  if (from.id === to.id) {
    errors.add(["input", "to"], "a model cannot be linked to itself");
    return undefined;
  }
  const same = and(
    eq(modelRelations.fromModelId, from.id),
    eq(modelRelations.toModelId, to.id),
    eq(modelRelations.kind, input.kind),
  );
  if (
    tx
      .select({ id: modelRelations.id })
      .from(modelRelations)
      .where(and(same, ne(modelRelations.origin, "inferred")))
      .get()
  ) {
    errors.add(
      ["input", "to"],
      `${from.slug} already has a ${input.kind} edge to ${to.slug}`,
      "CONFLICT",
    );
    return undefined;
  }
  if (derivations.includes(input.kind) && closesCycle(tx, from.id, to.id, input.kind)) {
    errors.add(
      ["input", "to"],
      `${to.slug} already ${input.kind} ${from.slug}, directly or through others`,
      "CYCLE_NOT_ALLOWED",
    );
    return undefined;
  }
  // A proposal of the same edge gives way to the stated one.
  tx.delete(modelRelations)
    .where(and(same, eq(modelRelations.origin, "inferred")))
    .run();
  const row = insertRelation(tx, {
    fromModelId: from.id,
    toModelId: to.id,
    kind: input.kind,
    note: input.note ?? null,
    since: input.since ?? null,
    sourceId: sourceIdFor(tx, input.source),
  });
  // A stated successor replaces the rule's proposals out of the model.
  work.relineage(from.id);
  return {
    value: ModelRelation.fromRow(row),
    change: {
      operation: "linkModels",
      target: `model:${from.slug}`,
      modelSlug: from.slug,
      summary: `${from.slug} ${input.kind} ${to.slug}`,
    },
  };
}

/**
 * Removes an edge; NOT_FOUND when there is none. An edge a rule proposed or a deprecation notice
 * names is refused (CONFLICT): it would come back. Returns the removed edge's row id.
 */
export function unlinkModels(
  work: Work,
  errors: UserErrors,
  input: UnlinkModelsInput,
): Written<number> | undefined {
  const { tx } = work;
  const from = requireModel(tx, errors, ["input", "from"], input.from);
  const to = requireModel(tx, errors, ["input", "to"], input.to);
  if (from === null || to === null) return undefined;
  const edge = and(
    eq(modelRelations.fromModelId, from.id),
    eq(modelRelations.toModelId, to.id),
    eq(modelRelations.kind, input.kind),
  );
  const found = tx.select().from(modelRelations).where(edge).get();
  if (found?.origin === "inferred") {
    errors.add(
      ["input", "to"],
      `the ${input.kind} edge from ${from.slug} to ${to.slug} is a proposal of the rule ${found.rule}; reject it with reviewInferredRelation(holds: false), or the rule proposes it again`,
      "CONFLICT",
    );
    return undefined;
  }
  if (found?.origin === "notices") {
    errors.add(
      ["input", "to"],
      `the ${input.kind} edge from ${from.slug} to ${to.slug} comes from a deprecation notice naming ${to.slug} as the replacement; it stays while the notice does`,
      "CONFLICT",
    );
    return undefined;
  }
  const removed = tx.delete(modelRelations).where(edge).returning({ id: modelRelations.id }).get();
  if (!removed) {
    errors.add(
      ["input", "to"],
      `${from.slug} has no ${input.kind} edge to ${to.slug}`,
      "NOT_FOUND",
    );
    return undefined;
  }
  work.relineage(from.id);
  return {
    value: removed.id,
    change: {
      operation: "unlinkModels",
      target: `model:${from.slug}`,
      modelSlug: from.slug,
      summary: `removed ${from.slug} ${input.kind} ${to.slug}`,
    },
  };
}
