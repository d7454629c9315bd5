import { Link } from "wouter";
import { useQuery } from "urql";
import { graphql } from "../gql";
import type { WebModelPageQuery } from "../gql/graphql";
import { day, money, ratio, tokens, words } from "../format";
import { PriceHistory } from "./PriceHistory";

/** The model page's one operation: every fact the page shows, with its sources. */
export const ModelPageQuery = graphql(`
  query WebModelPage($slug: String!) {
    model(slug: $slug) {
      slug
      name
      tagline
      description
      provider {
        slug
        name
      }
      releaseDate
      releaseDatePrecision
      knowledgeCutoff
      knowledgeCutoffPrecision
      contextWindow
      maxOutputTokens
      intelligence
      speed
      outputTokensPerSecond
      timeToFirstTokenSeconds
      fineTunable
      openWeights
      inputModalities
      outputModalities
      capabilities {
        slug
        name
        description
      }
      bestFor
      limitations
      faq {
        question
        answer
      }
      prices {
        tier
        currency
        inputPerMillion
        outputPerMillion
        cachedInputPerMillion
        minPromptTokens
        effectiveFrom
        source {
          title
        }
      }
      priceHistory {
        tier
        currency
        minPromptTokens
        inputPerMillion
        outputPerMillion
        effectiveFrom
        effectiveTo
        source {
          title
        }
      }
      benchmarkResults {
        score
        setting
        benchmark {
          slug
          name
          metric
        }
        source {
          title
        }
      }
      api: status(channel: API)
      chat: status(channel: CHAT_APP)
      lifecycle {
        channel
        stage
        date
        note
        source {
          title
          url
        }
      }
      recommendedReplacement {
        slug
        name
      }
      replacementAdvice {
        kind
        inputPriceRatio
        outputPriceRatio
        contextWindowRatio
      }
      relations(direction: OUTGOING) {
        kind
        note
        inferred
        to {
          slug
          name
        }
      }
      siblings: relations(kinds: [SIBLING]) {
        to {
          slug
          name
          benchmarkResults {
            score
            setting
            benchmark {
              slug
            }
          }
        }
      }
      conflicts {
        field
        value
        otherValue
        otherSource {
          title
        }
      }
      sources {
        title
        url
        publisher
      }
    }
  }
`);

type PageModel = NonNullable<WebModelPageQuery["model"]>;

function Specs({ model }: { model: PageModel }) {
  const specs: [string, string][] = [
    ["Intelligence", words(model.intelligence)],
    ["Speed", words(model.speed)],
    ["Context window", tokens(model.contextWindow)],
    ["Max output", tokens(model.maxOutputTokens)],
    ["Knowledge cutoff", day(model.knowledgeCutoff, model.knowledgeCutoffPrecision)],
    ["Released", day(model.releaseDate, model.releaseDatePrecision)],
    [
      "Output speed",
      model.outputTokensPerSecond == null ? "—" : `${model.outputTokensPerSecond} tokens/s`,
    ],
    [
      "First token",
      model.timeToFirstTokenSeconds == null ? "—" : `${model.timeToFirstTokenSeconds} s`,
    ],
    ["Input", model.inputModalities.map(words).join(", ") || "—"],
    ["Output", model.outputModalities.map(words).join(", ") || "—"],
    ["Fine-tunable", model.fineTunable == null ? "—" : model.fineTunable ? "Yes" : "No"],
  ];
  return (
    <section aria-labelledby="specs">
      <h2 id="specs">Specs &amp; capabilities</h2>
      <p className="note">
        How {model.name} stacks up — intelligence, speed, context, and modalities.
      </p>
      <dl className="specs">
        {specs.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <ul className="badges" aria-label="Capabilities">
        {model.capabilities.map((c) => (
          <li key={c.slug} title={c.description ?? undefined}>
            {c.name}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Prices({ model }: { model: PageModel }) {
  if (model.prices.length === 0) return null;
  const standard = model.prices.find((p) => p.tier === "STANDARD" && p.minPromptTokens == null);
  return (
    <section aria-labelledby="prices">
      <h2 id="prices">Prices</h2>
      <table>
        <caption>Per million tokens, by tier</caption>
        <thead>
          <tr>
            <th scope="col">Tier</th>
            <th scope="col">Input</th>
            <th scope="col">Cached input</th>
            <th scope="col">Output</th>
            <th scope="col">Since</th>
          </tr>
        </thead>
        <tbody>
          {model.prices.map((p) => {
            const discount =
              standard && p !== standard && p.inputPerMillion != null && standard.inputPerMillion
                ? 1 - p.inputPerMillion / standard.inputPerMillion
                : null;
            return (
              <tr key={`${p.tier}-${p.minPromptTokens ?? 0}`} title={p.source?.title}>
                <th scope="row">
                  {words(p.tier)}
                  {p.minPromptTokens != null ? ` (over ${tokens(p.minPromptTokens)})` : ""}
                  {discount != null && discount > 0 ? (
                    <span className="note"> {Math.round(discount * 100)}% off</span>
                  ) : null}
                </th>
                <td>{money(p.inputPerMillion, p.currency)}</td>
                <td>{money(p.cachedInputPerMillion, p.currency)}</td>
                <td>{money(p.outputPerMillion, p.currency)}</td>
                <td>{day(p.effectiveFrom)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function Lifecycle({ model }: { model: PageModel }) {
  const channels = [...new Set(model.lifecycle.map((e) => e.channel))];
  return (
    <section aria-labelledby="lifecycle">
      <h2 id="lifecycle">Status</h2>
      <p>
        API: <strong className={`status ${model.api}`}>{words(model.api)}</strong>
        {model.chat !== "UNKNOWN" ? (
          <>
            {" · "}Chat app: <strong className={`status ${model.chat}`}>{words(model.chat)}</strong>
          </>
        ) : null}
      </p>
      {channels.map((channel) => (
        <div key={channel} className="timeline">
          <h3>{words(channel).replace("Api", "API")}</h3>
          <ol>
            {model.lifecycle
              .filter((e) => e.channel === channel)
              .map((e) => (
                <li key={`${e.stage}-${e.date}`} title={e.source?.title ?? undefined}>
                  <time dateTime={e.date}>{day(e.date)}</time> <strong>{words(e.stage)}</strong>
                  {e.note ? <span className="note"> — {e.note}</span> : null}
                </li>
              ))}
          </ol>
        </div>
      ))}
      {model.recommendedReplacement ? (
        <p className="replacement">
          Move to{" "}
          <Link href={`/models/${model.recommendedReplacement.slug}`}>
            {model.recommendedReplacement.name}
          </Link>
          {model.replacementAdvice ? <Advice advice={model.replacementAdvice} /> : null}
        </p>
      ) : null}
    </section>
  );
}

/** How the replacement was found and what it costs against this model, where both are priced. */
function Advice({ advice }: { advice: NonNullable<PageModel["replacementAdvice"]> }) {
  const parts = [
    { NAMED: "named by the maker", SOURCED: "a stated successor", INFERRED: "inferred" }[
      advice.kind
    ],
    advice.inputPriceRatio != null ? `input price ${ratio(advice.inputPriceRatio)}` : null,
    advice.outputPriceRatio != null ? `output price ${ratio(advice.outputPriceRatio)}` : null,
    advice.contextWindowRatio != null ? `context ${ratio(advice.contextWindowRatio)}` : null,
  ].filter((part) => part != null);
  return <span className="note"> ({parts.join("; ")})</span>;
}

function Benchmarks({ model }: { model: PageModel }) {
  if (model.benchmarkResults.length === 0) return null;
  // Scored against the sibling the page compares it with (o4-mini against o3), where there is one.
  const sibling = model.siblings[0]?.to;
  const siblingScore = (slug: string, setting: string | null | undefined) =>
    sibling?.benchmarkResults.find(
      (r) => r.benchmark.slug === slug && (r.setting ?? null) === (setting ?? null),
    )?.score;
  return (
    <section aria-labelledby="benchmarks">
      <h2 id="benchmarks">Benchmarks</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Benchmark</th>
            <th scope="col">{model.name}</th>
            {sibling ? (
              <th scope="col">
                <Link href={`/models/${sibling.slug}`}>{sibling.name}</Link>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {model.benchmarkResults.map((r) => (
            <tr key={`${r.benchmark.slug}-${r.setting ?? ""}`} title={r.source?.title}>
              <th scope="row">
                {r.benchmark.name}
                {r.setting ? <span className="note"> ({r.setting})</span> : null}
              </th>
              <td>
                {r.score} <span className="note">{r.benchmark.metric}</span>
              </td>
              {sibling ? <td>{siblingScore(r.benchmark.slug, r.setting) ?? "—"}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function ModelPage({ slug }: { slug: string }) {
  const [{ data, fetching, error }] = useQuery({
    query: ModelPageQuery,
    variables: { slug: decodeURIComponent(slug) },
  });
  if (fetching) return <p aria-busy="true">Loading…</p>;
  if (error) return <p role="alert">Could not load the model: {error.message}</p>;
  const model = data?.model;
  if (!model)
    return (
      <section>
        <h1>No model “{decodeURIComponent(slug)}”</h1>
        <p>
          No model has that slug or alias. <Link href="/">Search again</Link>.
        </p>
      </section>
    );
  return (
    <article className="model">
      <header>
        <p className="provider">{model.provider.name}</p>
        <h1>{model.name}</h1>
        {model.tagline ? <p className="tagline">{model.tagline}</p> : null}
      </header>
      {model.description ? (
        <section aria-labelledby="about">
          <h2 id="about">About {model.name}</h2>
          <p>{model.description}</p>
        </section>
      ) : null}
      {model.bestFor.length > 0 ? (
        <section aria-labelledby="best-for">
          <h2 id="best-for">Best for</h2>
          <ul>
            {model.bestFor.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <Specs model={model} />
      <Prices model={model} />
      <PriceHistory periods={model.priceHistory} />
      <Lifecycle model={model} />
      <Benchmarks model={model} />
      {model.limitations.length > 0 ? (
        <section aria-labelledby="limitations">
          <h2 id="limitations">Limitations</h2>
          <ul>
            {model.limitations.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {model.faq.length > 0 ? (
        <section aria-labelledby="faq">
          <h2 id="faq">Frequently asked questions</h2>
          {model.faq.map((f) => (
            <details key={f.question} open>
              <summary>{f.question}</summary>
              <p>{f.answer}</p>
            </details>
          ))}
        </section>
      ) : null}
      {model.relations.length > 0 ? (
        <section aria-labelledby="related">
          <h2 id="related">Related models</h2>
          <p>
            <Link href={`/models/${model.slug}/lineage`}>See the lineage as a graph</Link>
          </p>
          <ul>
            {model.relations.map((r) => (
              <li key={`${r.kind}-${r.to.slug}`}>
                <span className="note">{words(r.kind)}</span>{" "}
                <Link href={`/models/${r.to.slug}`}>{r.to.name}</Link>
                {r.inferred ? <span className="note"> (inferred)</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {model.conflicts.length > 0 ? (
        <section aria-labelledby="conflicts">
          <h2 id="conflicts">Where sources disagree</h2>
          <ul>
            {model.conflicts.map((c) => (
              <li key={`${c.field}-${c.otherValue}`}>
                {c.field}: {c.value} here, {c.otherValue} per{" "}
                {c.otherSource?.title ?? "another source"}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="sources">
        <h2 id="sources">Sources</h2>
        <ul className="sources">
          {model.sources.map((s) => (
            <li key={s.title}>
              {s.url ? <a href={s.url}>{s.title}</a> : s.title}
              {s.publisher ? <span className="note"> — {s.publisher}</span> : null}
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
