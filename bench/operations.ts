// What the benchmark sends: the named operations, the model page, the heaviest accepted query.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../src/shared/paths.js";

export const page = readFileSync(
  join(projectRoot, "schema", "operations", "ModelPage.graphql"),
  "utf8",
);

/** The named operations, each as a POST body; `fresh` ones get a new comment every request, so no cache can answer. */
export const operations: { name: string; query: string; fresh: boolean }[] = [
  { name: "o4-mini page (cached)", query: page, fresh: false },
  { name: "o4-mini page (fresh)", query: page, fresh: true },
  // The floor of the stack: Apollo's pipeline and graphql's validation of a new document, no data.
  { name: "{ __typename } (fresh)", query: "{ __typename }", fresh: true },
  {
    name: "50 models, nested",
    query: `{ models(first: 50) { nodes { slug name provider { name } prices { tier inputPerMillion outputPerMillion } benchmarkResults { score benchmark { slug } } successors { slug } } } }`,
    fresh: true,
  },
  {
    name: "20-item page",
    query: `{ models(first: 20) { nodes { slug name releaseDate contextWindow provider { name } } } }`,
    fresh: true,
  },
  {
    name: "successor walk (10 deep)",
    query: `query ($slug: String! = "WALK") { model(slug: $slug) { successorChain(maxDepth: 10) { depth model { slug } } } }`,
    fresh: true,
  },
  {
    name: "comparison",
    query: `{ compareModels(slugs: ["o4-mini", "o3", "o3-mini"], asOf: "2025-05-01") { prices { inputRelativeToFirst blendedPerMillion } benchmarks { scores leader { slug } } } }`,
    fresh: true,
  },
  {
    name: "retired models, cheapest first",
    query: readFileSync(
      join(projectRoot, "schema", "operations", "ModelsByStatus.graphql"),
      "utf8",
    ),
    fresh: true,
  },
  {
    name: "leaderboard",
    query: `{ benchmark(slug: "aime-2025") { results(first: 20) { nodes { score model { slug name } } } } }`,
    fresh: true,
  },
];

/**
 * The heaviest kind of query the default limits accept: two orderings computed over every model,
 * one with its count (about 40,000 of the 50,000 points at 100,000 models).
 */
export const heavy = `{ a: models(first: 100, orderBy: { field: BENCHMARK_SCORE, benchmark: "aime-2025" }) { totalCount } b: models(first: 100, orderBy: { field: OUTPUT_PRICE }) { nodes { slug } } }`;
