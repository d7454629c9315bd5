import { z } from "zod";
import { slugPattern } from "../modules/identity/index.js";
import {
  benchmarkCategories,
  channels,
  intelligenceLevels,
  lifecycleStages,
  modalities,
  priceTiers,
  relationKinds,
  speedLevels,
} from "../db/tables/enums.js";

/**
 * The shape of the curated catalog's files. Every object is strict, so a misspelt key is an error
 * that names the file and the field rather than a fact silently dropped.
 */

const slug = z.string().regex(slugPattern, "must be lower-kebab (a-z, 0-9, '-', '.')");
const isoDate = z.iso.date("must be an ISO calendar date (YYYY-MM-DD)");
const text = z.string().trim().min(1, "must not be empty");
const perMillion = z.number().finite().nonnegative();
const positiveInt = z.number().int().positive();
/** A source key: which entry of sources.yaml a fact cites. */
const sourceRef = slug;

export const sourceEntry = z.strictObject({
  key: slug,
  title: text,
  url: z.url().optional(),
  publisher: text.optional(),
  retrievedOn: isoDate.optional(),
});

export const providerEntry = z.strictObject({
  slug,
  name: text,
  url: z.url().optional(),
  source: sourceRef.optional(),
});

export const capabilityEntry = z.strictObject({
  slug,
  name: text,
  description: text.optional(),
});

export const benchmarkEntry = z.strictObject({
  slug,
  name: text,
  category: z.enum(benchmarkCategories),
  metric: text,
  higherIsBetter: z.boolean(),
  description: text.optional(),
  url: z.url().optional(),
  source: sourceRef.optional(),
});

const faqEntry = z.strictObject({ question: text, answer: text });

const priceEntry = z
  .strictObject({
    tier: z.enum(priceTiers),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as USD")
      .default("USD"),
    inputPerMillion: perMillion.optional(),
    outputPerMillion: perMillion.optional(),
    cachedInputPerMillion: perMillion.optional(),
    cacheWritePerMillion: perMillion.optional(),
    minPromptTokens: positiveInt.optional(),
    effectiveFrom: isoDate,
    effectiveTo: isoDate.optional(),
    source: sourceRef.optional(),
  })
  .refine((p) => p.effectiveTo === undefined || p.effectiveTo > p.effectiveFrom, {
    message: "must be after effectiveFrom",
    path: ["effectiveTo"],
  });

const lifecycleEntry = z.strictObject({
  channel: z.enum(channels),
  stage: z.enum(lifecycleStages),
  date: isoDate,
  note: text.optional(),
  source: sourceRef.optional(),
});

const benchmarkResultEntry = z.strictObject({
  benchmark: slug,
  score: z.number().finite(),
  setting: text.optional(),
  date: isoDate.optional(),
  source: sourceRef.optional(),
});

const relationEntry = z.strictObject({
  kind: z.enum(relationKinds),
  to: slug,
  note: text.optional(),
  since: isoDate.optional(),
  source: sourceRef.optional(),
});

export const modelEntry = z.strictObject({
  slug,
  name: text,
  provider: slug,
  /** The source of the model's own facts, and the default for every list below. */
  source: sourceRef.optional(),
  aliases: z.array(z.string().trim().min(1).toLowerCase()).default([]),
  family: text.optional(),
  tagline: text.optional(),
  description: text.optional(),
  releaseDate: isoDate.optional(),
  knowledgeCutoff: isoDate.optional(),
  contextWindow: positiveInt.optional(),
  maxOutputTokens: positiveInt.optional(),
  inputModalities: z.array(z.enum(modalities)).default([]),
  outputModalities: z.array(z.enum(modalities)).default([]),
  capabilities: z.array(slug).default([]),
  fineTunable: z.boolean().optional(),
  openWeights: z.boolean().optional(),
  intelligence: z.enum(intelligenceLevels).optional(),
  speed: z.enum(speedLevels).optional(),
  outputTokensPerSecond: z.number().finite().nonnegative().optional(),
  timeToFirstTokenSeconds: z.number().finite().nonnegative().optional(),
  bestFor: z.array(text).default([]),
  limitations: z.array(text).default([]),
  faq: z.array(faqEntry).default([]),
  prices: z.array(priceEntry).default([]),
  lifecycle: z.array(lifecycleEntry).default([]),
  benchmarkResults: z.array(benchmarkResultEntry).default([]),
  relations: z.array(relationEntry).default([]),
});

/** A model a deprecation table names and gives facts of its own (a current replacement's release). */
const tableModelEntry = z.strictObject({
  slug,
  name: text,
  released: isoDate.optional(),
  family: text.optional(),
  aliases: z.array(z.string().trim().min(1).toLowerCase()).default([]),
  source: sourceRef,
});

const noticeEntry = z
  .strictObject({
    models: z.array(slug).min(1, "must name at least one model"),
    channel: z.enum(channels).default("API"),
    announced: isoDate,
    deprecated: isoDate.optional(),
    retires: isoDate.optional(),
    replacements: z.array(slug).default([]),
    note: text.optional(),
    source: sourceRef,
  })
  .refine((n) => n.retires === undefined || n.retires >= (n.deprecated ?? n.announced), {
    message: "must not be before the deprecation (or announcement) day",
    path: ["retires"],
  });

/** One maker's deprecation notices (`deprecations/<maker>.yaml`; see the README there). */
export const deprecationTable = z.strictObject({
  provider: z.strictObject({ slug, name: text, url: z.url().optional() }),
  sources: z.array(sourceEntry).default([]),
  models: z.array(tableModelEntry).default([]),
  notices: z.array(noticeEntry).default([]),
});

export type SourceEntry = z.infer<typeof sourceEntry>;
export type DeprecationTable = z.infer<typeof deprecationTable>;
export type NoticeEntry = DeprecationTable["notices"][number];
export type ProviderEntry = z.infer<typeof providerEntry>;
export type CapabilityEntry = z.infer<typeof capabilityEntry>;
export type BenchmarkEntry = z.infer<typeof benchmarkEntry>;
export type ModelEntry = z.infer<typeof modelEntry>;

/** The whole catalog, read and validated, ready to load. */
export interface CuratedCatalog {
  sources: SourceEntry[];
  providers: ProviderEntry[];
  capabilities: CapabilityEntry[];
  benchmarks: BenchmarkEntry[];
  models: ModelEntry[];
  /** The makers' deprecation tables, by file (`deprecations/openai.yaml`). */
  deprecations: { file: string; table: DeprecationTable }[];
}
