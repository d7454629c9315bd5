import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { lifecycleEvents, prices, standardPricePeriods } from "./schema.js";
import {
  lifecycleStages,
  type Channel,
  type LifecycleStage,
  type PriceTier,
} from "./tables/enums.js";

/**
 * Facts the graph derives from stored rows, written once as SQL so that every repository that
 * filters or sorts by them agrees (and, for status, with the resolvers' own computation).
 */

export const modelStatuses = [
  "UNRELEASED",
  "PREVIEW",
  "ACTIVE",
  "DEPRECATED",
  "RETIRED",
  "UNKNOWN",
] as const;
export type ModelStatus = (typeof modelStatuses)[number];

/** The status a lifecycle stage puts a model in, from the day of the event on. */
export const statusOfStage: Record<LifecycleStage, ModelStatus> = {
  ANNOUNCED: "UNRELEASED",
  PREVIEW: "PREVIEW",
  RELEASED: "ACTIVE",
  DEPRECATED: "DEPRECATED",
  RETIRED: "RETIRED",
};

/** A stage's place in a model's life, as SQL: events of one day are read in this order. */
function rankOf(stage: SQLWrapper): SQL<number> {
  return sql<number>`CASE ${stage} ${sql.raw(
    lifecycleStages.map((s, i) => `WHEN '${s}' THEN ${i}`).join(" "),
  )} END`;
}

/** Events of one day are read in life order: released before deprecated before retired. */
export const stageRank = rankOf(lifecycleEvents.stage);

/**
 * A model's status on `channel` on `day`, as SQL: the stage of its latest event on or before the
 * day; before its first event UNRELEASED, unless that first event is a deprecation or retirement
 * (a notice about a model whose release no source dates): then UNKNOWN, as with no event at all.
 */
export function statusOn(modelId: SQLWrapper, channel: Channel, day: string): SQL<ModelStatus> {
  const mapped = sql.raw(
    `CASE ${lifecycleEvents.stage.name} ${lifecycleStages
      .map((s) => `WHEN '${s}' THEN '${statusOfStage[s]}'`)
      .join(" ")} END`,
  );
  return sql<ModelStatus>`(CASE
    WHEN NOT EXISTS (SELECT 1 FROM ${lifecycleEvents}
      WHERE ${lifecycleEvents.modelId} = ${modelId} AND ${lifecycleEvents.channel} = ${channel})
    THEN 'UNKNOWN'
    ELSE coalesce((SELECT ${mapped} FROM ${lifecycleEvents}
      WHERE ${lifecycleEvents.modelId} = ${modelId} AND ${lifecycleEvents.channel} = ${channel}
        AND ${lifecycleEvents.date} <= ${day}
      ORDER BY ${lifecycleEvents.date} DESC, ${stageRank} DESC LIMIT 1),
      (SELECT CASE WHEN ${lifecycleEvents.stage} IN ('DEPRECATED', 'RETIRED') THEN 'UNKNOWN'
        ELSE 'UNRELEASED' END FROM ${lifecycleEvents}
      WHERE ${lifecycleEvents.modelId} = ${modelId} AND ${lifecycleEvents.channel} = ${channel}
      ORDER BY ${lifecycleEvents.date}, ${stageRank} LIMIT 1))
  END)`;
}

const event = alias(lifecycleEvents, "status_event");

/**
 * Whether a model's status on `channel` on `day` is `status`, as SQL that agrees with `statusOn`.
 * For a status some stage puts a model in (PREVIEW, ACTIVE, DEPRECATED, RETIRED) the models are
 * read from the index of their events of that stage: an event sets the status from its day until
 * `ends_on`, the day the next event takes over (kept by triggers, see the lifecycle table), so
 * filtering a hundred thousand models for the few retired ones reads only those, once each.
 */
export function statusIs(
  modelId: SQLWrapper,
  channel: Channel,
  day: string,
  status: ModelStatus,
): SQL {
  const ids = modelsWithStatus(channel, day, status);
  // UNKNOWN (no event) and UNRELEASED (also: no event yet) are about events that are absent.
  return ids ? sql`${modelId} IN (${ids})` : sql`${statusOn(modelId, channel, day)} = ${status}`;
}

/**
 * The ids of the models whose status on `channel` on `day` is `status` (a model may come twice),
 * as a query of one column over the index of events; none for UNKNOWN and UNRELEASED, which no
 * event sets.
 */
export function modelsWithStatus(
  channel: Channel,
  day: string,
  status: ModelStatus,
): SQL | undefined {
  if (status === "UNKNOWN" || status === "UNRELEASED") return undefined;
  const stages = lifecycleStages.filter((s) => statusOfStage[s] === status);
  return sql`SELECT ${event.modelId} FROM ${lifecycleEvents} ${sql.identifier("status_event")}
    WHERE ${event.channel} = ${channel}
      AND ${event.stage} IN (${sql.join(
        stages.map((s) => sql`${s}`),
        sql`, `,
      )})
      AND ${event.date} <= ${day} AND (${event.endsOn} IS NULL OR ${event.endsOn} > ${day})`;
}

/** Price rows of one model and tier in force on `day` (from inclusive, to exclusive), base prices only. */
export function basePriceInForce(modelId: SQLWrapper, tier: PriceTier, day: string): SQL {
  return sql`${prices.modelId} = ${modelId} AND ${prices.tier} = ${tier}
    AND ${prices.offeringId} IS NULL AND NOT ${prices.superseded} AND ${prices.minPromptTokens} IS NULL
    AND (${prices.effectiveFrom} IS NULL OR ${prices.effectiveFrom} <= ${day})
    AND (${prices.effectiveTo} IS NULL OR ${prices.effectiveTo} > ${day})`;
}

/**
 * A model's standard-tier base price per million tokens (`input` or `output`) on a day, as SQL;
 * NULL when unpriced. Read from `standard_price_periods`, the projection of `basePriceInForce`
 * (ranked: the best rank, then the latest start) that triggers keep.
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
