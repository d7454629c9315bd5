import { Field, ObjectType } from "type-graphql";
import type { providers } from "../../db/schema.js";
import { Connection } from "../../graphql/connection.type.js";
import { toGlobalId } from "../../graphql/ids.js";
import { Node } from "../../graphql/node.type.js";

@ObjectType({
  implements: Node,
  description: "An organisation that makes models (OpenAI, Anthropic…).",
})
export class Provider extends Node {
  rowId!: number;
  sourceId!: number | null;

  @Field(() => String, { description: 'Stable, lower-kebab handle, e.g. "openai".' })
  slug!: string;

  @Field(() => String, { description: 'Its name, e.g. "OpenAI".' })
  name!: string;

  @Field(() => String, { nullable: true, description: "Its website." })
  url!: string | null;

  static fromRow(row: typeof providers.$inferSelect): Provider {
    const { id, ...fields } = row;
    return Object.assign(new Provider(), fields, { rowId: id, id: toGlobalId("Provider", id) });
  }
}

@ObjectType({ description: "A page of providers." })
export class ProviderConnection extends Connection(Provider, "Provider", "providers") {}
