import "graphiql/setup-workers/vite";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import "graphiql/style.css";
import { createRoot } from "react-dom/client";

/**
 * GraphiQL, bundled with the front end and served by this server (`/explorer`): no CDN, so it
 * works offline or behind a firewall, where Apollo Sandbox at `/graphql` cannot load. The example
 * operations of schema/operations/ open as tabs, ModelPage first.
 */
const examples = import.meta.glob<string>("../../schema/operations/*.graphql", {
  query: "?raw",
  import: "default",
  eager: true,
});
const tabs = Object.entries(examples)
  .map(([path, query]) => ({ name: path.split("/").pop()!.replace(".graphql", ""), query }))
  .sort(
    (a, b) =>
      Number(b.name === "ModelPage") - Number(a.name === "ModelPage") ||
      a.name.localeCompare(b.name),
  )
  .map(({ query }) => ({ query }));

const fetcher = createGraphiQLFetcher({
  url: `${window.location.origin}/graphql`,
  headers: { "apollo-require-preflight": "true" },
});

createRoot(document.getElementById("explorer")!).render(
  <GraphiQL fetcher={fetcher} defaultTabs={tabs} />,
);
