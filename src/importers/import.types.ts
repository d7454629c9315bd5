import type { Channel, Modality, PriceTier } from "../db/tables/enums.js";

/**
 * What every importer turns its catalog into: plain records, already mapped onto modelgraph's
 * vocabulary (provider slugs, model slugs, modalities, capability slugs, USD per million tokens).
 * `applyImport` merges one batch into the database; importers never touch the database.
 */

/** A price as a catalog states it, converted to USD (or `currency`) per million tokens. */
export interface ImportedPrice {
  tier: PriceTier;
  currency?: string;
  inputPerMillion?: number;
  outputPerMillion?: number;
  cachedInputPerMillion?: number;
  cacheWritePerMillion?: number;
  /** Set on long-context prices: they apply above this many prompt tokens. */
  minPromptTokens?: number;
  /**
   * Set by a dated source (genai-prices), which states when each price held: from this day
   * (null: since before the source knows) to `effectiveTo` (exclusive; null: still in force). A
   * snapshot catalog leaves both out: its price holds from its snapshot's date.
   */
  effectiveFrom?: string | null;
  effectiveTo?: string | null;
}

/** A benchmark score as the catalog names it; `applyImport` maps the name to a benchmark node. */
export interface ImportedBenchmarkResult {
  name: string;
  score: number;
  metric?: string;
  setting?: string;
  date?: string;
  url?: string;
}

/** One model as its maker ships it, from one catalog. */
export interface ImportedModel {
  /** The catalog's own id for the record, for messages (e.g. "models/openai/gpt-4o.toml", "gpt-4o"). */
  id: string;
  /** The maker's provider slug ("openai", "anthropic", "google"…), from `makerSlug`. */
  maker: string;
  /** The model's slug, from `modelSlug`: lower-kebab, no host or maker prefix. */
  slug: string;
  /** Other ids the record goes by (catalog ids, `maker/slug`), lower-case. */
  aliases: string[];
  name?: string;
  family?: string;
  /** YYYY-MM-DD, or YYYY-MM when the catalog gives the month only (kept with its precision). */
  releaseDate?: string;
  knowledgeCutoff?: string;
  contextWindow?: number;
  maxOutputTokens?: number;
  inputModalities?: Modality[];
  outputModalities?: Modality[];
  /** modelgraph capability slugs: reasoning, vision, pdf-input, tool-calling, structured-output, prompt-caching, web-search, batch-api. */
  capabilities?: string[];
  openWeights?: boolean;
  /** The maker's own prices. */
  prices: ImportedPrice[];
  /** The day the maker deprecates it in its API, where the catalog says. */
  deprecationDate?: string;
  /** The catalog lists it as deprecated without a day (models.dev's `status = "deprecated"`). */
  listedDeprecated?: boolean;
  /** The day it stops being served, where the catalog says (OpenRouter's `expiration_date`). */
  retirementDate?: string;
  benchmarkResults: ImportedBenchmarkResult[];
}

/** The same model served by a host (Azure, Bedrock, OpenRouter…) under the host's own id. */
export interface ImportedOffering {
  /** The host's provider slug. */
  host: string;
  /** The id the host serves it under, as the catalog gives it. */
  hostModelId: string;
  /** The maker's model: its slug, or another id (`maker/slug`, an alias) that names it. */
  model: string;
  prices: ImportedPrice[];
  contextWindow?: number;
  maxOutputTokens?: number;
}

/** A deprecation notice as a tracker of the makers' pages lists it today. */
export interface ImportedNotice {
  /** The entry, for messages ("OpenAI/gpt-4-0613"). */
  id: string;
  /** The maker's provider slug. */
  maker: string;
  /** The maker's id of the model (`gpt-4-0613`, `claude-3-haiku-20240307`). */
  model: string;
  /** True when `model` was read from a display name: it finds a model, it never makes one. */
  byName?: boolean;
  /**
   * True when the row named `model` beside another id (`o4-mini-2025-04-16 | o4-mini`): the
   * notice attaches to the model the graph holds by that id, and never makes one.
   */
  alsoNamed?: boolean;
  channel: Channel;
  deprecatedOn: string | null;
  retiresOn: string | null;
  /** The maker's ids of the replacements, in the notice's order. */
  replacements: string[];
  /** The notice's words kept as written (the replacement text). */
  note: string | null;
}

export interface ImportedProvider {
  slug: string;
  name: string;
  url?: string;
}

/** One catalog snapshot, ready to apply. */
export interface ImportBatch {
  /** Which catalog: also the source key prefix, e.g. "litellm". */
  catalog: "models.dev" | "litellm" | "openrouter" | "genai-prices" | "deprecations";
  /** e.g. "LiteLLM model cost map". */
  title: string;
  url?: string;
  publisher?: string;
  /** The snapshot's date (YYYY-MM-DD): new price periods open on it. */
  snapshot: string;
  providers: ImportedProvider[];
  models: ImportedModel[];
  offerings: ImportedOffering[];
  /** Deprecation notices (a tracker of the makers' pages). */
  notices?: ImportedNotice[];
  /**
   * False for a source that prices models other catalogs name (genai-prices): it creates no
   * model and adds no name; a record whose model is not named yet waits until one is.
   */
  namesModels?: boolean;
  /** Entries left out, and why (not a chat model, no price, unknown maker…). */
  skipped: { id: string; reason: string }[];
}
