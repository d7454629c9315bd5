import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { modelRelations } from "../../db/schema.js";
import { insertRows, insertRowsReturning } from "../../db/bulk.js";

/**
 * The edges' SQL for writers: the only code that adds or removes an edge between models, whoever
 * writes (a mutation, the curated catalog, an import, the notices' projection, the lineage rule).
 */

export type NewRelation = typeof modelRelations.$inferInsert;
export type RelationRow = typeof modelRelations.$inferSelect;

/** Adds edges. */
export function insertRelations(tx: Executor, rows: readonly NewRelation[]): void {
  insertRows(tx, modelRelations, rows);
}

/** Adds one edge and returns it as stored. */
export function insertRelation(tx: Executor, row: NewRelation): RelationRow {
  return insertRowsReturning(tx, modelRelations, [row])[0]!;
}

export function deleteRelations(tx: Executor, ids: readonly number[]): void {
  if (ids.length > 0)
    tx.delete(modelRelations)
      .where(inArray(modelRelations.id, [...ids]))
      .run();
}

/** A model's outgoing SUCCESSOR edges, whatever their origin. */
export function successorEdges(tx: Executor, modelId: number): RelationRow[] {
  return tx
    .select()
    .from(modelRelations)
    .where(and(eq(modelRelations.fromModelId, modelId), eq(modelRelations.kind, "SUCCESSOR")))
    .all();
}
