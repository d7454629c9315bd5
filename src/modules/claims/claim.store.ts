import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Database, Executor } from "../../db/client.js";
import * as t from "../../db/schema.js";
import { keyedRows } from "../../sql/queries.js";
import type { Claim, ClaimValue } from "./claim.fields.js";

/** SQL of the claims and of the rows the projection writes from them. */

type Row =
  | typeof t.modelClaims.$inferSelect
  | typeof t.offeringClaims.$inferSelect
  | typeof t.providerClaims.$inferSelect;

export function decodeClaim(row: Row): Claim {
  return {
    id: row.id,
    modelId: "modelId" in row ? row.modelId : "offeringId" in row ? row.offeringId : row.providerId,
    field: row.field,
    value: JSON.parse(row.value) as ClaimValue,
    precision: row.precision,
    origin: row.origin,
    sourceId: row.sourceId,
    observedOn: row.observedOn,
    wins: row.wins,
  };
}

const claimsOf = keyedRows(t.modelClaims, t.modelClaims.modelId, {
  orderBy: [asc(t.modelClaims.field), asc(t.modelClaims.id)],
});

/** Every claim about each model, by field. */
export function claimsForModels(db: Database, modelIds: readonly number[]): Claim[] {
  return claimsOf(db, modelIds).map(decodeClaim);
}

export interface NewClaim {
  field: string;
  value: ClaimValue;
  precision: Claim["precision"];
  origin: string;
  sourceId: number | null;
  observedOn: string | null;
}

/** The claims of one kind of subject (a model, a host's offering): the same statements on each table. */
export interface ClaimStore {
  of(tx: Executor, subjectId: number): Claim[];
  insert(tx: Executor, subjectId: number, claim: NewClaim): void;
  replace(tx: Executor, id: number, claim: NewClaim): void;
  delete(tx: Executor, ids: number[]): void;
  markWinners(tx: Executor, subjectId: number, winners: number[]): void;
}

function claimStore(
  table: typeof t.modelClaims | typeof t.offeringClaims | typeof t.providerClaims,
  subject:
    | typeof t.modelClaims.modelId
    | typeof t.offeringClaims.offeringId
    | typeof t.providerClaims.providerId,
  subjectKey: "modelId" | "offeringId" | "providerId",
): ClaimStore {
  const encode = (claim: NewClaim) => ({ ...claim, value: JSON.stringify(claim.value) });
  return {
    of: (tx, subjectId) =>
      (
        tx
          .select()
          .from(table)
          .where(eq(subject, subjectId))
          .orderBy(asc(table.field), asc(table.id))
          .all() as Row[]
      ).map(decodeClaim),
    insert: (tx, subjectId, claim) =>
      void tx
        .insert(table)
        .values({ ...encode(claim), [subjectKey]: subjectId } as never)
        .run(),
    replace: (tx, id, claim) =>
      void tx.update(table).set(encode(claim)).where(eq(table.id, id)).run(),
    delete: (tx, ids) => {
      if (ids.length > 0) tx.delete(table).where(inArray(table.id, ids)).run();
    },
    markWinners: (tx, subjectId, winners) =>
      void tx
        .update(table)
        .set({
          wins: sql`${table.id} IN (SELECT value FROM json_each(${JSON.stringify(winners)}))`,
        })
        .where(eq(subject, subjectId))
        .run(),
  };
}

export const modelClaimStore = claimStore(t.modelClaims, t.modelClaims.modelId, "modelId");
export const offeringClaimStore = claimStore(
  t.offeringClaims,
  t.offeringClaims.offeringId,
  "offeringId",
);
export const providerClaimStore = claimStore(
  t.providerClaims,
  t.providerClaims.providerId,
  "providerId",
);

export function providerRow(tx: Executor, providerId: number) {
  return tx.select().from(t.providers).where(eq(t.providers.id, providerId)).get();
}

export function updateProvider(
  tx: Executor,
  providerId: number,
  columns: Partial<typeof t.providers.$inferInsert>,
): void {
  if (Object.keys(columns).length > 0)
    tx.update(t.providers).set(columns).where(eq(t.providers.id, providerId)).run();
}

export type ModelColumns = Partial<Omit<typeof t.models.$inferInsert, "id" | "slug">>;

export function modelRow(tx: Executor, modelId: number) {
  return tx.select().from(t.models).where(eq(t.models.id, modelId)).get();
}

export function updateModelColumns(tx: Executor, modelId: number, columns: ModelColumns): void {
  if (Object.keys(columns).length > 0)
    tx.update(t.models).set(columns).where(eq(t.models.id, modelId)).run();
}

/** The modalities rows of a model, as `direction|modality|position|source`, for comparison. */
export function modalityRows(tx: Executor, modelId: number) {
  return tx
    .select()
    .from(t.modelModalities)
    .where(eq(t.modelModalities.modelId, modelId))
    .orderBy(asc(t.modelModalities.direction), asc(t.modelModalities.position))
    .all();
}

export function replaceModalities(
  tx: Executor,
  modelId: number,
  direction: "INPUT" | "OUTPUT",
  modalities: string[],
  sourceId: number | null,
): void {
  tx.delete(t.modelModalities)
    .where(and(eq(t.modelModalities.modelId, modelId), eq(t.modelModalities.direction, direction)))
    .run();
  if (modalities.length > 0)
    tx.insert(t.modelModalities)
      .values(
        modalities.map((modality, position) => ({
          modelId,
          direction,
          modality: modality as (typeof t.modelModalities.$inferInsert)["modality"],
          position,
          sourceId,
        })),
      )
      .run();
}

export function capabilityRows(tx: Executor, modelId: number) {
  return tx
    .select({
      capabilityId: t.modelCapabilities.capabilityId,
      slug: t.capabilities.slug,
      sourceId: t.modelCapabilities.sourceId,
    })
    .from(t.modelCapabilities)
    .innerJoin(t.capabilities, eq(t.capabilities.id, t.modelCapabilities.capabilityId))
    .where(eq(t.modelCapabilities.modelId, modelId))
    .orderBy(asc(t.capabilities.id))
    .all();
}

/** Replaces a model's capabilities with the known ones among `slugs`. */
export function replaceCapabilities(
  tx: Executor,
  modelId: number,
  slugs: string[],
  sourceId: number | null,
): void {
  tx.delete(t.modelCapabilities).where(eq(t.modelCapabilities.modelId, modelId)).run();
  if (slugs.length === 0) return;
  const ids = tx
    .select({ id: t.capabilities.id })
    .from(t.capabilities)
    .where(inArray(t.capabilities.slug, slugs))
    .all();
  if (ids.length > 0)
    tx.insert(t.modelCapabilities)
      .values(ids.map(({ id }) => ({ modelId, capabilityId: id, sourceId })))
      .run();
}

/** A model's page texts (`bestFor`, `limitations`, `faq`), in order, as the claims state them. */
export function textRows(tx: Executor, modelId: number) {
  const byPosition = <R extends { position: number }>(rows: R[]) =>
    rows.sort((a, b) => a.position - b.position);
  return {
    bestFor: byPosition(tx.select().from(t.bestFor).where(eq(t.bestFor.modelId, modelId)).all()),
    limitations: byPosition(
      tx.select().from(t.limitations).where(eq(t.limitations.modelId, modelId)).all(),
    ),
    faq: byPosition(tx.select().from(t.faqEntries).where(eq(t.faqEntries.modelId, modelId)).all()),
  };
}

/** Replaces one of a model's page-text lists. */
export function replaceTexts(
  tx: Executor,
  modelId: number,
  list: "bestFor" | "limitations" | "faq",
  items: (string | { question: string; answer: string })[],
  sourceId: number | null,
): void {
  const table = { bestFor: t.bestFor, limitations: t.limitations, faq: t.faqEntries }[list];
  tx.delete(table).where(eq(table.modelId, modelId)).run();
  if (items.length === 0) return;
  tx.insert(table)
    .values(
      items.map((item, position) => ({
        modelId,
        position,
        sourceId,
        ...(typeof item === "string" ? { text: item } : item),
      })) as never,
    )
    .run();
}

/** A model's lifecycle events, each with whether a public catalog gave it. */
