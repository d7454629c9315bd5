import { Field, Float, Int, ObjectType } from "type-graphql";
import type { models } from "../../db/schema.js";
import {
  datePrecisions,
  intelligenceLevels,
  modalities,
  speedLevels,
  type DatePrecision as DatePrecisionValue,
  type IntelligenceLevel as IntelligenceLevelValue,
  type SpeedLevel as SpeedLevelValue,
} from "../../db/tables/enums.js";
import { Connection } from "../../graphql/connection.type.js";
import { registerStringEnum } from "../../graphql/enums.js";
import { toGlobalId } from "../../graphql/ids.js";
import { Node } from "../../graphql/node.type.js";
import { DateScalar } from "../../graphql/scalars.js";

export const Modality = registerStringEnum(
  "Modality",
  modalities,
  "A kind of content a model takes in or gives out.",
  {
    TEXT: "Plain text (including code).",
    IMAGE: "Still images.",
    AUDIO: "Sound: speech or other audio.",
    VIDEO: "Moving pictures.",
    PDF: "PDF documents, read directly.",
  },
);

export const IntelligenceLevel = registerStringEnum(
  "IntelligenceLevel",
  intelligenceLevels,
  "How capable a model is overall, relative to other current models.",
  {
    LOW: "Below most current models.",
    MEDIUM: "Around the middle of current models.",
    HIGH: "Among the stronger current models.",
    VERY_HIGH: "At the frontier.",
  },
);

export const SpeedLevel = registerStringEnum(
  "SpeedLevel",
  speedLevels,
  "How fast a model produces output, relative to other current models.",
  {
    SLOW: "Slower than most current models.",
    MEDIUM: "Around the middle of current models.",
    FAST: "Faster than most current models.",
    VERY_FAST: "Among the fastest current models.",
  },
);

export const DatePrecision = registerStringEnum(
  "DatePrecision",
  datePrecisions,
  "How much of a date its source states. A month or a year is served as its first day.",
  {
    DAY: "The day is stated (2025-04-16).",
    MONTH: "Only the month is stated (2025-04).",
    YEAR: "Only the year is stated (2025).",
  },
);

type ModelRow = typeof models.$inferSelect;

@ObjectType({ implements: Node, description: "An AI model as its maker names and ships it." })
export class Model extends Node {
  /** The row id; not part of the schema. */
  rowId!: number;
  providerId!: number;
  sourceId!: number | null;
  /** The computed value a list was sorted by (a price, a score), for its cursor. */
  sortValue?: number | null;

  @Field(() => String, { description: 'Stable, lower-kebab handle, e.g. "o4-mini".' })
  slug!: string;

  @Field(() => String, { description: 'The name as the model page shows it, e.g. "o4 mini".' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The model family, e.g. "o-series".' })
  family!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "A one-line summary of what the model is for.",
  })
  tagline!: string | null;

  @Field(() => String, { nullable: true, description: 'The "About" text of the model page.' })
  description!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "The day the model was first released." })
  releaseDate!: string | null;

  @Field(() => DatePrecision, {
    nullable: true,
    description:
      "How much of `releaseDate` its source states: a MONTH-precision date is served as the month's first day.",
  })
  releaseDatePrecision!: DatePrecisionValue | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "The last day of the model's training data, as its maker states it.",
  })
  knowledgeCutoff!: string | null;

  @Field(() => DatePrecision, {
    nullable: true,
    description:
      "How much of `knowledgeCutoff` its source states: models.dev gives months (2024-05), served as the month's first day.",
  })
  knowledgeCutoffPrecision!: DatePrecisionValue | null;

  @Field(() => Int, {
    nullable: true,
    description: "The most tokens of input (context) the model accepts.",
  })
  contextWindow!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "The most tokens the model writes in one response.",
  })
  maxOutputTokens!: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether the maker offers fine-tuning of it.",
  })
  fineTunable!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Whether its weights are published." })
  openWeights!: boolean | null;

  @Field(() => IntelligenceLevel, {
    nullable: true,
    description: "Overall capability, relative to other models.",
  })
  intelligence!: IntelligenceLevelValue | null;

  @Field(() => SpeedLevel, {
    nullable: true,
    description: "Output speed, relative to other models.",
  })
  speed!: SpeedLevelValue | null;

  @Field(() => Float, {
    nullable: true,
    description: "Measured output speed, in tokens per second.",
  })
  outputTokensPerSecond!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Measured time from request to the first output token, in seconds.",
  })
  timeToFirstTokenSeconds!: number | null;

  static fromRow(row: ModelRow): Model {
    const { id, ...fields } = row;
    return Object.assign(new Model(), fields, { rowId: id, id: toGlobalId("Model", id) });
  }
}

@ObjectType({ description: "A question people ask about a model, with its answer." })
export class FaqEntry {
  @Field(() => String, { description: "The question." })
  question!: string;

  @Field(() => String, { description: "The answer." })
  answer!: string;
}

@ObjectType({ description: "A page of models." })
export class ModelConnection extends Connection(Model, "Model", "models") {}
