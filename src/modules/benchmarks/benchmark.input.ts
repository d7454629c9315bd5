import { Field, Float, InputType, ObjectType } from "type-graphql";
import type { BenchmarkCategory as Category } from "../../db/tables/enums.js";
import { DateScalar } from "../../graphql/scalars.js";
import { UserError } from "../../graphql/user-errors.js";
import { SourceInput } from "../sources/index.js";
import { Benchmark, BenchmarkCategory, BenchmarkResult } from "./benchmark.type.js";

@InputType({ description: "A benchmark to create, or to update by slug." })
export class BenchmarkInput {
  @Field(() => String, {
    description: 'Lower-kebab handle, e.g. "aime-2025"; an existing one is updated.',
  })
  slug!: string;

  @Field(() => String, { description: 'Its name, e.g. "AIME 2025".' })
  name!: string;

  @Field(() => BenchmarkCategory, { description: "What it mainly measures." })
  category!: Category;

  @Field(() => String, { description: 'What a score counts, e.g. "accuracy (%)".' })
  metric!: string;

  @Field(() => Boolean, { description: "Whether a higher score is better." })
  higherIsBetter!: boolean;

  @Field(() => String, { nullable: true, description: "What it tests and how." })
  description?: string | null;

  @Field(() => String, { nullable: true, description: "Where it is published (http or https)." })
  url?: string | null;
}

@InputType({
  description:
    "A model's score on a benchmark. A result for the same model, benchmark and setting is replaced.",
})
export class BenchmarkResultInput {
  @Field(() => String, { description: "The model's slug or alias." })
  model!: string;

  @Field(() => String, { description: "The benchmark's slug." })
  benchmark!: string;

  @Field(() => Float, { description: "The score, in the benchmark's metric." })
  score!: number;

  @Field(() => String, { nullable: true, description: 'How it was run, e.g. "no tools".' })
  setting?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "The day it was reported." })
  date?: string | null;

  @Field(() => SourceInput, { nullable: true, description: "Where it was reported." })
  source?: SourceInput | null;
}

@ObjectType({ description: "The result of upsertBenchmark." })
export class BenchmarkPayload {
  @Field(() => Benchmark, {
    nullable: true,
    description: "The benchmark as written; null when refused.",
  })
  benchmark!: Benchmark | null;

  @Field(() => [UserError], {
    description: "What was wrong with the input; empty when the write was accepted.",
  })
  userErrors!: UserError[];
}

@ObjectType({ description: "The result of recordBenchmarkResult." })
export class BenchmarkResultPayload {
  @Field(() => BenchmarkResult, {
    nullable: true,
    description: "The result as written; null when refused.",
  })
  benchmarkResult!: BenchmarkResult | null;

  @Field(() => [UserError], {
    description: "What was wrong with the input; empty when the write was accepted.",
  })
  userErrors!: UserError[];
}
