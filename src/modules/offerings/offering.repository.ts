import { and, asc, inArray, isNotNull } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { offerings, prices } from "../../db/schema.js";
import { Price } from "../pricing/index.js";
import { Offering } from "./offering.type.js";

export class OfferingRepository {
  constructor(private readonly db: Database) {}

  /** Each model's offerings, by host id then the host's model id. */
  forModels(modelIds: readonly number[]): Offering[] {
    return this.db
      .select()
      .from(offerings)
      .where(inArray(offerings.modelId, [...modelIds]))
      .orderBy(asc(offerings.hostId), asc(offerings.hostModelId))
      .all()
      .map(Offering.fromRow);
  }

  /** Each offering's price periods, oldest first. */
  prices(offeringIds: readonly number[]): (Price & { offeringId: number })[] {
    return this.db
      .select()
      .from(prices)
      .where(and(isNotNull(prices.offeringId), inArray(prices.offeringId, [...offeringIds])))
      .orderBy(asc(prices.effectiveFrom), asc(prices.id))
      .all()
      .map((row) => Object.assign(Price.fromRow(row), { offeringId: row.offeringId! }));
  }
}
