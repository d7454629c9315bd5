import { asc } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { factConflicts } from "../../db/schema.js";
import { keyedRows } from "../../shared/queries.js";
import { FactConflict } from "./conflict.type.js";

const conflictsOf = keyedRows(factConflicts, factConflicts.modelId, {
  orderBy: [asc(factConflicts.field), asc(factConflicts.id)],
});

export class ConflictRepository {
  constructor(private readonly db: Database) {}

  forModels(modelIds: readonly number[]): FactConflict[] {
    return conflictsOf(this.db, modelIds).map(FactConflict.fromRow);
  }
}
