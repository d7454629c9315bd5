import { useEffect, useMemo, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { day, money, words } from "../../format";

export interface Period {
  tier: string;
  currency: string;
  minPromptTokens?: number | null;
  inputPerMillion?: number | null;
  outputPerMillion?: number | null;
  effectiveFrom?: string | null;
  effectiveTo?: string | null;
  source?: { title: string } | null;
}

const seconds = (date: string) => Date.parse(`${date}T00:00:00Z`) / 1000;

/**
 * The standard tier's price over time as a step chart (uPlot): input and output per million
 * tokens, each period held until the next; the periods with their sources in a table below.
 */
export function PriceHistory({ periods }: { periods: Period[] }) {
  const chart = useRef<HTMLDivElement>(null);
  const standard = useMemo(
    () =>
      periods.filter((p) => p.tier === "STANDARD" && p.minPromptTokens == null && p.effectiveFrom),
    [periods],
  );
  useEffect(() => {
    const target = chart.current;
    if (!target || standard.length === 0) return;
    const today = new Date().toISOString().slice(0, 10);
    const last = standard.at(-1)!;
    const xs = [
      ...standard.map((p) => seconds(p.effectiveFrom!)),
      seconds(last.effectiveTo ?? today),
    ];
    const values = (key: "inputPerMillion" | "outputPerMillion") => [
      ...standard.map((p) => p[key] ?? null),
      last[key] ?? null,
    ];
    const plot = new uPlot(
      {
        width: Math.min(target.clientWidth || 640, 900),
        height: 240,
        series: [
          {},
          { label: "Input", stroke: "#0b57d0", paths: uPlot.paths.stepped!({ align: 1 }) },
          { label: "Output", stroke: "#cf222e", paths: uPlot.paths.stepped!({ align: 1 }) },
        ],
        axes: [{}, { label: "USD / 1M tokens" }],
      },
      [xs, values("inputPerMillion"), values("outputPerMillion")],
      target,
    );
    return () => plot.destroy();
  }, [standard]);
  if (periods.length === 0) return null;
  return (
    <section aria-labelledby="price-history">
      <h2 id="price-history">Price history</h2>
      <div ref={chart} className="chart" role="img" aria-label="Standard price over time" />
      <table>
        <thead>
          <tr>
            <th scope="col">Tier</th>
            <th scope="col">From</th>
            <th scope="col">Until</th>
            <th scope="col">Input</th>
            <th scope="col">Output</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {periods.map((p) => (
            <tr key={`${p.tier}-${p.minPromptTokens ?? 0}-${p.effectiveFrom}`}>
              <th scope="row">{words(p.tier)}</th>
              <td>{day(p.effectiveFrom)}</td>
              <td>{p.effectiveTo ? day(p.effectiveTo) : "now"}</td>
              <td>{money(p.inputPerMillion, p.currency)}</td>
              <td>{money(p.outputPerMillion, p.currency)}</td>
              <td className="note">{p.source?.title ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
