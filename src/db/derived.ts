import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { lifecycleEvents, standardPricePeriods, statusPeriods } from "./schema.js";
import { type Channel, lifecycleStages, type ModelStatus } from "./tables/enums.js";

/**
 * Readers of the projections the graph keeps of its rows (`status_periods`,
 * `standard_price_periods`), as SQL for the repositories that filter, count and sort by them.
 * The rules that make them are the code's, written once (the lifecycle and pricing modules'
 * projectors); these only read.
 */

/** Events of one day are read in life order: released before deprecated before retired. */
export const stageRank = sql<number>`CASE ${lifecycleEvents.stage} ${sql.raw(
  lifecycleStages.map((s, i) => `WHEN '${s}' THEN ${i}`).join(" "),
)} END`;

const period = alias(statusPeriods, "status_period");

/**
 * The ids of the models whose status on `channel` on `day` is `status`, as a query of one column
 * over the index of status periods (each model once); none for UNKNOWN, which is also the status
 * of a model with no period on the channel.
 */
export function modelsWithStatus(
  channel: Channel,
  day: string,
  status: ModelStatus,
): SQL | undefined {
  if (status === "UNKNOWN") return undefined;
  return sql`SELECT ${period.modelId} FROM ${statusPeriods} ${sql.identifier("status_period")}
    WHERE ${period.channel} = ${channel} AND ${period.status} = ${status}
      AND ${period.startsOn} <= ${day} AND ${period.endsOn} > ${day}`;
}

/**
 * Whether a model's status on `channel` on `day` is `status`, as SQL over `status_periods`: a
 * model is UNKNOWN where no known status covers the day (no event on the channel at all).
 */
export function statusIs(
  modelId: SQLWrapper,
  channel: Channel,
  day: string,
  status: ModelStatus,
): SQL {
  const ids = modelsWithStatus(channel, day, status);
  if (ids) return sql`${modelId} IN (${ids})`;
  return sql`${modelId} NOT IN (SELECT ${period.modelId} FROM ${statusPeriods} ${sql.identifier("status_period")}
    WHERE ${period.channel} = ${channel} AND ${period.status} != 'UNKNOWN'
      AND ${period.startsOn} <= ${day} AND ${period.endsOn} > ${day})`;
}

/**
 * A model's standard-tier base price per million tokens (`input` or `output`) on a day, as SQL;
 * NULL when unpriced. Read from `standard_price_periods` (see the pricing module's projector).
 */
export function standardPriceOn(
  modelId: SQLWrapper,
  side: "input" | "output",
  day: string,
): SQL<number | null> {
  const column =
    side === "input" ? standardPricePeriods.inputPerMillion : standardPricePeriods.outputPerMillion;
  return sql<number | null>`(SELECT ${column} FROM ${standardPricePeriods}
    WHERE ${standardPricePeriods.modelId} = ${modelId}
      AND ${standardPricePeriods.startsOn} <= ${day} AND ${standardPricePeriods.endsOn} > ${day})`;
}
