import { asc, inArray } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { factConflicts } from "../../db/schema.js";
import { keyedQuery } from "../../shared/queries.js";
import { FactConflict } from "./conflict.type.js";

const conflictsOf = keyedQuery((db, modelIds) =>
  db
    .select()
    .from(factConflicts)
    .where(inArray(factConflicts.modelId, modelIds))
    .orderBy(asc(factConflicts.field), asc(factConflicts.id))
    .prepare(),
);

export class ConflictRepository {
  constructor(private readonly db: Database) {}

  forModels(modelIds: readonly number[]): FactConflict[] {
    return conflictsOf(this.db, modelIds).map(FactConflict.fromRow);
  }
}
