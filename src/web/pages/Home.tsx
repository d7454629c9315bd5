import { useState } from "react";
import { Link, useLocation } from "wouter";

const examples = ["o4-mini", "o3", "gpt-5.6-sol", "claude-3-opus-20240229", "gemini-1.5-pro-002"];

export function Home() {
  const [, navigate] = useLocation();
  const [slug, setSlug] = useState("");
  return (
    <section className="home">
      <h1>AI models, their prices, lifecycles and lineage</h1>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (slug.trim()) navigate(`/models/${encodeURIComponent(slug.trim())}`);
        }}
      >
        <label htmlFor="slug">Open a model by its slug or any alias</label>
        <div className="row">
          <input
            id="slug"
            value={slug}
            onChange={(event) => setSlug(event.target.value)}
            placeholder="o4-mini"
            autoComplete="off"
          />
          <button type="submit">Open</button>
        </div>
      </form>
      <ul className="examples">
        {examples.map((example) => (
          <li key={example}>
            <Link href={`/models/${example}`}>{example}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
