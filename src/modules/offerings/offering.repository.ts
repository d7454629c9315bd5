import { and, asc, inArray, isNotNull } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { offerings, prices } from "../../db/schema.js";
import { Price } from "../pricing/index.js";
import { keyedQuery } from "../../shared/queries.js";
import { Offering } from "./offering.type.js";

const offeringsOf = keyedQuery((db, modelIds) =>
  db
    .select()
    .from(offerings)
    .where(inArray(offerings.modelId, modelIds))
    .orderBy(asc(offerings.hostId), asc(offerings.hostModelId))
    .prepare(),
);
const pricesOfOfferings = keyedQuery((db, offeringIds) =>
  db
    .select()
    .from(prices)
    .where(and(isNotNull(prices.offeringId), inArray(prices.offeringId, offeringIds)))
    .orderBy(asc(prices.effectiveFrom), asc(prices.id))
    .prepare(),
);

export class OfferingRepository {
  constructor(private readonly db: Database) {}

  /** Each model's offerings, by host id then the host's model id. */
  forModels(modelIds: readonly number[]): Offering[] {
    return offeringsOf(this.db, modelIds).map(Offering.fromRow);
  }

  /** Each offering's price periods, oldest first. */
  prices(offeringIds: readonly number[]): (Price & { offeringId: number })[] {
    return pricesOfOfferings(this.db, offeringIds).map((row) =>
      Object.assign(Price.fromRow(row), { offeringId: row.offeringId! }),
    );
  }
}
