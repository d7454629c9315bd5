import type { Database } from "../src/db/client.js";
import { benchmarks } from "../src/db/schema.js";
import { insertResults, type NewResult } from "../src/modules/benchmarks/index.js";
import { insertRelations, type NewRelation } from "../src/modules/graph/index.js";
import { insertModels } from "../src/modules/identity/index.js";
import {
  insertLifecycleEvents,
  projectStatusPeriods,
  type NewLifecycleEvent,
} from "../src/modules/lifecycle/index.js";
import { insertPrices, type NewPrice, projectPricePeriods } from "../src/modules/pricing/index.js";
import { insertProvider } from "../src/modules/providers/index.js";

/** Models written and projected per step: each step's rows go in a few multi-row statements. */
const MODELS_PER_STEP = 5_000;

/**
 * Adds a synthetic graph of `count` models to a seeded database, for measuring growth: up to 200
 * providers; each model with two STANDARD price periods and a BATCH price, results on the seed
 * benchmarks for half of them, API lifecycle events (one model in twenty deprecated, one in forty
 * retired), and SUCCESSOR edges that form 12-long chains, every tenth of which loops back on
 * itself. Written through the stores every writer uses, in steps of 5,000 models, each step's
 * models then projected (status and standard price periods) by the same projectors, all in one
 * transaction. The models state no claims: their columns are their rows, as in a graph the
 * benchmark makes up. Returns the slug of a chain's first model, for a 10-deep walk.
 */
export function generateScaleData(db: Database, count: number): string {
  const seeded = db
    .select({ id: benchmarks.id })
    .from(benchmarks)
    .all()
    .map((b) => b.id);
  db.transaction((tx) => {
    const providers: number[] = [];
    // 200 providers for a large graph; one per 500 models below that.
    for (let p = 0; p < Math.min(200, Math.ceil(count / 500)); p++)
      providers.push(
        insertProvider(tx, { slug: `scale-provider-${p}`, name: `Scale Provider ${p}` }),
      );
    const day = (i: number) =>
      `20${20 + (i % 6)}-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`;
    let previous: number | undefined;
    let chainStart: number | undefined;
    for (let from = 0; from < count; from += MODELS_PER_STEP) {
      const step = Array.from(
        { length: Math.min(MODELS_PER_STEP, count - from) },
        (_, k) => from + k,
      );
      const ids = insertModels(
        tx,
        step.map((i) => ({
          slug: `scale-${i}`,
          name: `Scale Model ${i}`,
          providerId: providers[i % providers.length]!,
          sourceId: null,
          family: `family-${i % 50}`,
          releaseDate: day(i),
          contextWindow: 8_000 * ((i % 64) + 1),
          maxOutputTokens: 4_000,
        })),
      );
      const prices: NewPrice[] = [];
      const events: NewLifecycleEvent[] = [];
      const results: NewResult[] = [];
      const edges: NewRelation[] = [];
      step.forEach((i, k) => {
        const modelId = ids[k]!;
        const price = 0.1 + (i % 100) / 10;
        prices.push(
          {
            modelId,
            tier: "STANDARD",
            inputPerMillion: price * 2,
            outputPerMillion: price * 8,
            effectiveFrom: "2024-01-01",
            effectiveTo: "2025-06-01",
          },
          {
            modelId,
            tier: "STANDARD",
            inputPerMillion: price,
            outputPerMillion: price * 4,
            effectiveFrom: "2025-06-01",
          },
          {
            modelId,
            tier: "BATCH",
            inputPerMillion: price / 2,
            outputPerMillion: price * 2,
            effectiveFrom: "2024-01-01",
          },
        );
        const released = day(i);
        events.push({ modelId, channel: "API", stage: "RELEASED", date: released });
        // One model in twenty is deprecated a year on, and every other one of those retired.
        if (i % 20 === 0)
          events.push({
            modelId,
            channel: "API",
            stage: "DEPRECATED",
            date: `20${21 + (i % 6)}${released.slice(4)}`,
          });
        if (i % 40 === 0)
          events.push({
            modelId,
            channel: "API",
            stage: "RETIRED",
            date: `20${22 + (i % 6)}${released.slice(4)}`,
          });
        if (i % 2 === 0)
          for (const benchmarkId of seeded)
            results.push({ modelId, benchmarkId, score: (i * 7) % 100, date: released });
        if (i % 12 === 0) {
          if (chainStart !== undefined && previous !== undefined && (i / 12) % 10 === 0)
            edges.push({ fromModelId: previous, toModelId: chainStart, kind: "SUCCESSOR" });
          chainStart = modelId;
        } else if (previous !== undefined) {
          edges.push({ fromModelId: previous, toModelId: modelId, kind: "SUCCESSOR" });
        }
        previous = modelId;
      });
      insertPrices(tx, prices);
      insertLifecycleEvents(tx, events);
      insertResults(tx, results);
      insertRelations(tx, edges);
      projectStatusPeriods(tx, ids);
      projectPricePeriods(tx, ids);
    }
  });
  db.$client.exec("ANALYZE");
  return "scale-0";
}
