import { Field, Float, ObjectType } from "type-graphql";
import type { benchmarkResults, benchmarks } from "../../db/schema.js";
import { benchmarkCategories, type BenchmarkCategory as Category } from "../../db/tables/enums.js";
import { Connection } from "../../graphql/connection.type.js";
import { registerStringEnum } from "../../graphql/enums.js";
import { toGlobalId } from "../../graphql/ids.js";
import { Node } from "../../graphql/node.type.js";
import { DateScalar } from "../../graphql/scalars.js";

export const BenchmarkCategory = registerStringEnum(
  "BenchmarkCategory",
  benchmarkCategories,
  "What a benchmark mainly measures.",
  {
    MATH: "Mathematical problem solving (e.g. AIME).",
    CODING: "Writing, fixing or competing with code (e.g. SWE-bench, Codeforces).",
    REASONING: "Multi-step reasoning and puzzles.",
    KNOWLEDGE: "Knowledge and question answering.",
    VISION: "Understanding images, charts and documents.",
    AGENTIC: "Acting over many steps with tools.",
    GENERAL: "Broad, mixed or composite indices.",
  },
);

@ObjectType({ implements: Node, description: "A test models are scored on, with its leaderboard." })
export class Benchmark extends Node {
  rowId!: number;
  sourceId!: number | null;

  @Field(() => String, { description: 'Stable, lower-kebab handle, e.g. "aime-2025".' })
  slug!: string;

  @Field(() => String, { description: 'Its name, e.g. "AIME 2025".' })
  name!: string;

  @Field(() => BenchmarkCategory, { description: "What it mainly measures." })
  category!: Category;

  @Field(() => String, { description: 'What a score counts, e.g. "accuracy (%)" or "Elo".' })
  metric!: string;

  @Field(() => Boolean, { description: "Whether a higher score is a better one." })
  higherIsBetter!: boolean;

  @Field(() => String, { nullable: true, description: "What it tests and how." })
  description!: string | null;

  @Field(() => String, { nullable: true, description: "Where it is published." })
  url!: string | null;

  static fromRow(row: typeof benchmarks.$inferSelect): Benchmark {
    const { id, ...fields } = row;
    return Object.assign(new Benchmark(), fields, { rowId: id, id: toGlobalId("Benchmark", id) });
  }
}

@ObjectType({ description: "One model's score on one benchmark, as reported." })
export class BenchmarkResult {
  rowId!: number;
  modelId!: number;
  benchmarkId!: number;
  sourceId!: number | null;

  @Field(() => Float, { description: "The score, in the benchmark's metric." })
  score!: number;

  @Field(() => String, {
    nullable: true,
    description: 'How it was run, when that matters (e.g. "no tools", "high reasoning effort").',
  })
  setting!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "The day the score was reported." })
  date!: string | null;

  static fromRow(row: typeof benchmarkResults.$inferSelect): BenchmarkResult {
    const { id, ...fields } = row;
    return Object.assign(new BenchmarkResult(), fields, { rowId: id });
  }
}

@ObjectType({ description: "A page of benchmarks." })
export class BenchmarkConnection extends Connection(Benchmark, "Benchmark", "benchmarks") {}

@ObjectType({ description: "A page of a benchmark's leaderboard." })
export class BenchmarkResultConnection extends Connection(
  BenchmarkResult,
  "BenchmarkResult",
  "results",
) {}
