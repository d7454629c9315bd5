import { sql } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import * as t from "../../db/schema.js";
import { rowsWhereIn } from "../../shared/queries.js";
import { Source } from "./source.type.js";

/** Every table whose rows are facts about one model, with the column naming that model. */
const modelFacts = [
  [t.models, t.models.id, t.models.sourceId],
  [t.modelAliases, t.modelAliases.modelId, t.modelAliases.sourceId],
  [t.modelModalities, t.modelModalities.modelId, t.modelModalities.sourceId],
  [t.modelCapabilities, t.modelCapabilities.modelId, t.modelCapabilities.sourceId],
  [t.bestFor, t.bestFor.modelId, t.bestFor.sourceId],
  [t.limitations, t.limitations.modelId, t.limitations.sourceId],
  [t.faqEntries, t.faqEntries.modelId, t.faqEntries.sourceId],
  [t.prices, t.prices.modelId, t.prices.sourceId],
  [t.lifecycleEvents, t.lifecycleEvents.modelId, t.lifecycleEvents.sourceId],
  [t.benchmarkResults, t.benchmarkResults.modelId, t.benchmarkResults.sourceId],
  [t.modelRelations, t.modelRelations.fromModelId, t.modelRelations.sourceId],
] as const;

export class SourceRepository {
  constructor(private readonly db: Database) {}

  byIds(ids: readonly number[]): Source[] {
    return rowsWhereIn(this.db, t.sources, t.sources.id, ids, Source.fromRow);
  }

  /** The sources cited by any fact about each model, in one statement; ordered by source id. */
  forModels(modelIds: readonly number[]): { modelId: number; source: Source }[] {
    const ids = sql.join(
      modelIds.map((id) => sql`${id}`),
      sql`, `,
    );
    const cited = sql.join(
      modelFacts.map(
        ([table, model, source]) =>
          sql`SELECT ${model} AS model_id, ${source} AS source_id FROM ${table} WHERE ${model} IN (${ids})`,
      ),
      sql` UNION `,
    );
    return this.db
      .select({ modelId: sql<number>`c.model_id`, source: t.sources })
      .from(t.sources)
      .innerJoin(sql`(${cited}) c`, sql`c.source_id = ${t.sources.id}`)
      .orderBy(sql`c.model_id`, t.sources.id)
      .all()
      .map((row) => ({ modelId: row.modelId, source: Source.fromRow(row.source) }));
  }
}
