import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from "drizzle-orm/sqlite-core";
import { isoDate, oneOf } from "./checks.js";
import { datePrecisions } from "./enums.js";
import { models } from "./models.js";
import { offerings } from "./offerings.js";
import { providers } from "./providers.js";
import { sources } from "./sources.js";

/** The columns every claim has, whatever its subject. */
const claimColumns = {
  id: integer("id").primaryKey({ autoIncrement: true }),
  /** A field of the subject (`releaseDate`, `contextWindow`, `inputModalities`…) or `lifecycle.<CHANNEL>.<STAGE>`. */
  field: text("field").notNull(),
  /** The value as JSON: a string, number, boolean, list of strings, or FAQ entries. */
  value: text("value").notNull(),
  /** For dates: how much of the date the source states (`2025-04` is a month). */
  precision: text("precision", { enum: datePrecisions }),
  /** `curated` or the catalog's name. */
  origin: text("origin").notNull(),
  sourceId: integer("source_id").references(() => sources.id, { onDelete: "cascade" }),
  /** The snapshot's date for a catalog; for curated claims, the source's `retrievedOn` (or null). */
  observedOn: text("observed_on"),
  /** Whether the projection serves this claim's value (written by the projection only). */
  wins: integer("wins", { mode: "boolean" }).notNull().default(false),
};

function claimChecks(
  name: string,
  t: { precision: AnySQLiteColumn; observedOn: AnySQLiteColumn; value: AnySQLiteColumn },
) {
  return [
    check(`${name}_precision_enum`, oneOf(t.precision, datePrecisions)),
    check(`${name}_observed_on_iso`, isoDate(t.observedOn)),
    check(`${name}_value_json`, sql`json_valid(${t.value})`),
  ];
}

/**
 * What one origin says about one fact of a model: the curated catalog and API writes (origin
 * `curated`) or one public catalog (origin `models.dev`, `litellm`, `openrouter`), each holding at
 * most one claim per field, citing the snapshot or source that stated it. The model's own columns
 * and lists are a projection of these claims (`wins` marks the claim each one serves).
 */
export const modelClaims = sqliteTable(
  "model_claims",
  {
    ...claimColumns,
    modelId: integer("model_id")
      .notNull()
      .references(() => models.id, { onDelete: "cascade" }),
  },
  (t) => [
    uniqueIndex("model_claims_origin_idx").on(t.modelId, t.field, t.origin),
    index("model_claims_source_idx").on(t.sourceId),
    ...claimChecks("model_claims", t),
  ],
);

/**
 * What each catalog listing a host's offering says of it (its limits, the model name it gives,
 * that it lists it at all), projected onto the offering like a model's claims.
 */
export const offeringClaims = sqliteTable(
  "offering_claims",
  {
    ...claimColumns,
    offeringId: integer("offering_id")
      .notNull()
      .references(() => offerings.id, { onDelete: "cascade" }),
  },
  (t) => [
    uniqueIndex("offering_claims_origin_idx").on(t.offeringId, t.field, t.origin),
    index("offering_claims_source_idx").on(t.sourceId),
    ...claimChecks("offering_claims", t),
  ],
);

/** What each source says of a provider (its name and URL), projected onto the provider. */
export const providerClaims = sqliteTable(
  "provider_claims",
  {
    ...claimColumns,
    providerId: integer("provider_id")
      .notNull()
      .references(() => providers.id, { onDelete: "cascade" }),
  },
  (t) => [
    uniqueIndex("provider_claims_origin_idx").on(t.providerId, t.field, t.origin),
    index("provider_claims_source_idx").on(t.sourceId),
    ...claimChecks("provider_claims", t),
  ],
);
