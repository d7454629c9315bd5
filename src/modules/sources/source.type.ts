import { Field, ObjectType } from "type-graphql";
import type { sources } from "../../db/schema.js";
import { toGlobalId } from "../../graphql/ids.js";
import { Node } from "../../graphql/node.type.js";
import { DateScalar } from "../../graphql/scalars.js";

@ObjectType({
  implements: Node,
  description: "Where facts come from: a page, a catalog or a document. Every fact cites one.",
})
export class Source extends Node {
  rowId!: number;

  @Field(() => String, { description: 'What the source is called, e.g. "OpenAI API pricing".' })
  title!: string;

  @Field(() => String, { nullable: true, description: "Where to read it." })
  url!: string | null;

  @Field(() => String, { nullable: true, description: "Who published it." })
  publisher!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "The day its facts were read." })
  retrievedOn!: string | null;

  static fromRow(row: typeof sources.$inferSelect): Source {
    const { id, ...fields } = row;
    return Object.assign(new Source(), fields, { rowId: id, id: toGlobalId("Source", id) });
  }
}
