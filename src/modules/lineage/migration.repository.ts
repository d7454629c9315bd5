import { and, between, eq } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { lifecycleEvents } from "../../db/schema.js";
import type { Channel } from "../../db/tables/enums.js";
import type { OrderKey, Page, PageArgs } from "../../sql/pagination.js";
import { keysetPage } from "../../sql/queries.js";
import { Migration } from "./lineage.type.js";

const soonestFirst: OrderKey<Migration>[] = [
  { column: lifecycleEvents.date, direction: "asc", type: "string", value: (m) => m.retiresOn },
  { column: lifecycleEvents.id, direction: "asc", type: "number", value: (m) => m.eventId },
];

export class MigrationRepository {
  constructor(private readonly db: Database) {}

  /** The RETIRED events from `from` to `before` (both included), soonest first. */
  page(args: PageArgs, from: string, before: string, channel: Channel | null): Page<Migration> {
    return keysetPage({
      db: this.db,
      table: lifecycleEvents,
      where: and(
        eq(lifecycleEvents.stage, "RETIRED"),
        between(lifecycleEvents.date, from, before),
        channel ? eq(lifecycleEvents.channel, channel) : undefined,
      ),
      keys: soonestFirst,
      args,
      toItem: Migration.fromEvent,
    });
  }
}
