import { count, inArray } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { providers } from "../../db/schema.js";
import {
  cursorCondition,
  orderBy,
  pageRequest,
  toPage,
  type OrderKey,
  type Page,
  type PageArgs,
} from "../../shared/pagination.js";
import { Provider } from "./provider.type.js";

const byName: OrderKey<Provider>[] = [
  { column: providers.name, direction: "asc", type: "string", value: (p) => p.name },
  { column: providers.id, direction: "asc", type: "number", value: (p) => p.rowId },
];

export class ProviderRepository {
  constructor(private readonly db: Database) {}

  byIds(ids: readonly number[]): Provider[] {
    return this.db
      .select()
      .from(providers)
      .where(inArray(providers.id, [...ids]))
      .all()
      .map(Provider.fromRow);
  }

  bySlugs(slugs: readonly string[]): Provider[] {
    return this.db
      .select()
      .from(providers)
      .where(inArray(providers.slug, [...slugs]))
      .all()
      .map(Provider.fromRow);
  }

  /** Providers by name, a page at a time. */
  page(args: PageArgs): Page<Provider> {
    const request = pageRequest(args, byName);
    const rows = this.db
      .select()
      .from(providers)
      .where(cursorCondition(byName, request))
      .orderBy(...orderBy(byName, request.backward))
      .limit(request.size + 1)
      .all()
      .map(Provider.fromRow);
    return toPage(
      rows,
      request,
      byName,
      () => this.db.select({ n: count() }).from(providers).get()?.n ?? 0,
    );
  }
}
