import { Field, Float, ObjectType } from "type-graphql";
import { Benchmark } from "../benchmarks/index.js";
import { Model } from "../models/index.js";
import { Price } from "../pricing/index.js";
import { DateScalar } from "../../graphql/scalars.js";

@ObjectType({
  description: "One model's STANDARD price in a comparison, relative to the first model's.",
})
export class ComparedPrice {
  @Field(() => Model, { description: "The model." })
  model!: Model;

  @Field(() => Price, {
    nullable: true,
    description: "Its STANDARD base price on the comparison's day; null when unpriced.",
  })
  price!: Price | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "Its input price divided by the first model's: 9.09 means 9.09 times as dear. Null when either is unknown or the first is free.",
  })
  inputRelativeToFirst!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "Its output price divided by the first model's. Null when either is unknown or the first is free.",
  })
  outputRelativeToFirst!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "The 3:1 input:output blend comparison sites quote, (3 × input + output) / 4, per million tokens.",
  })
  blendedPerMillion!: number | null;
}

@ObjectType({ description: "One benchmark in a comparison, with each model's score." })
export class ComparedBenchmark {
  @Field(() => Benchmark, { description: "The benchmark." })
  benchmark!: Benchmark;

  @Field(() => [Float], {
    nullable: "items",
    description:
      "Each model's best score on it, aligned with `ModelComparison.models`; null where a model has none.",
  })
  scores!: (number | null)[];

  @Field(() => Model, {
    nullable: true,
    description:
      "The model with the best score (the highest, or the lowest where lower is better); the first asked wins a tie.",
  })
  leader!: Model | null;
}

@ObjectType({
  description: "Models side by side on one day: prices, relative cost and benchmarks.",
})
export class ModelComparison {
  @Field(() => DateScalar, { description: "The day prices were read on." })
  asOf!: string;

  @Field(() => [Model], { description: "The models, in the order asked." })
  models!: Model[];

  @Field(() => [ComparedPrice], { description: "One entry per model, in the same order." })
  prices!: ComparedPrice[];

  @Field(() => [ComparedBenchmark], {
    description: "Every benchmark at least one of the models has a result on, by name.",
  })
  benchmarks!: ComparedBenchmark[];
}
