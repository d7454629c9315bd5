import { useState } from "react";
import { Link, useLocation, useSearch } from "wouter";
import { useQuery } from "urql";
import { graphql } from "../gql";
import { money, ratio, tokens } from "../format";

/** The compare page's one operation: the models side by side on a day, and a workload's cost. */
export const CompareQuery = graphql(`
  query WebCompare($slugs: [String!]!, $asOf: Date, $usage: UsageInput!) {
    compareModels(slugs: $slugs, asOf: $asOf) {
      asOf
      models {
        slug
        name
        contextWindow
        maxOutputTokens
        estimateCost(asOf: $asOf, usage: $usage) {
          totalUsd
        }
      }
      prices {
        model {
          slug
        }
        price {
          inputPerMillion
          outputPerMillion
          currency
        }
        inputRelativeToFirst
        outputRelativeToFirst
        blendedPerMillion
      }
      benchmarks {
        benchmark {
          slug
          name
          metric
        }
        scores
        leader {
          slug
        }
      }
    }
  }
`);

/** A token count from the address, or the default workload's when it gives none. */
const positive = (value: string | null, fallback: number) => {
  if (value === null || value.trim() === "") return fallback;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? Math.round(n) : fallback;
};

export function ComparePage() {
  const search = new URLSearchParams(useSearch());
  const [, navigate] = useLocation();
  const slugs = (search.get("models") ?? "o4-mini,o3")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const asOf = search.get("asOf") || null;
  const usage = {
    inputTokens: positive(search.get("input"), 1_000_000),
    outputTokens: positive(search.get("output"), 200_000),
  };
  const [draft, setDraft] = useState({
    models: slugs.join(","),
    asOf: asOf ?? "",
    input: String(usage.inputTokens),
    output: String(usage.outputTokens),
  });
  const [{ data, fetching, error }] = useQuery({
    query: CompareQuery,
    variables: { slugs, asOf, usage },
  });
  const apply = (event: React.FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams({ models: draft.models.replace(/\s+/g, "") });
    if (draft.asOf) next.set("asOf", draft.asOf);
    next.set("input", draft.input);
    next.set("output", draft.output);
    navigate(`/compare?${next.toString()}`);
  };
  const comparison = data?.compareModels;
  return (
    <article>
      <h1>Compare models</h1>
      <form className="compare-form" onSubmit={apply}>
        <label>
          Models (slugs, comma-separated)
          <input
            value={draft.models}
            onChange={(e) => setDraft({ ...draft, models: e.target.value })}
          />
        </label>
        <label>
          As of
          <input
            type="date"
            value={draft.asOf}
            onChange={(e) => setDraft({ ...draft, asOf: e.target.value })}
          />
        </label>
        <label>
          Input tokens
          <input
            inputMode="numeric"
            value={draft.input}
            onChange={(e) => setDraft({ ...draft, input: e.target.value })}
          />
        </label>
        <label>
          Output tokens
          <input
            inputMode="numeric"
            value={draft.output}
            onChange={(e) => setDraft({ ...draft, output: e.target.value })}
          />
        </label>
        <button type="submit">Compare</button>
      </form>
      {fetching ? <p aria-busy="true">Loading…</p> : null}
      {error ? <p role="alert">{error.graphQLErrors[0]?.message ?? error.message}</p> : null}
      {comparison ? (
        <table className="compare">
          <caption>Prices as of {comparison.asOf}, per million tokens</caption>
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col">Input</th>
              <th scope="col">Output</th>
              <th scope="col">Input vs first</th>
              <th scope="col">Blended</th>
              <th scope="col">Context</th>
              <th scope="col">Workload cost</th>
            </tr>
          </thead>
          <tbody>
            {comparison.models.map((m) => {
              const p = comparison.prices.find((x) => x.model.slug === m.slug);
              return (
                <tr key={m.slug}>
                  <th scope="row">
                    <Link href={`/models/${m.slug}`}>{m.name}</Link>
                  </th>
                  <td>{money(p?.price?.inputPerMillion, p?.price?.currency)}</td>
                  <td>{money(p?.price?.outputPerMillion, p?.price?.currency)}</td>
                  <td>{ratio(p?.inputRelativeToFirst)}</td>
                  <td>{money(p?.blendedPerMillion)}</td>
                  <td>{tokens(m.contextWindow)}</td>
                  <td>{money(m.estimateCost?.totalUsd)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      {comparison && comparison.benchmarks.length > 0 ? (
        <table>
          <caption>Benchmarks both report</caption>
          <thead>
            <tr>
              <th scope="col">Benchmark</th>
              {comparison.models.map((m) => (
                <th scope="col" key={m.slug}>
                  {m.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {comparison.benchmarks.map((b) => (
              <tr key={b.benchmark.slug}>
                <th scope="row">{b.benchmark.name}</th>
                {b.scores.map((score, i) => (
                  <td
                    key={comparison.models[i]!.slug}
                    className={b.leader?.slug === comparison.models[i]!.slug ? "leader" : undefined}
                  >
                    {score ?? "—"}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </article>
  );
}
