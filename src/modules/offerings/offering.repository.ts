import { and, asc, eq, isNotNull } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { offerings, prices } from "../../db/schema.js";
import { Price } from "../pricing/index.js";
import { keyedRows } from "../../shared/queries.js";
import { Offering } from "./offering.type.js";

const offeringsOf = keyedRows(offerings, offerings.modelId, {
  orderBy: [asc(offerings.hostId), asc(offerings.hostModelId)],
});
const pricesOfOfferings = keyedRows(prices, prices.offeringId, {
  where: and(isNotNull(prices.offeringId), eq(prices.superseded, false)),
  orderBy: [asc(prices.effectiveFrom), asc(prices.id)],
});

export class OfferingRepository {
  constructor(private readonly db: Database) {}

  /** Each model's offerings, by host id then the host's model id. */
  forModels(modelIds: readonly number[]): Offering[] {
    return offeringsOf(this.db, modelIds).map(Offering.fromRow);
  }

  /**
   * Each offering's served price periods, oldest first: where two catalogs price one offering,
   * the best-ranked one's (the other's are kept, superseded).
   */
  prices(offeringIds: readonly number[]): (Price & { offeringId: number })[] {
    return pricesOfOfferings(this.db, offeringIds).map((row) =>
      Object.assign(Price.fromRow(row), { offeringId: row.offeringId! }),
    );
  }
}
