import { Field, Float, Int, ObjectType } from "type-graphql";
import type { prices } from "../../db/schema.js";
import { priceTiers, type PriceTier as Tier } from "../../db/tables/enums.js";
import { registerStringEnum } from "../../graphql/enums.js";
import { DateScalar } from "../../graphql/scalars.js";

export const PriceTier = registerStringEnum(
  "PriceTier",
  priceTiers,
  "A service tier a model is sold at; each has its own prices.",
  {
    STANDARD: "Ordinary, synchronous requests.",
    BATCH: "Asynchronous batch jobs, usually at a discount.",
    FLEX: "Slower, lower-priority processing at a lower price.",
    PRIORITY: "Faster, prioritised processing at a higher price.",
  },
);

@ObjectType({
  description:
    "What a model costs on one tier during one period, per million tokens. `effectiveTo` is exclusive.",
})
export class Price {
  rowId!: number;
  modelId!: number;
  sourceId!: number | null;

  @Field(() => PriceTier, { description: "The service tier." })
  tier!: Tier;

  @Field(() => String, { description: 'ISO 4217 currency of the amounts, e.g. "USD".' })
  currency!: string;

  @Field(() => Float, { nullable: true, description: "Per million input tokens." })
  inputPerMillion!: number | null;

  @Field(() => Float, { nullable: true, description: "Per million output tokens." })
  outputPerMillion!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Per million input tokens read from the prompt cache.",
  })
  cachedInputPerMillion!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Per million input tokens written to the prompt cache.",
  })
  cacheWritePerMillion!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Set on long-context prices: they apply only to prompts above this many tokens.",
  })
  minPromptTokens!: number | null;

  @Field(() => DateScalar, { nullable: true, description: "The first day this price applies." })
  effectiveFrom!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "The day a newer price replaced it (exclusive); null while it is still in force.",
  })
  effectiveTo!: string | null;

  /** Where its source ranks for this tier (lower is better): decides days two sources price. */
  rank!: number;

  static fromRow(row: typeof prices.$inferSelect): Price {
    const { id, ...fields } = row;
    return Object.assign(new Price(), fields, { rowId: id });
  }

  /** Whether the price applies on `day` (from inclusive, to exclusive). */
  inForceOn(day: string): boolean {
    return (
      (this.effectiveFrom === null || this.effectiveFrom <= day) &&
      (this.effectiveTo === null || day < this.effectiveTo)
    );
  }
}
