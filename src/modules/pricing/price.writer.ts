import { and, desc, eq, isNull, type SQL } from "drizzle-orm";
import { prices } from "../../db/schema.js";
import type { UserErrors } from "../../graphql/user-errors.js";
import type { Work, Written } from "../changes/index.js";
import { insertPrices } from "./price.store.js";
import { requireModel } from "../identity/index.js";
import { isCurated, sourceIdFor, validateSource } from "../sources/index.js";
import type { PriceInput } from "./price.input.js";

/**
 * Opens a price period on `effectiveFrom` and closes the one in force for the same tier and
 * threshold that day. A new price dated on the open period's own first day corrects it in place;
 * one dated before it, or inside a closed period, is refused.
 */
export function setPrice(
  work: Work,
  errors: UserErrors,
  input: PriceInput,
): Written<number> | undefined {
  const { tx } = work;
  const path = (field: string) => ["input", field];
  for (const field of [
    "inputPerMillion",
    "outputPerMillion",
    "cachedInputPerMillion",
    "cacheWritePerMillion",
  ] as const) {
    errors.nonNegative(path(field), input[field]);
  }
  if ([input.inputPerMillion, input.outputPerMillion].every((v) => v == null)) {
    errors.add(path("inputPerMillion"), "a price needs an input or an output rate");
  }
  errors.positiveInt(path("minPromptTokens"), input.minPromptTokens);
  errors.date(path("effectiveFrom"), input.effectiveFrom);
  if (input.currency != null && !/^[A-Z]{3}$/.test(input.currency)) {
    errors.add(
      path("currency"),
      `must be an ISO 4217 code such as "USD", got ${JSON.stringify(input.currency)}`,
    );
  }
  validateSource(errors, path("source"), input.source);
  const model = requireModel(tx, errors, path("model"), input.model);
  if (errors.any || model === null) return undefined;
  const modelId = model.id;

  const from = input.effectiveFrom;
  // A write through the API is curated: it extends the curated history of the tier, never a
  // catalog's, whose periods stay beside it as that catalog's claims.
  const sameSeries: SQL = and(
    eq(prices.modelId, modelId),
    isNull(prices.offeringId),
    isCurated(prices.sourceId),
    eq(prices.tier, input.tier),
    input.minPromptTokens == null
      ? isNull(prices.minPromptTokens)
      : eq(prices.minPromptTokens, input.minPromptTokens),
  )!;
  const latest = tx
    .select()
    .from(prices)
    .where(sameSeries)
    .orderBy(desc(prices.effectiveFrom))
    .limit(1)
    .get();
  if (latest && latest.effectiveFrom !== null && from < latest.effectiveFrom) {
    errors.add(
      path("effectiveFrom"),
      `is before ${latest.effectiveFrom}, when the latest ${input.tier} price began; history is only extended forward`,
      "CONFLICT",
    );
    return undefined;
  }
  if (latest && latest.effectiveTo !== null && from < latest.effectiveTo) {
    errors.add(
      path("effectiveFrom"),
      `falls inside a closed price period (${latest.effectiveFrom} to ${latest.effectiveTo})`,
      "CONFLICT",
    );
    return undefined;
  }
  const values = {
    currency: input.currency ?? "USD",
    inputPerMillion: input.inputPerMillion ?? null,
    outputPerMillion: input.outputPerMillion ?? null,
    cachedInputPerMillion: input.cachedInputPerMillion ?? null,
    cacheWritePerMillion: input.cacheWritePerMillion ?? null,
    sourceId: sourceIdFor(tx, input.source),
  };
  const correcting =
    latest !== undefined && latest.effectiveTo === null && latest.effectiveFrom === from;
  if (correcting) {
    tx.update(prices).set(values).where(eq(prices.id, latest.id)).run();
  } else {
    if (latest && latest.effectiveTo === null) {
      tx.update(prices).set({ effectiveTo: from }).where(eq(prices.id, latest.id)).run();
    }
    insertPrices(tx, [
      {
        ...values,
        modelId,
        tier: input.tier,
        minPromptTokens: input.minPromptTokens ?? null,
        effectiveFrom: from,
      },
    ]);
  }
  work.touch(modelId);
  const rates = `${values.inputPerMillion ?? "–"} / ${values.outputPerMillion ?? "–"} ${values.currency} per 1M`;
  return {
    value: modelId,
    change: {
      operation: "setPrice",
      target: `model:${model.slug}`,
      modelSlug: model.slug,
      summary: `${correcting ? "corrected" : "set"} ${input.tier} price to ${rates} from ${from}`,
    },
  };
}
