import { eq } from "drizzle-orm";
import type { Executor } from "../db/client.js";
import * as t from "../db/schema.js";
import type { Work } from "../modules/changes/index.js";
import {
  CURATED,
  noticeId,
  stateFacts,
  stateNotice,
  withdrawNotices,
} from "../modules/claims/index.js";
import { insertAliases, insertModel, modelIdBySlug } from "../modules/identity/index.js";
import {
  deleteLifecycleEvents,
  eventOf,
  insertLifecycleEvents,
} from "../modules/lifecycle/index.js";
import type { CuratedCatalog, DeprecationTable } from "./curated.schema.js";

export interface NoticeSyncCounts {
  added: string[];
  updated: string[];
  unchanged: number;
}

/**
 * Brings the makers' deprecation tables into the database: each notice becomes a curated notice
 * of every model it names (a model or replacement the graph lacks is added under its maker, so
 * the history is whole), a table's `models` entries state their facts and release, and curated
 * notices no table states any longer are withdrawn. Every model touched is projected at commit.
 * `source` and `provider` map the catalog's keys and slugs (the tables' own included) to ids.
 */
export function stateCuratedNotices(
  work: Work,
  catalog: CuratedCatalog,
  source: (key: string) => number,
  provider: (slug: string) => number,
  retrievedOn: (key: string) => string | null,
): NoticeSyncCounts {
  const db = work.tx;
  const tally: NoticeSyncCounts = { added: [], updated: [], unchanged: 0 };
  const touched = new Set<number>();
  const kept = new Set<number>();
  for (const { table } of catalog.deprecations) {
    const makerId = provider(table.provider.slug);
    const modelFor = (slug: string, sourceId: number): number => {
      const found = modelIdBySlug(db, slug);
      if (found !== null) return found;
      const id = insertModel(work, { slug, name: slug, providerId: makerId, sourceId });
      touched.add(id);
      return id;
    };
    // The table's own models first, with their aliases (a notice may name one by an alias); then
    // the models the graph lacks, in the order of their names, so that a catalog read back from
    // an export (its notices in another order) adds them in the same order.
    for (const entry of [...table.models].sort((a, b) => a.slug.localeCompare(b.slug)))
      describeModel(db, entry, modelFor, source, retrievedOn, touched);
    const names = new Map<string, number>();
    for (const notice of table.notices)
      for (const name of [...notice.models, ...notice.replacements])
        if (!names.has(name)) names.set(name, source(notice.source));
    for (const name of [...names.keys()].sort()) modelFor(name, names.get(name)!);
    for (const notice of table.notices)
      noticeOf(db, notice, modelFor, source, tally, touched, kept);
  }
  for (const modelId of withdrawNotices(db, CURATED, kept)) touched.add(modelId);
  work.touch(...touched);
  return tally;
}

function describeModel(
  db: Executor,
  entry: DeprecationTable["models"][number],
  modelFor: (slug: string, sourceId: number) => number,
  source: (key: string) => number,
  retrievedOn: (key: string) => string | null,
  touched: Set<number>,
): void {
  const sourceId = source(entry.source);
  const modelId = modelFor(entry.slug, sourceId);
  const changed = stateFacts(
    db,
    modelId,
    { origin: CURATED, sourceId, observedOn: retrievedOn(entry.source) },
    {
      name: entry.name,
      ...(entry.released ? { releaseDate: entry.released } : {}),
      ...(entry.family ? { family: entry.family } : {}),
    },
  );
  if (changed) touched.add(modelId);
  for (const alias of entry.aliases) {
    const owner = db
      .select({ modelId: t.modelAliases.modelId })
      .from(t.modelAliases)
      .where(eq(t.modelAliases.alias, alias))
      .get();
    const named = modelIdBySlug(db, alias);
    if (!owner && (named === null || named === modelId))
      insertAliases(db, modelId, [alias], sourceId);
  }
  if (!entry.released) return;
  const have = eventOf(db, modelId, "API", "RELEASED");
  if (have?.noticeId === null && have.date === entry.released && have.sourceId === sourceId) return;
  // The release stated here replaces whatever event a catalog's date had made.
  if (have) deleteLifecycleEvents(db, [have.id]);
  insertLifecycleEvents(db, [
    {
      modelId,
      channel: "API",
      stage: "RELEASED",
      date: entry.released,
      note: "General availability in the maker's API.",
      sourceId,
    },
  ]);
  touched.add(modelId);
}

function noticeOf(
  db: Executor,
  notice: DeprecationTable["notices"][number],
  modelFor: (slug: string, sourceId: number) => number,
  source: (key: string) => number,
  tally: NoticeSyncCounts,
  touched: Set<number>,
  kept: Set<number>,
): void {
  const sourceId = source(notice.source);
  const replacementIds = notice.replacements.map((slug) => modelFor(slug, sourceId));
  for (const slug of notice.models) {
    const modelId = modelFor(slug, sourceId);
    const label = `${slug} ${notice.channel} ${notice.announced}`;
    const before = noticeId(db, modelId, CURATED, notice.channel, notice.announced);
    const changed = stateNotice(db, modelId, CURATED, sourceId, {
      channel: notice.channel,
      announcedOn: notice.announced,
      deprecatedOn: notice.deprecated ?? null,
      retiresOn: notice.retires ?? null,
      note: notice.note ?? null,
      replacementIds,
    });
    if (changed) {
      (before === undefined ? tally.added : tally.updated).push(label);
      touched.add(modelId);
    } else tally.unchanged++;
    kept.add(noticeId(db, modelId, CURATED, notice.channel, notice.announced)!);
  }
}
