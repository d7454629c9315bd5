import { Link } from "wouter";
import type { PageModel } from "./PageModel";

/** The model's benchmark scores, beside its sibling's where it has one. */
export function Benchmarks({ model }: { model: PageModel }) {
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
