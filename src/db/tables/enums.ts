/**
 * The closed vocabularies stored in text columns. The GraphQL enums are built from these lists, and
 * each column that holds one has a CHECK, so the database, the API and the catalog agree.
 */
export const modalities = ["TEXT", "IMAGE", "AUDIO", "VIDEO", "PDF"] as const;
export const modalityDirections = ["INPUT", "OUTPUT"] as const;
export const intelligenceLevels = ["LOW", "MEDIUM", "HIGH", "VERY_HIGH"] as const;
export const speedLevels = ["SLOW", "MEDIUM", "FAST", "VERY_FAST"] as const;
export const benchmarkCategories = [
  "MATH",
  "CODING",
  "REASONING",
  "KNOWLEDGE",
  "VISION",
  "AGENTIC",
  "GENERAL",
] as const;
/** How much of a date a source states: `2025-04-16`, `2025-04` or `2025`. */
export const datePrecisions = ["DAY", "MONTH", "YEAR"] as const;
export type DatePrecision = (typeof datePrecisions)[number];
export const priceTiers = ["STANDARD", "BATCH", "FLEX", "PRIORITY"] as const;
export const channels = ["API", "CHAT_APP", "AZURE", "AWS_BEDROCK", "GOOGLE_VERTEX"] as const;
/** Where an edge between models comes from: written by hand, named in a deprecation notice, or proposed by a rule. */
export const relationOrigins = ["curated", "notices", "inferred"] as const;
export const lifecycleStages = [
  "ANNOUNCED",
  "PREVIEW",
  "RELEASED",
  "DEPRECATED",
  "RETIRED",
] as const;
/** A model's status on a channel on a day, as its lifecycle events put it (see `statusPeriods`). */
export const modelStatuses = [
  "UNRELEASED",
  "PREVIEW",
  "ACTIVE",
  "DEPRECATED",
  "RETIRED",
  "UNKNOWN",
] as const;
export const relationKinds = [
  "SUCCESSOR",
  "RELATED",
  "SIBLING",
  "DISTILLED_FROM",
  "FINE_TUNED_FROM",
  "SNAPSHOT_OF",
] as const;

export type Modality = (typeof modalities)[number];
export type ModalityDirection = (typeof modalityDirections)[number];
export type IntelligenceLevel = (typeof intelligenceLevels)[number];
export type SpeedLevel = (typeof speedLevels)[number];
export type BenchmarkCategory = (typeof benchmarkCategories)[number];
export type PriceTier = (typeof priceTiers)[number];
export type Channel = (typeof channels)[number];
export type LifecycleStage = (typeof lifecycleStages)[number];
export type ModelStatus = (typeof modelStatuses)[number];
export type RelationKind = (typeof relationKinds)[number];
export type RelationOrigin = (typeof relationOrigins)[number];
