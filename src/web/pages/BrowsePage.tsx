import { useState } from "react";
import { Link, useLocation, useSearch } from "wouter";
import { useQuery } from "urql";
import { graphql } from "../gql";
import type { Channel, ModelFilter, ModelStatus } from "../gql/graphql";
import { money, tokens, words } from "../format";

/** The browse page's one operation: a page of models through `ModelFilter`. */
export const BrowseQuery = graphql(`
  query WebBrowse($filter: ModelFilter, $first: Int, $after: String) {
    models(filter: $filter, first: $first, after: $after, orderBy: { field: NAME }) {
      totalCount
      nodes {
        slug
        name
        provider {
          name
        }
        contextWindow
        inputModalities
        status(channel: API)
        prices(tier: STANDARD) {
          inputPerMillion
          outputPerMillion
          currency
          minPromptTokens
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const PAGE_SIZE = 25;
const statuses: ModelStatus[] = ["ACTIVE", "PREVIEW", "DEPRECATED", "RETIRED", "UNKNOWN"];
const channels: Channel[] = ["API", "CHAT_APP", "AZURE", "AWS_BEDROCK", "GOOGLE_VERTEX"];
const modalities = ["TEXT", "IMAGE", "AUDIO", "VIDEO", "PDF"] as const;

/** The filter fields the address carries, as the form edits them. */
const fields = [
  "search",
  "provider",
  "capability",
  "inputModality",
  "status",
  "channel",
  "minContextWindow",
  "maxInputPricePerMillion",
  "after",
] as const;
type Fields = Record<(typeof fields)[number], string>;

function filterOf(f: Fields): ModelFilter {
  const filter: ModelFilter = {};
  if (f.search) filter.search = f.search;
  if (f.provider) filter.provider = f.provider;
  if (f.capability) filter.capability = f.capability;
  if (f.inputModality) filter.inputModality = f.inputModality as ModelFilter["inputModality"];
  if (f.status) filter.status = f.status as ModelStatus;
  if (f.channel) filter.channel = f.channel as Channel;
  if (f.minContextWindow && Number(f.minContextWindow) > 0)
    filter.minContextWindow = Math.round(Number(f.minContextWindow));
  if (f.maxInputPricePerMillion && Number(f.maxInputPricePerMillion) >= 0)
    filter.maxInputPricePerMillion = Number(f.maxInputPricePerMillion);
  return filter;
}

export function BrowsePage() {
  const search = new URLSearchParams(useSearch());
  const [, navigate] = useLocation();
  const current = Object.fromEntries(fields.map((k) => [k, search.get(k) ?? ""])) as Fields;
  const [draft, setDraft] = useState(current);
  const [{ data, fetching, error }] = useQuery({
    query: BrowseQuery,
    variables: { filter: filterOf(current), first: PAGE_SIZE, after: current.after || null },
  });
  const go = (next: Partial<Fields>) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...draft, after: "", ...next })) if (v) params.set(k, v);
    navigate(`/models?${params.toString()}`);
  };
  const input = (
    key: keyof Fields,
    label: string,
    props: React.InputHTMLAttributes<HTMLInputElement> = {},
  ) => (
    <label>
      {label}
      <input
        {...props}
        value={draft[key]}
        onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
      />
    </label>
  );
  const select = (key: keyof Fields, label: string, options: readonly string[]) => (
    <label>
      {label}
      <select value={draft[key]} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}>
        <option value="">any</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {words(o)}
          </option>
        ))}
      </select>
    </label>
  );
  const page = data?.models;
  return (
    <article>
      <h1>Models</h1>
      <form
        className="compare-form"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          go({});
        }}
      >
        {input("search", "Search")}
        {input("provider", "Provider (slug)")}
        {input("capability", "Capability (slug)")}
        {select("inputModality", "Input", modalities)}
        {select("status", "Status", statuses)}
        {select("channel", "On channel", channels)}
        {input("minContextWindow", "Context at least", { inputMode: "numeric" })}
        {input("maxInputPricePerMillion", "Input price at most ($/1M)", { inputMode: "decimal" })}
        <button type="submit">Filter</button>
      </form>
      {error ? <p role="alert">{error.graphQLErrors[0]?.message ?? error.message}</p> : null}
      {fetching && !page ? <p aria-busy="true">Loading…</p> : null}
      {page ? (
        <>
          <p className="note">{page.totalCount} models</p>
          <table className="browse">
            <thead>
              <tr>
                <th scope="col">Model</th>
                <th scope="col">Provider</th>
                <th scope="col">API status</th>
                <th scope="col">Context</th>
                <th scope="col">Input / output per 1M</th>
              </tr>
            </thead>
            <tbody>
              {page.nodes.map((m) => {
                const p = m.prices.find((x) => x.minPromptTokens == null);
                return (
                  <tr key={m.slug}>
                    <th scope="row">
                      <Link href={`/models/${m.slug}`}>{m.name}</Link>
                    </th>
                    <td>{m.provider.name}</td>
                    <td className={`status ${m.status}`}>{words(m.status)}</td>
                    <td>{tokens(m.contextWindow)}</td>
                    <td>
                      {p
                        ? `${money(p.inputPerMillion, p.currency)} / ${money(p.outputPerMillion, p.currency)}`
                        : "—"}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {page.pageInfo.hasNextPage ? (
            <button
              type="button"
              onClick={() => go({ ...current, after: page.pageInfo.endCursor ?? "" })}
            >
              Next page
            </button>
          ) : null}
        </>
      ) : null}
    </article>
  );
}
