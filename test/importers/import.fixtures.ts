import type { TestServer } from "../helpers/server.js";

// What the import tests share: a made-up LiteLLM cost map, and the row counts of every table.

/** A LiteLLM cost map with one made-up model at the given input price per token. */
export const liteLLMSnapshot = (input: number) => ({
  "acme-1": {
    litellm_provider: "openai",
    mode: "chat",
    input_cost_per_token: input,
    output_cost_per_token: 4e-6,
    max_input_tokens: 64000,
  },
  "azure/acme-1": {
    litellm_provider: "azure",
    mode: "chat",
    input_cost_per_token: input * 1.1,
    output_cost_per_token: 4.4e-6,
  },
});

/** How many rows each table holds: equal counts before and after mean an import added nothing. */
export function tableCounts(t: TestServer): Record<string, number> {
  const tables = t.database.sqlite
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'",
    )
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => [
      name,
      (t.database.sqlite.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n,
    ]),
  );
}
