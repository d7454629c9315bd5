import { Field, Int, ObjectType } from "type-graphql";
import type { offerings } from "../../db/schema.js";

@ObjectType({
  description:
    "The same model served by a host (Azure, Bedrock, OpenRouter…) under the host's own id and prices.",
})
export class Offering {
  rowId!: number;
  modelId!: number;
  hostId!: number;
  sourceId!: number | null;

  @Field(() => String, {
    description: 'The id the host serves the model under, e.g. "azure/gpt-4o".',
  })
  hostModelId!: string;

  @Field(() => Int, {
    nullable: true,
    description: "The context window the host allows, in tokens.",
  })
  contextWindow!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "The most output tokens the host allows per response.",
  })
  maxOutputTokens!: number | null;

  static fromRow(row: typeof offerings.$inferSelect): Offering {
    const { id, ...fields } = row;
    return Object.assign(new Offering(), fields, { rowId: id });
  }
}
