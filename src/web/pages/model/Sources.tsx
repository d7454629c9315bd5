import type { PageModel } from "./PageModel";

/** The facts on which sources disagree: the value shown here and what another source states. */
export function Conflicts({ model }: { model: PageModel }) {
  if (model.conflicts.length === 0) return null;
  return (
    <section aria-labelledby="conflicts">
      <h2 id="conflicts">Where sources disagree</h2>
      <ul>
        {model.conflicts.map((c) => (
          <li key={`${c.field}-${c.otherValue}`}>
            {c.field}: {c.value} here, {c.otherValue} per {c.otherSource?.title ?? "another source"}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Every source the page's facts cite. */
export function Sources({ model }: { model: PageModel }) {
  return (
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
  );
}
