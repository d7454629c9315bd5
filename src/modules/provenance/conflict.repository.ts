import { asc, inArray } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { factConflicts } from "../../db/schema.js";
import { FactConflict } from "./conflict.type.js";

export class ConflictRepository {
  constructor(private readonly db: Database) {}

  forModels(modelIds: readonly number[]): FactConflict[] {
    return this.db
      .select()
      .from(factConflicts)
      .where(inArray(factConflicts.modelId, [...modelIds]))
      .orderBy(asc(factConflicts.field), asc(factConflicts.id))
      .all()
      .map(FactConflict.fromRow);
  }
}
