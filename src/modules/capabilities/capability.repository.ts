import { asc, eq, inArray } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { capabilities, modelCapabilities } from "../../db/schema.js";
import { keyedQuery, rowsWhereIn } from "../../shared/queries.js";
import { Capability } from "./capability.type.js";

const capabilitiesOf = keyedQuery((db, modelIds) =>
  db
    .select({ modelId: modelCapabilities.modelId, capability: capabilities })
    .from(modelCapabilities)
    .innerJoin(capabilities, eq(capabilities.id, modelCapabilities.capabilityId))
    .where(inArray(modelCapabilities.modelId, modelIds))
    .orderBy(asc(capabilities.name))
    .prepare(),
);

export class CapabilityRepository {
  constructor(private readonly db: Database) {}

  all(): Capability[] {
    return this.db
      .select()
      .from(capabilities)
      .orderBy(asc(capabilities.name))
      .all()
      .map(Capability.fromRow);
  }

  byIds(ids: readonly number[]): Capability[] {
    return rowsWhereIn(this.db, capabilities, capabilities.id, ids, Capability.fromRow);
  }

  bySlugs(slugs: readonly string[]): Capability[] {
    return rowsWhereIn(this.db, capabilities, capabilities.slug, slugs, Capability.fromRow);
  }

  /** Each model's capabilities, by name. */
  forModels(modelIds: readonly number[]): { modelId: number; capability: Capability }[] {
    return capabilitiesOf(this.db, modelIds).map((row) => ({
      modelId: row.modelId,
      capability: Capability.fromRow(row.capability),
    }));
  }
}
