import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Executor } from "../db/client.js";
import * as t from "../db/schema.js";
import { insertPrices } from "../modules/pricing/index.js";
import type { ImportedPrice } from "./import.types.js";
import type { ImportRun } from "./run.js";
import { priceKey, samePrice } from "./sanitize.js";

/** The open price periods of a model's maker prices (`offeringId` null) or of one offering. */
export function openPrices(tx: Executor, modelId: number, offeringId: number | null) {
  return tx
    .select()
    .from(t.prices)
    .where(and(pricesOf(modelId, offeringId), isNull(t.prices.effectiveTo)))
    .all();
}

/** A model's maker prices, or one offering's (whichever model it is filed under now). */
function pricesOf(modelId: number, offeringId: number | null) {
  return offeringId === null
    ? and(eq(t.prices.modelId, modelId), isNull(t.prices.offeringId))
    : eq(t.prices.offeringId, offeringId);
}

/**
 * Whether a model's prices in force agree with `prices`: every tier and threshold both price has
 * the same rates (one that only one of them prices is no disagreement).
 */
export function pricesAgree(tx: Executor, modelId: number, prices: ImportedPrice[]): boolean {
  const open = openPrices(tx, modelId, null);
  return prices.every((p) => {
    const row = open.find((r) => priceKey(r) === priceKey(p));
    return row === undefined || samePrice(row, p);
  });
}

/**
 * Brings this catalog's open price periods in line with the snapshot: unchanged ones stay, a
 * changed one closes on the snapshot's date and a new one opens, one no longer listed closes.
 * Each catalog keeps its own periods, whatever other sources say; which origin's prices are
 * served is the pricing projector's choice at commit. Returns whether anything changed.
 */
export function statePrices(
  run: ImportRun,
  modelId: number,
  offeringId: number | null,
  prices: ImportedPrice[],
): boolean {
  if (prices.some((p) => p.effectiveFrom !== undefined))
    return stateDatedPrices(run, modelId, offeringId, prices);
  const { tx, summary } = run;
  const snapshot = run.batch.snapshot;
  const open = openPrices(tx, modelId, offeringId);
  const values = (p: ImportedPrice) => ({
    currency: p.currency ?? "USD",
    inputPerMillion: p.inputPerMillion ?? null,
    outputPerMillion: p.outputPerMillion ?? null,
    cachedInputPerMillion: p.cachedInputPerMillion ?? null,
    cacheWritePerMillion: p.cacheWritePerMillion ?? null,
    sourceId: run.source(),
  });
  let changed = false;
  const wanted = new Set(prices.map(priceKey));
  for (const p of prices) {
    const own = open.find((r) => priceKey(r) === priceKey(p) && run.isCatalogFact(r.sourceId));
    if (own && samePrice(own, p)) continue;
    // A snapshot older than the price in force changes nothing.
    if (own && own.effectiveFrom !== null && own.effectiveFrom > snapshot) continue;
    if (own && own.effectiveFrom === snapshot) {
      tx.update(t.prices).set(values(p)).where(eq(t.prices.id, own.id)).run();
    } else {
      if (own) {
        tx.update(t.prices).set({ effectiveTo: snapshot }).where(eq(t.prices.id, own.id)).run();
        summary.prices.closed++;
      }
      insertPrices(tx, [
        {
          ...values(p),
          modelId,
          offeringId,
          tier: p.tier,
          minPromptTokens: p.minPromptTokens ?? null,
          effectiveFrom: snapshot,
        },
      ]);
      summary.prices.opened++;
    }
    changed = true;
  }
  for (const own of open) {
    if (!run.isCatalogFact(own.sourceId) || wanted.has(priceKey(own))) continue;
    if (own.effectiveFrom !== null && own.effectiveFrom >= snapshot) continue;
    tx.update(t.prices).set({ effectiveTo: snapshot }).where(eq(t.prices.id, own.id)).run();
    summary.prices.closed++;
    changed = true;
  }
  return changed;
}

/**
 * A snapshot lists everything its catalog sells: a price of this catalog's for a model or an
 * offering the snapshot no longer lists closes on the snapshot's date.
 */
export function closeUnlisted(run: ImportRun): void {
  if (run.catalogSources.length === 0) return;
  const open = run.tx
    .select({
      id: t.prices.id,
      modelId: t.prices.modelId,
      offeringId: t.prices.offeringId,
      effectiveFrom: t.prices.effectiveFrom,
    })
    .from(t.prices)
    .where(and(isNull(t.prices.effectiveTo), inArray(t.prices.sourceId, run.catalogSources)))
    .all();
  for (const row of open) {
    const listed =
      row.offeringId === null
        ? run.touchedModels.has(row.modelId)
        : run.touchedOfferings.has(row.offeringId);
    if (listed || (row.effectiveFrom !== null && row.effectiveFrom >= run.batch.snapshot)) continue;
    run.tx
      .update(t.prices)
      .set({ effectiveTo: run.batch.snapshot })
      .where(eq(t.prices.id, row.id))
      .run();
    // A maker's price closed changes what the model is served from that day.
    if (row.offeringId === null) run.reproject.add(row.modelId);
    run.summary.prices.closed++;
  }
}

/**
 * A dated source states a price's whole history: this catalog's periods for the model (or
 * offering) become exactly the source's, each from its own start to the next one's. Periods the
 * source states as before keep citing the snapshot that first stated them.
 */
function stateDatedPrices(
  run: ImportRun,
  modelId: number,
  offeringId: number | null,
  prices: ImportedPrice[],
): boolean {
  const { tx } = run;
  const own = tx
    .select()
    .from(t.prices)
    .where(
      and(
        pricesOf(modelId, offeringId),
        inArray(t.prices.sourceId, run.catalogSources.length > 0 ? run.catalogSources : [-1]),
      ),
    )
    .all();
  const period = (p: {
    tier: string;
    minPromptTokens?: number | null;
    effectiveFrom?: string | null;
    effectiveTo?: string | null;
    currency?: string | null;
    inputPerMillion?: number | null;
    outputPerMillion?: number | null;
    cachedInputPerMillion?: number | null;
    cacheWritePerMillion?: number | null;
  }) =>
    JSON.stringify([
      priceKey(p),
      p.effectiveFrom ?? null,
      p.effectiveTo ?? null,
      p.currency ?? "USD",
      p.inputPerMillion ?? null,
      p.outputPerMillion ?? null,
      p.cachedInputPerMillion ?? null,
      p.cacheWritePerMillion ?? null,
    ]);
  const want = new Set(prices.map(period));
  const stale = own.filter((r) => !want.has(period(r)));
  const have = new Set(own.map(period));
  const missing = prices.filter((p) => !have.has(period(p)));
  if (stale.length === 0 && missing.length === 0) return false;
  if (stale.length > 0)
    tx.delete(t.prices)
      .where(
        inArray(
          t.prices.id,
          stale.map((r) => r.id),
        ),
      )
      .run();
  insertPrices(
    tx,
    missing.map((p) => ({
      modelId,
      offeringId,
      tier: p.tier,
      currency: p.currency ?? "USD",
      inputPerMillion: p.inputPerMillion ?? null,
      outputPerMillion: p.outputPerMillion ?? null,
      cachedInputPerMillion: p.cachedInputPerMillion ?? null,
      cacheWritePerMillion: p.cacheWritePerMillion ?? null,
      minPromptTokens: p.minPromptTokens ?? null,
      effectiveFrom: p.effectiveFrom ?? null,
      effectiveTo: p.effectiveTo ?? null,
      sourceId: run.source(),
    })),
  );
  run.summary.prices.opened += missing.length;
  run.summary.prices.closed += stale.length;
  return true;
}
