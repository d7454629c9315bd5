import { eq } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { offerings } from "../../db/schema.js";

/** The offerings' SQL for the projection of their claims. */

export function offeringRow(tx: Executor, offeringId: number) {
  return tx.select().from(offerings).where(eq(offerings.id, offeringId)).get();
}

export function updateOffering(
  tx: Executor,
  offeringId: number,
  columns: Partial<typeof offerings.$inferInsert>,
): void {
  if (Object.keys(columns).length > 0)
    tx.update(offerings).set(columns).where(eq(offerings.id, offeringId)).run();
}
