import { day, money, tokens, words } from "../../format";
import type { PageModel } from "./PageModel";

/** The prices in force, one row a tier, each with its discount on the standard input price. */
export function Prices({ model }: { model: PageModel }) {
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
