import { checkSlug, requireModel } from "../identity/index.js";
import { and, eq, isNull } from "drizzle-orm";
import { benchmarkResults, benchmarks } from "../../db/schema.js";
import type { UserErrors } from "../../graphql/user-errors.js";
import type { Work, Written } from "../changes/index.js";
import { insertResult } from "./result.store.js";
import { isCurated, sourceIdFor, validateSource } from "../sources/index.js";
import { BenchmarkResult } from "./benchmark.type.js";
import type { BenchmarkInput, BenchmarkResultInput } from "./benchmark.input.js";

/** Creates or updates a benchmark by slug; returns its row id. */
export function upsertBenchmark(
  work: Work,
  errors: UserErrors,
  input: BenchmarkInput,
): Written<number> | undefined {
  const { tx } = work;
  checkSlug(errors, ["input", "slug"], input.slug);
  errors.text(["input", "name"], input.name, { required: true, max: 200 });
  errors.text(["input", "metric"], input.metric, { required: true, max: 200 });
  errors.text(["input", "description"], input.description);
  errors.url(["input", "url"], input.url);
  if (errors.any) return undefined;
  const values = {
    name: input.name.trim(),
    category: input.category,
    metric: input.metric.trim(),
    higherIsBetter: input.higherIsBetter,
    // As with models: an omitted field keeps its value on update, null clears it.
    ...(input.description !== undefined ? { description: input.description } : {}),
    ...(input.url !== undefined ? { url: input.url } : {}),
  };
  const existing = tx
    .select({ id: benchmarks.id })
    .from(benchmarks)
    .where(eq(benchmarks.slug, input.slug))
    .get();
  if (existing) tx.update(benchmarks).set(values).where(eq(benchmarks.id, existing.id)).run();
  const id =
    existing?.id ??
    tx
      .insert(benchmarks)
      .values({ ...values, slug: input.slug })
      .returning({ id: benchmarks.id })
      .get().id;
  return {
    value: id,
    change: {
      operation: "upsertBenchmark",
      target: `benchmark:${input.slug}`,
      summary: `${existing ? "updated" : "created"} benchmark ${values.name}`,
    },
  };
}

/** Records a model's score on a benchmark, replacing the one for the same setting. */
export function recordBenchmarkResult(
  work: Work,
  errors: UserErrors,
  input: BenchmarkResultInput,
): Written<BenchmarkResult> | undefined {
  const { tx } = work;
  errors.finite(["input", "score"], input.score);
  errors.text(["input", "setting"], input.setting, { max: 200 });
  errors.date(["input", "date"], input.date);
  validateSource(errors, ["input", "source"], input.source);
  const model = requireModel(tx, errors, ["input", "model"], input.model);
  const benchmark = tx
    .select({ id: benchmarks.id, name: benchmarks.name })
    .from(benchmarks)
    .where(eq(benchmarks.slug, input.benchmark.trim().toLowerCase()))
    .get();
  if (!benchmark)
    errors.add(
      ["input", "benchmark"],
      `no benchmark has the slug ${JSON.stringify(input.benchmark)}`,
      "NOT_FOUND",
    );
  if (errors.any || model === null || !benchmark) return undefined;
  const setting = input.setting?.trim() || null;
  const values = {
    score: input.score,
    date: input.date ?? null,
    sourceId: sourceIdFor(tx, input.source),
  };
  // A write through the API is curated: it replaces the curated result of this benchmark and
  // setting, never a catalog's, which stays beside it as that catalog's claim.
  const same = and(
    eq(benchmarkResults.modelId, model.id),
    eq(benchmarkResults.benchmarkId, benchmark.id),
    setting === null ? isNull(benchmarkResults.setting) : eq(benchmarkResults.setting, setting),
    isCurated(benchmarkResults.sourceId),
  );
  const existing = tx.select({ id: benchmarkResults.id }).from(benchmarkResults).where(same).get();
  const row = existing
    ? tx
        .update(benchmarkResults)
        .set(values)
        .where(eq(benchmarkResults.id, existing.id))
        .returning()
        .get()
    : insertResult(tx, { ...values, setting, modelId: model.id, benchmarkId: benchmark.id });
  work.touch(model.id);
  return {
    value: BenchmarkResult.fromRow(row),
    change: {
      operation: "recordBenchmarkResult",
      target: `model:${model.slug}`,
      modelSlug: model.slug,
      summary: `${benchmark.name}${setting ? ` (${setting})` : ""}: ${input.score}`,
    },
  };
}
