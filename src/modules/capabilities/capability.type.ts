import { Field, ObjectType } from "type-graphql";
import type { capabilities } from "../../db/schema.js";
import { toGlobalId } from "../../graphql/ids.js";
import { Node } from "../../graphql/node.type.js";

@ObjectType({
  implements: Node,
  description: "Something a model can do: vision, tool calling, reasoning…",
})
export class Capability extends Node {
  rowId!: number;

  @Field(() => String, { description: 'Stable, lower-kebab handle, e.g. "tool-calling".' })
  slug!: string;

  @Field(() => String, { description: 'Its name, e.g. "Tool calling".' })
  name!: string;

  @Field(() => String, { nullable: true, description: "What having it means." })
  description!: string | null;

  static fromRow(row: typeof capabilities.$inferSelect): Capability {
    const { id, ...fields } = row;
    return Object.assign(new Capability(), fields, { rowId: id, id: toGlobalId("Capability", id) });
  }
}
