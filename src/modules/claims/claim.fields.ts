import type { Channel, DatePrecision, LifecycleStage } from "../../db/tables/enums.js";

/**
 * The facts of a model that sources claim: every scalar column the API reads, the lists a source
 * states whole (modalities, capabilities, the page's "best for", limitations and FAQ), and
 * lifecycle dates (`lifecycle.API.DEPRECATED`).
 */
export const scalarFields = [
  "name",
  "family",
  "tagline",
  "description",
  "releaseDate",
  "knowledgeCutoff",
  "contextWindow",
  "maxOutputTokens",
  "fineTunable",
  "openWeights",
  "intelligence",
  "speed",
  "outputTokensPerSecond",
  "timeToFirstTokenSeconds",
] as const;
export type ScalarField = (typeof scalarFields)[number];

export const listFields = [
  "inputModalities",
  "outputModalities",
  "capabilities",
  "bestFor",
  "limitations",
  "faq",
] as const;
export type ListField = (typeof listFields)[number];

export type LifecycleField = `lifecycle.${Channel}.${LifecycleStage}`;
export type ClaimField = ScalarField | ListField | LifecycleField;

/** The fields holding a calendar date, which a source may state to the month or year only. */
export const dateFields: ReadonlySet<string> = new Set(["releaseDate", "knowledgeCutoff"]);

export const lifecycleField = (channel: Channel, stage: LifecycleStage): LifecycleField =>
  `lifecycle.${channel}.${stage}`;

export function isDateField(field: string): boolean {
  return dateFields.has(field) || field.startsWith("lifecycle.");
}

export function isClaimField(field: string): field is ClaimField {
  return (
    (scalarFields as readonly string[]).includes(field) ||
    (listFields as readonly string[]).includes(field) ||
    /^lifecycle\.[A-Z_]+\.[A-Z]+$/.test(field)
  );
}

/** A FAQ entry, as the `faq` list claims it. */
export interface FaqItem {
  question: string;
  answer: string;
}

export type ClaimValue = string | number | boolean | string[] | FaqItem[];

/** A model's facts as one origin states them; `null` withdraws that origin's claim on the field. */
export type StatedFacts = Partial<Record<ClaimField, ClaimValue | null>>;

/**
 * The facts a model's own statement gives, read from its fields of the same names (a curated
 * file's model, an API input): every scalar field and list. With `whole`, a field the entry leaves
 * out is withdrawn (a curated file states its model whole); without, it is left as it is (an API
 * write gives what it changes). FAQ entries are kept as question and answer only.
 */
export function statedFacts(
  entry: Partial<Record<ScalarField | ListField, unknown>>,
  whole: boolean,
): StatedFacts {
  const facts: StatedFacts = {};
  for (const field of [...scalarFields, ...listFields]) {
    let value = entry[field];
    if (field === "faq" && Array.isArray(value))
      value = (value as FaqItem[]).map(({ question, answer }) => ({ question, answer }));
    if (value !== undefined || whole) facts[field] = (value ?? null) as ClaimValue | null;
  }
  return facts;
}

/** How much of a date is stated: `2025` a year, `2025-04` a month, `2025-04-16` a day. */
export function precisionOf(date: string): DatePrecision | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return "DAY";
  if (/^\d{4}-\d{2}$/.test(date)) return "MONTH";
  if (/^\d{4}$/.test(date)) return "YEAR";
  return undefined;
}

/** The first day a date of any precision covers (`2025-04` → `2025-04-01`), as the columns store it. */
export function firstDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** A stored claim, decoded. */
export interface Claim {
  id: number;
  modelId: number;
  field: string;
  value: ClaimValue;
  precision: DatePrecision | null;
  origin: string;
  sourceId: number | null;
  observedOn: string | null;
  wins: boolean;
}

/** A claim's value as text for people: lists joined with ", " (FAQ entries by their questions). */
export function displayValue(value: ClaimValue): string {
  if (!Array.isArray(value)) return String(value);
  return value.map((item) => (typeof item === "string" ? item : item.question)).join(", ");
}
