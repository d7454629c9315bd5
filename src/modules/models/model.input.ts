import { Field, InputType, Int } from "type-graphql";
import type { Modality as ModalityValue } from "../../db/tables/enums.js";
import { OrderDirection, registerStringEnum } from "../../shared/enums.js";
import { Modality } from "./model.type.js";

export const modelOrderFields = ["NAME", "RELEASE_DATE", "CONTEXT_WINDOW"] as const;
export type ModelOrderField = (typeof modelOrderFields)[number];
export const ModelOrderField = registerStringEnum(
  "ModelOrderField",
  modelOrderFields,
  "What a list of models can be sorted by. Ties are broken by the order models were added.",
  {
    NAME: "The model's name.",
    RELEASE_DATE: "The day it was released; unknown dates last.",
    CONTEXT_WINDOW: "Its context window; unknown sizes last.",
  },
);

@InputType({ description: "Narrows a list of models; every field given must hold." })
export class ModelFilter {
  @Field(() => String, {
    nullable: true,
    description: "Words that must all appear in the name, slug, aliases, tagline or description.",
  })
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'The maker\'s slug, e.g. "openai".' })
  provider?: string | null;

  @Field(() => String, { nullable: true, description: 'The family, e.g. "o-series" (any case).' })
  family?: string | null;

  @Field(() => Modality, { nullable: true, description: "Models that take this kind of input." })
  inputModality?: ModalityValue | null;

  @Field(() => Modality, { nullable: true, description: "Models that give this kind of output." })
  outputModality?: ModalityValue | null;

  @Field(() => String, {
    nullable: true,
    description: 'Models with this capability slug, e.g. "vision".',
  })
  capability?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "Models whose context window is at least this many tokens.",
  })
  minContextWindow?: number | null;
}

@InputType({ description: "How to sort a list of models." })
export class ModelOrder {
  @Field(() => ModelOrderField, { description: "What to sort by." })
  field!: ModelOrderField;

  @Field(() => OrderDirection, { defaultValue: "ASC", description: "Which way to sort." })
  direction!: OrderDirection;
}
