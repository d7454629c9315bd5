import { day, tokens, words } from "../../format";
import type { PageModel } from "./PageModel";

/** The model's measures and modalities as a list of terms, and its capabilities as badges. */
export function Specs({ model }: { model: PageModel }) {
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
