import type { Executor } from "../../db/client.js";
import { providers } from "../../db/schema.js";

/** The providers' SQL for writers: the only code that adds a provider, whoever writes. */

export type NewProvider = typeof providers.$inferInsert;

/** Adds a provider and returns its id; its name and URL are claims, projected by the writer. */
export function insertProvider(tx: Executor, provider: NewProvider): number {
  return tx.insert(providers).values(provider).returning({ id: providers.id }).get().id;
}
