import { and, eq, inArray, isNotNull } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { modelAliases, models } from "../../db/schema.js";
import { insertRows } from "../../db/bulk.js";
import { batches } from "../../db/batches.js";
import { spellings } from "./identity.js";
import type { UserErrors } from "../../graphql/user-errors.js";
import type { Work } from "../changes/index.js";

/**
 * The models' and aliases' SQL: the only code that adds a model row or a name to it, and the one
 * way a model is found by slug or alias, whoever writes (a mutation, the curated catalog, an import).
 */

/** What a new model row needs: its served name and maker until its claims are projected. */
export interface NewModel {
  slug: string;
  name: string;
  providerId: number;
  sourceId: number | null;
}

/**
 * Adds a model row and returns its id. The model is touched: its facts are claims, and it is
 * projected (its served columns, its status and price periods) when the write commits.
 */
export function insertModel(work: Work, model: NewModel): number {
  const id = insertModels(work.tx, [model])[0]!;
  work.touch(id);
  return id;
}

/**
 * Adds model rows and returns their ids in order, for a bulk writer that projects them itself
 * (the benchmark's synthetic graph, whose rows carry served columns of their own and no claims).
 */
export function insertModels(
  tx: Executor,
  rows: readonly (NewModel & Partial<typeof models.$inferInsert>)[],
): number[] {
  return insertRows(tx, models, rows);
}

/** Adds names to a model, each citing `sourceId`; a name some model already has is skipped. */
export function insertAliases(
  tx: Executor,
  modelId: number,
  aliases: readonly string[],
  sourceId: number | null,
): void {
  if (aliases.length > 0)
    tx.insert(modelAliases)
      .values(aliases.map((alias) => ({ modelId, alias, sourceId })))
      .onConflictDoNothing()
      .run();
}

/**
 * The id of a model by slug or alias (any case), or, failing that, by the first of the name's
 * identity spellings that one names (`anthropic/claude-sonnet-4.5`); null when none does.
 */
export function modelIdBySlug(tx: Executor, slug: string): number | null {
  const key = slug.trim().toLowerCase();
  for (const name of [key, ...spellings(key).filter((f) => f !== key)]) {
    const bySlug = tx.select({ id: models.id }).from(models).where(eq(models.slug, name)).get();
    if (bySlug) return bySlug.id;
    const byAlias = tx
      .select({ id: modelAliases.modelId })
      .from(modelAliases)
      .where(eq(modelAliases.alias, name))
      .get();
    if (byAlias) return byAlias.id;
  }
  return null;
}

/** Looks up the model an input names (id, slug, name), reporting NOT_FOUND at `field` when there is none. */
export function requireModel(
  tx: Executor,
  errors: UserErrors,
  field: string[],
  slug: string,
): { id: number; slug: string; name: string } | null {
  const id = modelIdBySlug(tx, slug);
  if (id === null) {
    errors.add(field, `no model has the slug or alias ${JSON.stringify(slug)}`, "NOT_FOUND");
    return null;
  }
  return tx
    .select({ id: models.id, slug: models.slug, name: models.name })
    .from(models)
    .where(eq(models.id, id))
    .get()!;
}

/** A model's family, which decides the line the lineage rule proposes successors on. */
export function familyOf(tx: Executor, modelId: number): string | null {
  return familiesOf(tx, [modelId])[0] ?? null;
}

/** The families of these models (those that have one), each once. */
export function familiesOf(tx: Executor, modelIds: readonly number[]): string[] {
  const families = new Set<string>();
  for (const ids of batches(modelIds, 500))
    for (const { family } of tx
      .select({ family: models.family })
      .from(models)
      .where(and(inArray(models.id, ids), isNotNull(models.family)))
      .all())
      families.add(family!);
  return [...families];
}
