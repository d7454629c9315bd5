import { and, eq, inArray, isNull, not } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { models, prices, standardPricePeriods } from "../../db/schema.js";
import { insertRows } from "../../db/bulk.js";
import { batches } from "../../db/batches.js";
import { BEGINNING, END_OF_TIME } from "../../shared/dates.js";
import { timeline } from "../../shared/timeline.js";
import { CURATED, originRank } from "../claims/index.js";
import { priceRows, setPriceRank } from "./price.store.js";
import { servedFirst, type ServedRow } from "./served.js";

/** Models projected per statement. */
const MODELS_PER_BATCH = 500;

interface StandardRow extends ServedRow {
  modelId: number;
  inputPerMillion: number | null;
  outputPerMillion: number | null;
}

type Period = typeof standardPricePeriods.$inferInsert;

/**
 * A model's standard-tier base price (the maker's, not a host's, nor a superseded catalog's, nor
 * a long-context threshold) as periods covering all time, by the serving rule (`servedFirst`):
 * NULL prices where none is in force.
 */
export function standardPeriods(modelId: number, rows: StandardRow[]): Period[] {
  const out: Period[] = [];
  let day = BEGINNING;
  const gap = (until: string) => {
    if (day < until)
      out.push({
        modelId,
        startsOn: day,
        endsOn: until,
        inputPerMillion: null,
        outputPerMillion: null,
      });
  };
  for (const { period, from, to } of timeline(rows, servedFirst)) {
    const startsOn = from ?? BEGINNING;
    gap(startsOn);
    day = to ?? END_OF_TIME;
    out.push({
      modelId,
      startsOn,
      endsOn: day,
      inputPerMillion: period.inputPerMillion,
      outputPerMillion: period.outputPerMillion,
    });
  }
  gap(END_OF_TIME);
  return out;
}

/**
 * Writes `standard_price_periods` for `modelIds` from their prices (`standardPeriods`): the
 * projection lists ordered or filtered by price read. Called once per write, at commit, for the
 * models the write touched; every model that exists has periods, a model that is gone has none.
 */
export function projectPricePeriods(tx: Executor, modelIds: Iterable<number>): void {
  for (const ids of batches([...new Set(modelIds)], MODELS_PER_BATCH)) {
    const rows = new Map<number, StandardRow[]>();
    for (const { id } of tx
      .select({ id: models.id })
      .from(models)
      .where(inArray(models.id, ids))
      .all())
      rows.set(id, []);
    for (const row of tx
      .select({
        rowId: prices.id,
        modelId: prices.modelId,
        rank: prices.rank,
        effectiveFrom: prices.effectiveFrom,
        effectiveTo: prices.effectiveTo,
        inputPerMillion: prices.inputPerMillion,
        outputPerMillion: prices.outputPerMillion,
      })
      .from(prices)
      .where(
        and(
          inArray(prices.modelId, ids),
          eq(prices.tier, "STANDARD"),
          isNull(prices.offeringId),
          not(prices.superseded),
          isNull(prices.minPromptTokens),
        ),
      )
      .all())
      rows.get(row.modelId)?.push(row);
    tx.delete(standardPricePeriods).where(inArray(standardPricePeriods.modelId, ids)).run();
    const periods = [...rows].flatMap(([modelId, list]) => standardPeriods(modelId, list));
    insertRows(tx, standardPricePeriods, periods);
  }
}

/**
 * Marks which of a model's maker prices (or one offering's) are served: of the periods several
 * origins give for one tier and threshold, the timeline of the serving rule with each row ranked
 * by its origin's precedence for prices (`own`: the host whose own listing ranks first); the
 * others stay as their catalog's record, marked superseded. Only rows whose rank or mark changes
 * are written.
 */
export function projectServedPrices(
  tx: Executor,
  modelId: number | null,
  offeringId: number | null,
  own?: string,
): void {
  const rankOf = (catalog: string | null) => originRank("prices", catalog ?? CURATED, own);
  const byKey = new Map<string, (ServedRow & { stored: number; superseded: boolean })[]>();
  for (const r of priceRows(tx, modelId, offeringId)) {
    const key = `${r.tier}|${r.minPromptTokens ?? 0}`;
    const ranked = { ...r, stored: r.rank, rowId: r.id, rank: rankOf(r.catalog) };
    byKey.set(key, [...(byKey.get(key) ?? []), ranked]);
  }
  for (const list of byKey.values()) {
    const served = new Set(timeline(list, servedFirst).map((s) => s.period.rowId));
    for (const r of list) {
      const superseded = !served.has(r.rowId);
      if (r.stored !== r.rank || r.superseded !== superseded)
        setPriceRank(tx, r.rowId, r.rank, superseded);
    }
  }
}
