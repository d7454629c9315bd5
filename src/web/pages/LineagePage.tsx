import dagre from "@dagrejs/dagre";
import { useMemo } from "react";
import { Link } from "wouter";
import { useQuery } from "urql";
import { graphql } from "../gql";
import type { WebLineageQuery } from "../gql/graphql";
import { words } from "../format";

/** The lineage page's one operation: a model's edges either way, and its successor walk. */
export const LineageQuery = graphql(`
  query WebLineage($slug: String!) {
    model(slug: $slug) {
      slug
      name
      status(channel: API)
      relations(direction: BOTH) {
        ...LineageEdge
      }
      successorChain(maxDepth: 4) {
        via {
          ...LineageEdge
        }
      }
    }
  }

  fragment LineageEdge on ModelRelation {
    kind
    inferred
    confidence
    since
    note
    from {
      slug
      name
      status(channel: API)
    }
    to {
      slug
      name
      status(channel: API)
    }
    source {
      title
    }
  }
`);

type Edge = NonNullable<WebLineageQuery["model"]>["relations"][number];
type End = Edge["from"];

const NODE_WIDTH = 190;
const NODE_HEIGHT = 46;

interface Laid {
  nodes: (End & { x: number; y: number })[];
  edges: (Edge & { points: { x: number; y: number }[] })[];
  width: number;
  height: number;
}

/** Lays the edges out left to right in layers (dagre), each model once, each edge once. */
function layout(start: End, edges: Edge[]): Laid {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: "LR", nodesep: 24, ranksep: 70, marginx: 8, marginy: 8 });
  g.setDefaultEdgeLabel(() => ({}));
  const ends = new Map<string, End>([[start.slug, start]]);
  const unique = new Map<string, Edge>();
  for (const e of edges) {
    ends.set(e.from.slug, e.from);
    ends.set(e.to.slug, e.to);
    unique.set(`${e.from.slug}>${e.to.slug}:${e.kind}`, e);
  }
  for (const slug of ends.keys()) g.setNode(slug, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const [name, e] of unique) g.setEdge(e.from.slug, e.to.slug, {}, name);
  dagre.layout(g);
  return {
    nodes: [...ends.values()].map((end) => ({
      ...end,
      x: g.node(end.slug).x,
      y: g.node(end.slug).y,
    })),
    edges: [...unique.entries()].map(([name, e]) => ({
      ...e,
      points: g.edge({ v: e.from.slug, w: e.to.slug, name }).points ?? [],
    })),
    width: g.graph().width ?? 0,
    height: g.graph().height ?? 0,
  };
}

export function LineagePage({ slug }: { slug: string }) {
  const [{ data, fetching, error }] = useQuery({
    query: LineageQuery,
    variables: { slug: decodeURIComponent(slug) },
  });
  const model = data?.model;
  const laid = useMemo(
    () =>
      model
        ? layout(model, [...model.relations, ...model.successorChain.map((step) => step.via)])
        : null,
    [model],
  );
  if (fetching) return <p aria-busy="true">Loading…</p>;
  if (error) return <p role="alert">Could not load the lineage: {error.message}</p>;
  if (!model || !laid) return <h1>No model “{decodeURIComponent(slug)}”</h1>;
  return (
    <article>
      <p>
        <Link href={`/models/${model.slug}`}>← {model.name}</Link>
      </p>
      <h1>Lineage of {model.name}</h1>
      <p className="note">
        Successors, snapshots and relatives, left to right. Dashed edges are inferred by a rule;
        grey models are retired from the API.
      </p>
      <div className="graph">
        <svg
          role="img"
          aria-label={`The models around ${model.name}`}
          width={laid.width}
          height={laid.height}
          viewBox={`0 0 ${laid.width} ${laid.height}`}
        >
          <defs>
            <marker
              id="arrow"
              viewBox="0 0 10 10"
              refX="10"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto"
            >
              <path d="M0,0 L10,5 L0,10 z" fill="currentColor" />
            </marker>
          </defs>
          {laid.edges.map((e) => (
            <g
              key={`${e.from.slug}>${e.to.slug}:${e.kind}`}
              className={`edge ${e.kind} ${e.inferred ? "inferred" : ""}`}
            >
              <title>
                {`${e.from.name} → ${e.to.name}: ${words(e.kind)}${e.inferred ? ` (inferred, confidence ${e.confidence})` : ""}${e.since ? ` since ${e.since}` : ""}${e.source ? ` — ${e.source.title}` : ""}`}
              </title>
              <polyline
                points={e.points.map((p) => `${p.x},${p.y}`).join(" ")}
                fill="none"
                stroke="currentColor"
                strokeDasharray={e.inferred ? "6 4" : undefined}
                markerEnd="url(#arrow)"
              />
            </g>
          ))}
          {laid.nodes.map((n) => (
            <a key={n.slug} href={`/models/${n.slug}/lineage`} className={`node ${n.status}`}>
              <rect
                x={n.x - NODE_WIDTH / 2}
                y={n.y - NODE_HEIGHT / 2}
                width={NODE_WIDTH}
                height={NODE_HEIGHT}
                rx={8}
                className={n.slug === model.slug ? "current" : undefined}
              />
              <text x={n.x} y={n.y - 3} textAnchor="middle">
                {n.name.length > 26 ? `${n.name.slice(0, 25)}…` : n.name}
              </text>
              <text x={n.x} y={n.y + 14} textAnchor="middle" className="status-text">
                {words(n.status)}
              </text>
            </a>
          ))}
        </svg>
      </div>
      <h2>Edges</h2>
      <ul>
        {laid.edges.map((e) => (
          <li key={`${e.from.slug}>${e.to.slug}:${e.kind}`}>
            <Link href={`/models/${e.from.slug}`}>{e.from.name}</Link> → {words(e.kind)} →{" "}
            <Link href={`/models/${e.to.slug}`}>{e.to.name}</Link>
            {e.inferred ? <span className="note"> (inferred)</span> : null}
            {e.since ? <span className="note"> since {e.since}</span> : null}
            {e.source ? <span className="note"> — {e.source.title}</span> : null}
          </li>
        ))}
      </ul>
    </article>
  );
}
