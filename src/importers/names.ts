import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "../db/client.js";
import * as t from "../db/schema.js";
import { identify, insertAliases, undatedSlug } from "../modules/identity/index.js";

type Index = Map<string, Set<number>>;

const add = (index: Index, key: string, id: number) =>
  key !== "" && index.set(key, (index.get(key) ?? new Set()).add(id));

/**
 * Every name a model goes by in the graph (slugs and aliases), for one import: by the name as
 * written and by its identity key (`identify`), so that `claude-4-sonnet-20250514` finds
 * `claude-sonnet-4-20250514` and `claude-sonnet-4.5` finds `claude-sonnet-4-5`. Also which
 * models are dated snapshots named for an undated key, so that a model created later can adopt
 * them.
 */
export class ModelNames {
  private readonly names: Index = new Map();
  private readonly keys: Index = new Map();
  private readonly snapshots: Index = new Map();

  constructor(tx: Executor) {
    for (const m of tx.select({ id: t.models.id, slug: t.models.slug }).from(t.models).all())
      this.addSlug(m.slug, m.id);
    for (const a of tx
      .select({ id: t.modelAliases.modelId, alias: t.modelAliases.alias })
      .from(t.modelAliases)
      .all())
      this.add(a.alias, a.id);
  }

  /** Records a model's slug: a name, and, for a dated one, a snapshot of its undated key. */
  addSlug(slug: string, modelId: number): void {
    this.add(slug, modelId);
    const undated = undatedSlug(slug);
    if (undated !== undefined) add(this.snapshots, identify(undated).key, modelId);
  }

  add(name: string, modelId: number): void {
    const lower = name.toLowerCase();
    add(this.names, lower, modelId);
    add(this.keys, identify(lower).key, modelId);
  }

  remove(name: string, modelId: number): void {
    const lower = name.toLowerCase();
    this.names.get(lower)?.delete(modelId);
    this.keys.get(identify(lower).key)?.delete(modelId);
    const undated = undatedSlug(lower);
    if (undated !== undefined) this.snapshots.get(identify(undated).key)?.delete(modelId);
  }

  /** The models that go by this exact name. */
  owners(name: string): ReadonlySet<number> {
    return this.names.get(name.toLowerCase()) ?? new Set();
  }

  /** The models a set of names points at: by the names themselves, else by their identity keys. */
  lookup(names: string[]): number[] {
    const ids = new Set<number>();
    for (const n of names) for (const id of this.owners(n)) ids.add(id);
    if (ids.size === 0)
      for (const n of names) for (const id of this.keys.get(identify(n).key) ?? []) ids.add(id);
    return [...ids];
  }

  /** The dated models whose undated name spells `slug`'s identity key. */
  snapshotsOf(slug: string): number[] {
    return [...(this.snapshots.get(identify(slug).key) ?? [])];
  }
}

/** Takes names off a model (a snapshot split off the model another catalog folded it into). */
export function removeAliases(
  tx: Executor,
  names: ModelNames,
  modelId: number,
  remove: string[],
): void {
  const lower = [...new Set(remove.map((n) => n.trim().toLowerCase()))];
  tx.delete(t.modelAliases)
    .where(and(eq(t.modelAliases.modelId, modelId), inArray(t.modelAliases.alias, lower)))
    .run();
  for (const name of lower) names.remove(name, modelId);
}

/** Adds the names no other model goes by, citing `sourceId`; returns whether any was new. */
export function addAliases(
  tx: Executor,
  names: ModelNames,
  modelId: number,
  add: string[],
  sourceId: () => number | null,
): boolean {
  const slug = tx
    .select({ slug: t.models.slug })
    .from(t.models)
    .where(eq(t.models.id, modelId))
    .get()!.slug;
  let added = false;
  for (const raw of new Set(add.map((n) => n.trim().toLowerCase()))) {
    if (!raw || raw === slug || names.owners(raw).size > 0) continue;
    insertAliases(tx, modelId, [raw], sourceId());
    names.add(raw, modelId);
    added = true;
  }
  return added;
}
