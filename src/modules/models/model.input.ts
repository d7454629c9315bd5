import { Field, Float, InputType, Int, ObjectType } from "type-graphql";
import type {
  Channel as ChannelValue,
  IntelligenceLevel as IntelligenceLevelValue,
  Modality as ModalityValue,
  SpeedLevel as SpeedLevelValue,
} from "../../db/tables/enums.js";
import {
  Channel,
  ModelStatus,
  OrderDirection,
  registerStringEnum,
  type ModelStatusValue,
} from "../../graphql/enums.js";
import { DateScalar } from "../../graphql/scalars.js";
import { UserError } from "../../graphql/user-errors.js";
import { SourceInput } from "../sources/index.js";
import { IntelligenceLevel, Modality, Model, SpeedLevel } from "./model.type.js";

export const modelOrderFields = [
  "NAME",
  "RELEASE_DATE",
  "CONTEXT_WINDOW",
  "INPUT_PRICE",
  "OUTPUT_PRICE",
  "BENCHMARK_SCORE",
] as const;
export type ModelOrderField = (typeof modelOrderFields)[number];
export const ModelOrderField = registerStringEnum(
  "ModelOrderField",
  modelOrderFields,
  "What a list of models can be sorted by. Ties are broken by the order models were added.",
  {
    NAME: "The model's name.",
    RELEASE_DATE: "The day it was released; unknown dates last.",
    CONTEXT_WINDOW: "Its context window; unknown sizes last.",
    INPUT_PRICE:
      "Its STANDARD input price per million tokens in force on the filter's `asOf` (default today); unpriced models last.",
    OUTPUT_PRICE:
      "Its STANDARD output price per million tokens in force on the filter's `asOf` (default today); unpriced models last.",
    BENCHMARK_SCORE:
      "Its best score on the benchmark named in `ModelOrder.benchmark`; models without one last. Sort DESC for best first on a higher-is-better benchmark.",
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

  @Field(() => ModelStatus, {
    nullable: true,
    description: "Models with this status on `channel` on `asOf`, as `Model.status` derives it.",
  })
  status?: ModelStatusValue | null;

  @Field(() => Channel, {
    nullable: true,
    defaultValue: "API",
    description: "The channel `status` is read on.",
  })
  channel?: ChannelValue | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "The day `status`, price filters and price orders are read on (default today, UTC).",
  })
  asOf?: string | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "Models whose STANDARD input price in force on `asOf` is at most this, in USD per million tokens; unpriced models are left out.",
  })
  maxInputPricePerMillion?: number | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "Models released after this day (exclusive).",
  })
  releasedAfter?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "Models released before this day (exclusive).",
  })
  releasedBefore?: string | null;
}

@InputType({ description: "How to sort a list of models." })
export class ModelOrder {
  @Field(() => ModelOrderField, { description: "What to sort by." })
  field!: ModelOrderField;

  @Field(() => OrderDirection, {
    nullable: true,
    defaultValue: "ASC",
    description: "Which way to sort.",
  })
  direction?: OrderDirection | null;

  @Field(() => String, {
    nullable: true,
    description: 'The benchmark slug BENCHMARK_SCORE sorts by, e.g. "aime-2025"; required with it.',
  })
  benchmark?: string | null;
}

@InputType({ description: "A question and its answer, for a model's FAQ." })
export class FaqEntryInput {
  @Field(() => String, { description: "The question." })
  question!: string;

  @Field(() => String, { description: "The answer." })
  answer!: string;
}

@InputType({
  description:
    "A model to create, or to update by slug. On update an omitted field keeps its value, null clears it, and each list given replaces the stored list.",
})
export class ModelInput {
  @Field(() => String, {
    description: 'Lower-kebab handle, e.g. "o4-mini"; an existing one is updated.',
  })
  slug!: string;

  @Field(() => String, { description: 'The name as pages show it, e.g. "o4 mini".' })
  name!: string;

  @Field(() => String, { description: 'The maker\'s slug, e.g. "openai".' })
  provider!: string;

  @Field(() => [String], { nullable: true, description: "Other ids the model goes by." })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true, description: "The model family." })
  family?: string | null;

  @Field(() => String, { nullable: true, description: "A one-line summary." })
  tagline?: string | null;

  @Field(() => String, { nullable: true, description: 'The "About" text.' })
  description?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "The day it was first released." })
  releaseDate?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "The last day of its training data." })
  knowledgeCutoff?: string | null;

  @Field(() => Int, { nullable: true, description: "Its context window, in tokens." })
  contextWindow?: number | null;

  @Field(() => Int, { nullable: true, description: "The most tokens it writes in one response." })
  maxOutputTokens?: number | null;

  @Field(() => [Modality], { nullable: true, description: "What it takes in." })
  inputModalities?: ModalityValue[] | null;

  @Field(() => [Modality], { nullable: true, description: "What it gives out." })
  outputModalities?: ModalityValue[] | null;

  @Field(() => [String], {
    nullable: true,
    description: "Slugs of its capabilities, each of which must exist.",
  })
  capabilities?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: "Whether it can be fine-tuned." })
  fineTunable?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Whether its weights are published." })
  openWeights?: boolean | null;

  @Field(() => IntelligenceLevel, {
    nullable: true,
    description: "Overall capability, relative to other models.",
  })
  intelligence?: IntelligenceLevelValue | null;

  @Field(() => SpeedLevel, {
    nullable: true,
    description: "Output speed, relative to other models.",
  })
  speed?: SpeedLevelValue | null;

  @Field(() => Float, {
    nullable: true,
    description: "Measured output speed, in tokens per second.",
  })
  outputTokensPerSecond?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Measured time to the first token, in seconds.",
  })
  timeToFirstTokenSeconds?: number | null;

  @Field(() => [String], { nullable: true, description: 'The "Best for" points, in order.' })
  bestFor?: string[] | null;

  @Field(() => [String], { nullable: true, description: "What it struggles with, in order." })
  limitations?: string[] | null;

  @Field(() => [FaqEntryInput], { nullable: true, description: "Its FAQ, in order." })
  faq?: FaqEntryInput[] | null;

  @Field(() => SourceInput, { nullable: true, description: "Where these facts come from." })
  source?: SourceInput | null;
}

@ObjectType({ description: "The result of a write to a model." })
export class ModelPayload {
  @Field(() => Model, { nullable: true, description: "The model as written; null when refused." })
  model!: Model | null;

  @Field(() => [UserError], {
    description: "What was wrong with the input; empty when the write was accepted.",
  })
  userErrors!: UserError[];
}
