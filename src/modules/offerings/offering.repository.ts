import { asc, isNotNull } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { offerings, prices } from "../../db/schema.js";
import { Price } from "../pricing/index.js";
import { keyedRows } from "../../shared/queries.js";
import { Offering } from "./offering.type.js";

const offeringsOf = keyedRows(offerings, offerings.modelId, {
  orderBy: [asc(offerings.hostId), asc(offerings.hostModelId)],
});
const pricesOfOfferings = keyedRows(prices, prices.offeringId, {
  where: isNotNull(prices.offeringId),
  orderBy: [asc(prices.effectiveFrom), asc(prices.id)],
});

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
