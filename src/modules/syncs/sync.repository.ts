import { eq } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { syncs } from "../../db/schema.js";
import type { OrderKey, Page, PageArgs } from "../../sql/pagination.js";
import { keysetPage, rowsWhereIn } from "../../sql/queries.js";
import { Sync } from "./sync.type.js";

const newestFirst: OrderKey<Sync>[] = [
  { column: syncs.id, direction: "desc", type: "number", value: (s) => s.rowId },
];

export class SyncRepository {
  constructor(private readonly db: Database) {}

  byIds(ids: readonly number[]): Sync[] {
    return rowsWhereIn(this.db, syncs, syncs.id, ids, Sync.fromRow);
  }

  /** The syncs, newest first, optionally of one catalog. */
  page(args: PageArgs, source?: string | null): Page<Sync> {
    return keysetPage({
      db: this.db,
      table: syncs,
      where: source ? eq(syncs.source, source) : undefined,
      keys: newestFirst,
      args,
      toItem: Sync.fromRow,
    });
  }
}
