import { Link } from "wouter";
import { useQuery } from "urql";
import { graphql } from "../gql";
import { Benchmarks } from "./model/Benchmarks";
import { Lifecycle } from "./model/Lifecycle";
import { PriceHistory } from "./model/PriceHistory";
import { Prices } from "./model/Prices";
import { Related } from "./model/Related";
import { Conflicts, Sources } from "./model/Sources";
import { Specs } from "./model/Specs";

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
      <Related model={model} />
      <Conflicts model={model} />
      <Sources model={model} />
    </article>
  );
}
