import { asc, inArray } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { modelRelations } from "../../db/schema.js";
import { ModelRelation } from "./relation.type.js";

export class RelationRepository {
  constructor(private readonly db: Database) {}

  /** Edges out of each model, in the order they were added. */
  outgoing(modelIds: readonly number[]): ModelRelation[] {
    return this.db
      .select()
      .from(modelRelations)
      .where(inArray(modelRelations.fromModelId, [...modelIds]))
      .orderBy(asc(modelRelations.id))
      .all()
      .map(ModelRelation.fromRow);
  }

  /** Edges into each model, in the order they were added. */
  incoming(modelIds: readonly number[]): ModelRelation[] {
    return this.db
      .select()
      .from(modelRelations)
      .where(inArray(modelRelations.toModelId, [...modelIds]))
      .orderBy(asc(modelRelations.id))
      .all()
      .map(ModelRelation.fromRow);
  }
}
