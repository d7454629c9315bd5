import { and, asc, eq, inArray, isNotNull, isNull, not, or, sql } from "drizzle-orm";
import type { Database, Executor } from "../../db/client.js";
import * as t from "../../db/schema.js";
import { keyedRows } from "../../shared/queries.js";
import type { Claim, ClaimValue } from "./claim.fields.js";

/** SQL of the claims and of the rows the projection writes from them. */

type Row = typeof t.modelClaims.$inferSelect;

export function decodeClaim(row: Row): Claim {
  return {
    id: row.id,
    modelId: row.modelId,
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

export function claimsOfModel(tx: Executor, modelId: number): Claim[] {
  return tx
    .select()
    .from(t.modelClaims)
    .where(eq(t.modelClaims.modelId, modelId))
    .orderBy(asc(t.modelClaims.field), asc(t.modelClaims.id))
    .all()
    .map(decodeClaim);
}

export interface NewClaim {
  modelId: number;
  field: string;
  value: ClaimValue;
  precision: Claim["precision"];
  origin: string;
  sourceId: number | null;
  observedOn: string | null;
}

export function insertClaim(tx: Executor, claim: NewClaim): void {
  tx.insert(t.modelClaims)
    .values({ ...claim, value: JSON.stringify(claim.value) })
    .run();
}

export function replaceClaim(tx: Executor, id: number, claim: NewClaim): void {
  tx.update(t.modelClaims)
    .set({ ...claim, value: JSON.stringify(claim.value) })
    .where(eq(t.modelClaims.id, id))
    .run();
}

export function deleteClaims(tx: Executor, ids: number[]): void {
  if (ids.length > 0) tx.delete(t.modelClaims).where(inArray(t.modelClaims.id, ids)).run();
}

export function markWinners(tx: Executor, modelId: number, winners: number[]): void {
  tx.update(t.modelClaims)
    .set({
      wins: sql`${t.modelClaims.id} IN (SELECT value FROM json_each(${JSON.stringify(winners)}))`,
    })
    .where(eq(t.modelClaims.modelId, modelId))
    .run();
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

/** The ids of sources that are public catalogs' snapshots. */
const catalogSources = (tx: Executor) =>
  tx.select({ id: t.sources.id }).from(t.sources).where(isNotNull(t.sources.catalog));

/** A model's lifecycle events, each with whether a public catalog gave it. */
export function lifecycleRows(tx: Executor, modelId: number) {
  return tx
    .select({
      id: t.lifecycleEvents.id,
      channel: t.lifecycleEvents.channel,
      stage: t.lifecycleEvents.stage,
      date: t.lifecycleEvents.date,
      note: t.lifecycleEvents.note,
      sourceId: t.lifecycleEvents.sourceId,
      imported: sql<number>`${t.lifecycleEvents.sourceId} IN ${catalogSources(tx)}`.mapWith(
        Boolean,
      ),
    })
    .from(t.lifecycleEvents)
    .where(eq(t.lifecycleEvents.modelId, modelId))
    .all();
}

export function deleteLifecycleEvents(tx: Executor, ids: number[]): void {
  if (ids.length > 0) tx.delete(t.lifecycleEvents).where(inArray(t.lifecycleEvents.id, ids)).run();
}

export function insertLifecycleEvent(
  tx: Executor,
  event: typeof t.lifecycleEvents.$inferInsert,
): void {
  tx.insert(t.lifecycleEvents).values(event).run();
}

/** The maker's own price rows of a model (not hosts'), with the origin of each. */
export function makerPriceRows(tx: Executor, modelId: number) {
  return tx
    .select({
      id: t.prices.id,
      tier: t.prices.tier,
      minPromptTokens: t.prices.minPromptTokens,
      superseded: t.prices.superseded,
      catalog: t.sources.catalog,
    })
    .from(t.prices)
    .leftJoin(t.sources, eq(t.sources.id, t.prices.sourceId))
    .where(and(eq(t.prices.modelId, modelId), isNull(t.prices.offeringId)))
    .all();
}

export function setSuperseded(tx: Executor, ids: number[], superseded: boolean): void {
  if (ids.length > 0)
    tx.update(t.prices)
      .set({ superseded })
      .where(and(inArray(t.prices.id, ids), or(not(eq(t.prices.superseded, superseded)))))
      .run();
}
