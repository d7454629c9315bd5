import { Field, Float, InputType, Int, ObjectType } from "type-graphql";
import { Price } from "./price.type.js";

@InputType({ description: "How many tokens a workload uses." })
export class UsageInput {
  @Field(() => Int, { description: "Input (prompt) tokens not read from the prompt cache." })
  inputTokens!: number;

  @Field(() => Int, { description: "Output tokens, reasoning tokens included." })
  outputTokens!: number;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 0,
    description:
      "Input tokens read from the prompt cache, on top of `inputTokens`; priced at the cached-input price where there is one, else at the input price.",
  })
  cachedInputTokens!: number | null;
}

@ObjectType({
  description:
    "What a workload costs at a model's prices in force on a day, in the price's currency.",
})
export class CostEstimate {
  @Field(() => Float, { description: "inputUsd + cachedInputUsd + outputUsd." })
  totalUsd!: number;

  @Field(() => Float, { description: "What the uncached input tokens cost." })
  inputUsd!: number;

  @Field(() => Float, { description: "What the output tokens cost." })
  outputUsd!: number;

  @Field(() => Float, { description: "What the cached input tokens cost." })
  cachedInputUsd!: number;

  @Field(() => Price, {
    description:
      "The price applied: the tier's base price, or its long-context price when the prompt is above that price's threshold.",
  })
  price!: Price;
}
