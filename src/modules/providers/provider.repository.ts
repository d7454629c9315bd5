import type { Database } from "../../db/client.js";
import { providers } from "../../db/schema.js";
import type { OrderKey, Page, PageArgs } from "../../shared/pagination.js";
import { keysetPage, rowsWhereIn } from "../../shared/queries.js";
import { Provider } from "./provider.type.js";

const byName: OrderKey<Provider>[] = [
  { column: providers.name, direction: "asc", type: "string", value: (p) => p.name },
  { column: providers.id, direction: "asc", type: "number", value: (p) => p.rowId },
];

export class ProviderRepository {
  constructor(private readonly db: Database) {}

  byIds(ids: readonly number[]): Provider[] {
    return rowsWhereIn(this.db, providers, providers.id, ids, Provider.fromRow);
  }

  bySlugs(slugs: readonly string[]): Provider[] {
    return rowsWhereIn(this.db, providers, providers.slug, slugs, Provider.fromRow);
  }

  /** Providers by name, a page at a time. */
  page(args: PageArgs): Page<Provider> {
    return keysetPage({
      db: this.db,
      table: providers,
      keys: byName,
      args,
      toItem: Provider.fromRow,
    });
  }
}
