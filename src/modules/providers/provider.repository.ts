import type { Database } from "../../db/client.js";
import { providers } from "../../db/schema.js";
import type { OrderKey, Page, PageArgs } from "../../sql/pagination.js";
import { keysetPage, rowsWhereIn } from "../../sql/queries.js";
import { Provider } from "./provider.type.js";

const byName: OrderKey<Provider>[] = [
  { column: providers.name, direction: "asc", type: "string", value: (p) => p.name },
  // Two providers of one name (hosts spelled apart by two catalogs) keep one order whatever order
  // they were added in.
  { column: providers.slug, direction: "asc", type: "string", value: (p) => p.slug },
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
