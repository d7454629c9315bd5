import type { Database } from "../../db/client.js";
import type { BaseContext } from "../../graphql/context.js";
import type { Facts } from "../../sql/facts.js";
import { rowLoader } from "../../sql/loaders.js";
import { modelSources, SourceRepository } from "./source.repository.js";
import type { Source } from "./source.type.js";

export { Source } from "./source.type.js";
export { SourceInput } from "./source.input.js";
export { API_SOURCE, isCurated, sourceIdFor, validateSource } from "./source.repository.js";

/** The sources module's slice of the request context. */
export function createSourcesContext(db: Database, facts: Facts) {
  const repository = new SourceRepository(db);
  const byId = rowLoader(
    (ids: readonly number[]) => repository.byIds(ids),
    (s) => s.rowId,
  );
  return {
    sources: {
      loaders: {
        byId,
        forModel: facts.of(modelSources),
      },
      /** The source a fact row cites, or null when it cites none. */
      of(sourceId: number | null): Promise<Source | null> {
        return sourceId === null ? Promise.resolve(null) : byId.load(sourceId);
      },
    },
  };
}

export type SourcesContext = BaseContext & ReturnType<typeof createSourcesContext>;
