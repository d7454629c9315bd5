import { Link } from "wouter";
import { words } from "../../format";
import type { PageModel } from "./PageModel";

/** The models this one relates to (successors, siblings…), and the way to its lineage graph. */
export function Related({ model }: { model: PageModel }) {
  if (model.relations.length === 0) return null;
  return (
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
  );
}
