import { createHash } from "node:crypto";
import { eq, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { Database, Executor } from "../../db/client.js";
import * as t from "../../db/schema.js";
import { factKind } from "../../sql/facts.js";
import { rowsWhereIn } from "../../sql/queries.js";
import type { UserErrors } from "../../graphql/user-errors.js";
import type { SourceInput } from "./source.input.js";
import { Source } from "./source.type.js";

/**
 * Every table whose rows are facts about one model, with the column naming that model and, where
 * some rows are kept but not served (losing claims, superseded prices), the condition for served.
 */
const modelFacts = [
  [t.modelClaims, t.modelClaims.modelId, t.modelClaims.sourceId, sql`${t.modelClaims.wins}`],
  [t.modelAliases, t.modelAliases.modelId, t.modelAliases.sourceId],
  [t.modelModalities, t.modelModalities.modelId, t.modelModalities.sourceId],
  [t.modelCapabilities, t.modelCapabilities.modelId, t.modelCapabilities.sourceId],
  [t.bestFor, t.bestFor.modelId, t.bestFor.sourceId],
  [t.limitations, t.limitations.modelId, t.limitations.sourceId],
  [t.faqEntries, t.faqEntries.modelId, t.faqEntries.sourceId],
  [t.prices, t.prices.modelId, t.prices.sourceId, sql`NOT ${t.prices.superseded}`],
  [t.lifecycleEvents, t.lifecycleEvents.modelId, t.lifecycleEvents.sourceId],
  [
    t.benchmarkResults,
    t.benchmarkResults.modelId,
    t.benchmarkResults.sourceId,
    sql`NOT ${t.benchmarkResults.superseded}`,
  ],
  [t.modelRelations, t.modelRelations.fromModelId, t.modelRelations.sourceId],
] as const;

/**
 * Whether a fact row's source is curated (the project's catalog files or an API write, or none):
 * not a public catalog's snapshot. Writers through the API touch only such rows.
 */
export function isCurated(column: SQLiteColumn): SQL {
  return sql`(${column} IS NULL OR ${column} NOT IN (SELECT ${t.sources.id} FROM ${t.sources} WHERE ${t.sources.catalog} IS NOT NULL))`;
}

/** The source of facts written through the API without one of their own: curated, like the catalog. */
export const API_SOURCE: SourceInput = { title: "Written through the modelgraph API" };

/** The stable key of a source written through the API: a hash of what identifies it. */
function keyOf(input: SourceInput): string {
  const identity = JSON.stringify([
    input.title,
    input.url ?? null,
    input.publisher ?? null,
    input.retrievedOn ?? null,
  ]);
  return `api-${createHash("sha256").update(identity).digest("hex").slice(0, 16)}`;
}

/** Checks a source input, naming `path` in each user error. */
export function validateSource(
  errors: UserErrors,
  path: string[],
  input: SourceInput | null | undefined,
): void {
  if (!input) return;
  errors.text([...path, "title"], input.title, { required: true, max: 500 });
  errors.url([...path, "url"], input.url);
  errors.text([...path, "publisher"], input.publisher, { max: 500 });
  errors.date([...path, "retrievedOn"], input.retrievedOn);
}

/** The id of the source row for a (validated) input, created if new; null without an input. */
export function sourceIdFor(tx: Executor, input: SourceInput | null | undefined): number | null {
  if (!input) return null;
  const key = keyOf(input);
  const existing = tx
    .select({ id: t.sources.id })
    .from(t.sources)
    .where(eq(t.sources.key, key))
    .get();
  if (existing) return existing.id;
  return tx
    .insert(t.sources)
    .values({
      key,
      title: input.title.trim(),
      url: input.url ?? null,
      publisher: input.publisher ?? null,
      retrievedOn: (input.retrievedOn as string | null | undefined) ?? null,
    })
    .returning({ id: t.sources.id })
    .get().id;
}

/**
 * The sources each model's served facts cite: curated sources first, then the catalogs'
 * snapshots, each by key (the same list whatever order the sources were added in).
 */
export const modelSources = factKind(
  "sources",
  {
    select: { source: t.sources },
    from: sql`${t.sources}`,
    where: (id) =>
      sql`${t.sources.id} IN (${sql.join(
        modelFacts.map(
          ([table, model, source, served]) =>
            sql`SELECT ${source} FROM ${table} WHERE ${model} = ${id}${served ? sql` AND ${served}` : sql``}`,
        ),
        sql` UNION ALL `,
      )})`,
    orderBy: sql`${t.sources.catalog} IS NOT NULL, ${t.sources.key}`,
  },
  (row) => Source.fromRow(row.source),
);

export class SourceRepository {
  constructor(private readonly db: Database) {}

  byIds(ids: readonly number[]): Source[] {
    return rowsWhereIn(this.db, t.sources, t.sources.id, ids, Source.fromRow);
  }
}
