import { and, asc, eq, isNotNull, sql } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { offeringClaims, offerings, prices } from "../../db/schema.js";
import { Price } from "../pricing/index.js";
import { keyedRows } from "../../sql/queries.js";
import { Offering } from "./offering.type.js";

/** An offering some catalog still lists: one every catalog stopped listing is history. */
const listed = sql`EXISTS (SELECT 1 FROM ${offeringClaims} WHERE ${offeringClaims.offeringId} = ${offerings.id}
  AND ${offeringClaims.field} = 'listed')`;

const offeringsOf = keyedRows(offerings, offerings.modelId, {
  where: listed,
  orderBy: [asc(offerings.hostId), asc(offerings.hostModelId)],
});
const pricesOfOfferings = keyedRows(prices, prices.offeringId, {
  where: and(isNotNull(prices.offeringId), eq(prices.superseded, false)),
  orderBy: [asc(prices.effectiveFrom), asc(prices.id)],
});

export class OfferingRepository {
  constructor(private readonly db: Database) {}

  /** Each model's offerings that a catalog still lists, by host id then the host's model id. */
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
