import { asc, sql } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { capabilities, modelCapabilities } from "../../db/schema.js";
import { factKind } from "../../sql/facts.js";
import { rowsWhereIn } from "../../sql/queries.js";
import { Capability } from "./capability.type.js";

/** Each model's capabilities, by name. */
export const modelCapabilityList = factKind(
  "capabilities",
  {
    select: { modelId: modelCapabilities.modelId, capability: capabilities },
    from: sql`${modelCapabilities} JOIN ${capabilities} ON ${capabilities.id} = ${modelCapabilities.capabilityId}`,
    where: (id) => sql`${modelCapabilities.modelId} = ${id}`,
    orderBy: sql`${capabilities.name}`,
  },
  (row) => ({ modelId: row.modelId, capability: Capability.fromRow(row.capability) }),
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
}
