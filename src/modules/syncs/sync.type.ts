import { Field, ObjectType } from "type-graphql";
import type { syncs } from "../../db/schema.js";
import { syncOutcomes, type SyncOutcome as SyncOutcomeValue } from "../../db/tables/syncs.js";
import { Connection } from "../../graphql/connection.type.js";
import { registerStringEnum } from "../../graphql/enums.js";
import { toGlobalId } from "../../graphql/ids.js";
import { Node } from "../../graphql/node.type.js";
import { DateTimeScalar } from "../../graphql/scalars.js";

export const SyncOutcome = registerStringEnum(
  "SyncOutcome",
  syncOutcomes,
  "What came of pulling a catalog.",
  {
    CHANGED: "The catalog changed and was imported as a new snapshot.",
    UNCHANGED: "The catalog was as at the last sync (or its server said not modified).",
    FAILED: "The pull or the import failed; the database stayed as it was.",
    RUNNING: "Still pulling or importing.",
  },
);

@ObjectType({
  implements: Node,
  description: "One pull of a public catalog from its URL (`npm run sync`), and what came of it.",
})
export class Sync extends Node {
  rowId!: number;

  @Field(() => String, { description: 'The catalog, e.g. "litellm" or "genai-prices".' })
  source!: string;

  @Field(() => String, { nullable: true, description: "Where it was pulled from." })
  url!: string | null;

  @Field(() => DateTimeScalar, { description: "When the pull started." })
  startedAt!: string;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "When it ended; null while running.",
  })
  finishedAt!: string | null;

  @Field(() => SyncOutcome, { description: "What came of it." })
  outcome!: SyncOutcomeValue;

  @Field(() => String, {
    nullable: true,
    description: "What it changed, or why it failed, in a few words.",
  })
  summary!: string | null;

  static fromRow(row: typeof syncs.$inferSelect): Sync {
    const { id, source, url, startedAt, finishedAt, outcome, summary } = row;
    return Object.assign(new Sync(), {
      source,
      url,
      startedAt,
      finishedAt,
      outcome,
      summary,
      rowId: id,
      id: toGlobalId("Sync", id),
    });
  }
}

@ObjectType({ description: "A page of syncs, newest first." })
export class SyncConnection extends Connection(Sync, "Sync", "syncs") {}
