import { and, asc, isNull } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import * as t from "../../db/schema.js";
import { keyedRows } from "../../sql/queries.js";
import {
  agreement,
  claimsForModels,
  outputLimitsOf,
  winners,
  type Claim,
} from "../claims/index.js";
import { isCurated } from "../sources/index.js";
import { FactConflict } from "./conflict.type.js";

/** The lifecycle events nobody imported: curated ones, which catalogs' dates are compared with. */
const curatedEvents = keyedRows(t.lifecycleEvents, t.lifecycleEvents.modelId, {
  where: isCurated(t.lifecycleEvents.sourceId),
});

/** Maker prices still in force, of every source, compared tier by tier. */
const openMakerPrices = keyedRows(t.prices, t.prices.modelId, {
  where: and(isNull(t.prices.offeringId), isNull(t.prices.effectiveTo)),
  orderBy: [asc(t.prices.id)],
});

const describePrice = (p: { inputPerMillion: number | null; outputPerMillion: number | null }) =>
  `${p.inputPerMillion ?? "–"} / ${p.outputPerMillion ?? "–"}`;

/**
 * Where sources disagree, derived from what each claims: every claim that differs from its field's
 * winner once units, rounding, window kinds and precision are allowed for (`agreement`); every
 * catalog lifecycle date unlike the curated event of its stage; every catalog price in force unlike
 * the served one of its tier.
 */
export class ConflictRepository {
  constructor(private readonly db: Database) {}

  forModels(modelIds: readonly number[]): FactConflict[] {
    const byModel = new Map<number, Claim[]>();
    for (const c of claimsForModels(this.db, modelIds))
      byModel.set(c.modelId, [...(byModel.get(c.modelId) ?? []), c]);
    const events = curatedEvents(this.db, modelIds);
    const prices = openMakerPrices(this.db, modelIds);
    const out: FactConflict[] = [];
    for (const modelId of modelIds) {
      const claims = byModel.get(modelId) ?? [];
      const best = winners(claims);
      const outputLimits = outputLimitsOf(claims);
      for (const claim of claims) {
        const won = best.get(claim.field)!;
        if (won.id === claim.id) continue;
        if (agreement(claim.field, won, claim, outputLimits) !== null) continue;
        out.push(
          FactConflict.of(
            modelId,
            claim.field,
            won.value,
            won.sourceId,
            claim.value,
            claim.sourceId,
          ),
        );
      }
      for (const claim of claims.filter((c) => c.field.startsWith("lifecycle."))) {
        const [, channel, stage] = claim.field.split(".");
        const event = events.find(
          (e) => e.modelId === modelId && e.channel === channel && e.stage === stage,
        );
        if (
          event &&
          agreement(claim.field, { value: event.date, precision: "DAY" }, claim) === null
        )
          out.push(
            FactConflict.of(
              modelId,
              claim.field,
              event.date,
              event.sourceId,
              claim.value,
              claim.sourceId,
            ),
          );
      }
      const open = prices.filter((p) => p.modelId === modelId);
      const sameKey = (a: (typeof open)[number], b: (typeof open)[number]) =>
        a.tier === b.tier && (a.minPromptTokens ?? 0) === (b.minPromptTokens ?? 0);
      for (const other of open) {
        // The price served today is the best-ranked one in force; every other source's differs.
        const served = open.filter((p) => sameKey(p, other)).sort((a, b) => a.rank - b.rank)[0]!;
        if (
          served.id !== other.id &&
          (served.inputPerMillion !== other.inputPerMillion ||
            served.outputPerMillion !== other.outputPerMillion)
        )
          out.push(
            FactConflict.of(
              modelId,
              `price.${other.tier}${other.minPromptTokens ? `.above${other.minPromptTokens}` : ""}`,
              describePrice(served),
              served.sourceId,
              describePrice(other),
              other.sourceId,
            ),
          );
      }
    }
    return out.sort((a, b) => a.modelId - b.modelId || a.field.localeCompare(b.field));
  }
}
