import { eq } from "drizzle-orm";
import type { Database, Executor } from "../../db/client.js";
import { changes } from "../../db/schema.js";
import type { OrderKey, Page, PageArgs } from "../../sql/pagination.js";
import { keysetPage, rowsWhereIn } from "../../sql/queries.js";
import { Change } from "./change.type.js";

/** What a write tells the log about itself. */
export interface ChangeEntry {
  operation: string;
  target: string;
  /** The model the write concerns, if any: `changes(model:)` finds it by this slug. */
  modelSlug?: string | null;
  summary?: string | null;
}

const newestFirst: OrderKey<Change>[] = [
  { column: changes.id, direction: "desc", type: "number", value: (c) => c.rowId },
];

export class ChangeRepository {
  constructor(private readonly db: Database) {}

  append(tx: Executor, entry: ChangeEntry & { at: string; actor: string }): void {
    tx.insert(changes).values(entry).run();
  }

  byIds(ids: readonly number[]): Change[] {
    return rowsWhereIn(this.db, changes, changes.id, ids, Change.fromRow);
  }

  /** The log, newest first, optionally of one model. */
  page(args: PageArgs, modelSlug?: string | null): Page<Change> {
    return keysetPage({
      db: this.db,
      table: changes,
      where: modelSlug ? eq(changes.modelSlug, modelSlug) : undefined,
      keys: newestFirst,
      args,
      toItem: Change.fromRow,
    });
  }
}
