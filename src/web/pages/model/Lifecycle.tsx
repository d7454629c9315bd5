import { Link } from "wouter";
import { day, ratio, words } from "../../format";
import type { PageModel } from "./PageModel";

/** The model's status on each channel, its lifecycle timeline, and where to move when it retires. */
export function Lifecycle({ model }: { model: PageModel }) {
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
