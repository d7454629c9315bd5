import { Field, Float, InputType, Int } from "type-graphql";
import type { PriceTier as Tier } from "../../db/tables/enums.js";
import { DateScalar } from "../../graphql/scalars.js";
import { SourceInput } from "../sources/index.js";
import { PriceTier } from "./price.type.js";

@InputType({
  description:
    "A new price for a model's tier from a day on. The price in force for that tier (and threshold) closes on `effectiveFrom`.",
})
export class PriceInput {
  @Field(() => String, { description: "The model's slug or alias." })
  model!: string;

  @Field(() => PriceTier, { description: "The tier." })
  tier!: Tier;

  @Field(() => String, {
    nullable: true,
    defaultValue: "USD",
    description: "ISO 4217 currency of the amounts.",
  })
  currency?: string | null;

  @Field(() => Float, { nullable: true, description: "Per million input tokens; 0 or more." })
  inputPerMillion?: number | null;

  @Field(() => Float, { nullable: true, description: "Per million output tokens; 0 or more." })
  outputPerMillion?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Per million cached input tokens; 0 or more.",
  })
  cachedInputPerMillion?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Per million tokens written to the cache; 0 or more.",
  })
  cacheWritePerMillion?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "For a long-context price: it applies only to prompts above this many tokens.",
  })
  minPromptTokens?: number | null;

  @Field(() => DateScalar, { description: "The first day the price applies." })
  effectiveFrom!: string;

  @Field(() => SourceInput, { nullable: true, description: "Where the price comes from." })
  source?: SourceInput | null;
}
