import type { DatabaseHandle } from "../../src/db/client.js";
import type { Channel, LifecycleStage } from "../../src/db/tables/enums.js";
import { statusPeriods } from "../../src/modules/lifecycle/index.js";
import { standardPeriods } from "../../src/modules/pricing/index.js";

/**
 * The slugs of the models whose projections are not what the rules make of their rows today:
 * status periods other than `statusPeriods` of their events, standard price periods other than
 * `standardPeriods` of their prices. A model listed was written without its unit of work touching
 * it, so lists filtered or ordered by status or price would miss or misplace it.
 */
export function staleProjections(database: DatabaseHandle): string[] {
  const all = <T>(sql: string) => database.sqlite.prepare(sql).all() as T[];
  const byModel = <T extends { modelId: number }>(rows: T[]) => {
    const out = new Map<number, T[]>();
    for (const row of rows) out.set(row.modelId, [...(out.get(row.modelId) ?? []), row]);
    return out;
  };
  const events = byModel(
    all<{ modelId: number; channel: Channel; stage: LifecycleStage; date: string }>(
      "SELECT model_id AS modelId, channel, stage, date FROM lifecycle_events",
    ),
  );
  const statuses = byModel(
    all<{ modelId: number; channel: Channel; status: string; startsOn: string; endsOn: string }>(
      "SELECT model_id AS modelId, channel, status, starts_on AS startsOn, ends_on AS endsOn FROM status_periods ORDER BY model_id, channel, starts_on",
    ),
  );
  const prices = byModel(
    all<{
      modelId: number;
      rowId: number;
      rank: number;
      effectiveFrom: string | null;
      effectiveTo: string | null;
      inputPerMillion: number | null;
      outputPerMillion: number | null;
    }>(
      `SELECT model_id AS modelId, id AS rowId, rank, effective_from AS effectiveFrom,
         effective_to AS effectiveTo, input_per_million AS inputPerMillion,
         output_per_million AS outputPerMillion
       FROM prices WHERE tier = 'STANDARD' AND offering_id IS NULL AND NOT superseded
         AND min_prompt_tokens IS NULL`,
    ),
  );
  const periods = byModel(
    all<{ modelId: number }>(
      `SELECT model_id AS modelId, starts_on AS startsOn, ends_on AS endsOn,
         input_per_million AS inputPerMillion, output_per_million AS outputPerMillion
       FROM standard_price_periods ORDER BY model_id, starts_on`,
    ),
  );
  const key = (rows: object[]) =>
    JSON.stringify(rows.map((r) => Object.entries(r).sort(([a], [b]) => a.localeCompare(b))));
  const sorted = <T extends { channel: string; startsOn: string }>(rows: T[]) =>
    [...rows].sort(
      (a, b) => a.channel.localeCompare(b.channel) || a.startsOn.localeCompare(b.startsOn),
    );
  return all<{ id: number; slug: string }>("SELECT id, slug FROM models ORDER BY slug")
    .filter(({ id }) => {
      const wantStatus = sorted(
        statusPeriods(events.get(id) ?? []).map((p) => ({ modelId: id, ...p })),
      );
      const wantPrices = standardPeriods(id, prices.get(id) ?? []);
      return (
        key(wantStatus) !== key(statuses.get(id) ?? []) ||
        key(wantPrices) !== key(periods.get(id) ?? [])
      );
    })
    .map((m) => m.slug);
}
