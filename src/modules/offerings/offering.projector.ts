import type { Executor } from "../../db/client.js";
import { changedColumns, markWinners, offeringClaimStore, providerRow } from "../claims/index.js";
import { projectServedPrices } from "../pricing/index.js";
import { offeringRow, updateOffering } from "./offering.store.js";

/**
 * Writes a host's offering from what the catalogs listing it claim: its limits and the model name
 * of the best-ranked catalog for each, the source of the best-ranked one that lists it, and which
 * of its prices are served. The host's own listing (OpenRouter's catalog for an OpenRouter
 * offering) ranks first, after curated; between others, the catalogs' order, then the newest.
 */
export function projectOffering(tx: Executor, offeringId: number): void {
  const row = offeringRow(tx, offeringId);
  if (!row) return;
  const host = providerRow(tx, row.hostId)?.slug;
  const best = markWinners(
    tx,
    offeringClaimStore,
    offeringId,
    offeringClaimStore.of(tx, offeringId),
    host,
  );
  const want = {
    contextWindow: (best.get("contextWindow")?.value as number | undefined) ?? null,
    maxOutputTokens: (best.get("maxOutputTokens")?.value as number | undefined) ?? null,
    modelName: (best.get("modelName")?.value as string | undefined) ?? row.modelName,
    sourceId: best.get("listed")?.sourceId ?? row.sourceId,
  };
  updateOffering(tx, offeringId, changedColumns(row, want));
  projectServedPrices(tx, null, offeringId, host);
}
