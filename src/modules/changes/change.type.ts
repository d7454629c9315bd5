import { Field, ObjectType } from "type-graphql";
import type { changes } from "../../db/schema.js";
import { Connection } from "../../graphql/connection.type.js";
import { toGlobalId } from "../../graphql/ids.js";
import { Node } from "../../graphql/node.type.js";
import { DateTimeScalar } from "../../graphql/scalars.js";

@ObjectType({
  implements: Node,
  description: "One accepted write, as the change log keeps it. Nothing rewrites it.",
})
export class Change extends Node {
  rowId!: number;

  @Field(() => DateTimeScalar, { description: "When the write was committed." })
  at!: string;

  @Field(() => String, {
    description: "Who wrote it: the name of the API key used, or the command that ran.",
  })
  actor!: string;

  @Field(() => String, { description: 'The mutation or command, e.g. "setPrice".' })
  operation!: string;

  @Field(() => String, { description: 'What it changed, e.g. "model:o4-mini".' })
  target!: string;

  @Field(() => String, { nullable: true, description: "What changed, in a few words." })
  summary!: string | null;

  static fromRow(row: typeof changes.$inferSelect): Change {
    const { id, ...fields } = row;
    return Object.assign(new Change(), fields, { rowId: id, id: toGlobalId("Change", id) });
  }
}

@ObjectType({ description: "A page of the change log, newest first." })
export class ChangeConnection extends Connection(Change, "Change", "changes") {}
