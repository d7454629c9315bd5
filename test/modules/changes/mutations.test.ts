import { beforeEach, describe, expect, it } from "vitest";
import { createTestServer, fixedClock, TEST_KEY, type TestServer } from "../../helpers/server.js";

interface UserError {
  field: string[] | null;
  message: string;
  code: string;
}

/** Every mutation, with input that is valid against the seeded catalog. */
const valid: { name: string; query: string; variables: Record<string, unknown> }[] = [
  {
    name: "upsertProvider",
    query: `mutation ($input: ProviderInput!) { upsertProvider(input: $input) { provider { slug name } userErrors { field message code } } }`,
    variables: {
      input: { slug: "anthropic", name: "Anthropic", url: "https://www.anthropic.com" },
    },
  },
  {
    name: "upsertModel",
    query: `mutation ($input: ModelInput!) { upsertModel(input: $input) { model { slug name aliases capabilities { slug } faq { question } } userErrors { field message code } } }`,
    variables: {
      input: {
        slug: "o4-mini-high",
        name: "o4 mini (high)",
        provider: "openai",
        aliases: ["openai/o4-mini-high"],
        capabilities: ["reasoning"],
        contextWindow: 200000,
        faq: [{ question: "Is it o4-mini?", answer: "At high reasoning effort." }],
        source: { title: "Example", url: "https://example.com/o4-mini-high" },
      },
    },
  },
  {
    name: "setPrice",
    query: `mutation ($input: PriceInput!) { setPrice(input: $input) { model { priceHistory(tier: STANDARD) { inputPerMillion effectiveFrom effectiveTo } } userErrors { field message code } } }`,
    variables: {
      input: {
        model: "o4-mini",
        tier: "STANDARD",
        inputPerMillion: 0.9,
        outputPerMillion: 3.6,
        effectiveFrom: "2026-01-01",
      },
    },
  },
  {
    name: "recordLifecycleEvent",
    query: `mutation ($input: LifecycleEventInput!) { recordLifecycleEvent(input: $input) { model { lifecycle { channel stage date } } userErrors { field message code } } }`,
    variables: {
      input: {
        model: "o3",
        channel: "API",
        stage: "RETIRED",
        date: "2026-12-11",
        note: "Shut down.",
      },
    },
  },
  {
    name: "upsertBenchmark",
    query: `mutation ($input: BenchmarkInput!) { upsertBenchmark(input: $input) { benchmark { slug name } userErrors { field message code } } }`,
    variables: {
      input: {
        slug: "gpqa-diamond",
        name: "GPQA Diamond",
        category: "KNOWLEDGE",
        metric: "accuracy (%)",
        higherIsBetter: true,
      },
    },
  },
  {
    name: "recordBenchmarkResult",
    query: `mutation ($input: BenchmarkResultInput!) { recordBenchmarkResult(input: $input) { benchmarkResult { score model { slug } benchmark { slug } } userErrors { field message code } } }`,
    variables: {
      input: {
        model: "o3",
        benchmark: "aime-2025",
        score: 90.1,
        setting: "with python",
        date: "2025-04-16",
      },
    },
  },
  {
    name: "linkModels",
    query: `mutation ($input: LinkModelsInput!) { linkModels(input: $input) { relation { kind from { slug } to { slug } note } userErrors { field message code } } }`,
    variables: {
      input: { from: "o1", to: "gpt-5", kind: "RELATED", note: "Same reasoning lineage." },
    },
  },
  {
    name: "unlinkModels",
    query: `mutation ($input: UnlinkModelsInput!) { unlinkModels(input: $input) { deletedId userErrors { field message code } } }`,
    variables: { input: { from: "o4-mini", to: "o3", kind: "SIBLING" } },
  },
  {
    name: "deleteModel",
    query: `mutation ($slug: String!) { deleteModel(slug: $slug) { deletedId userErrors { field message code } } }`,
    variables: { slug: "o1" },
  },
];

describe("mutations", () => {
  let t: TestServer;
  const snapshot = () => t.database.sqlite.serialize();
  beforeEach(async () => {
    t = await createTestServer({ clock: fixedClock("2026-11-25") });
  });

  it.each(valid)(
    "$name is refused without a key, or with a wrong one, leaving the database byte for byte",
    async ({ query, variables }) => {
      const before = snapshot();
      for (const authorization of [
        undefined,
        "Bearer wrong-key-0123456789",
        `Basic ${TEST_KEY}`,
        TEST_KEY,
      ]) {
        const result = await t.execRaw(query, variables, authorization);
        expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      }
      expect(Buffer.compare(snapshot(), before)).toBe(0);
    },
  );

  it.each(valid)("$name works with a key and is logged", async ({ name, query, variables }) => {
    const data = await t.write<
      Record<string, { userErrors: UserError[] } & Record<string, unknown>>
    >(query, variables);
    const payload = data[name]!;
    expect(payload.userErrors).toEqual([]);
    expect(
      Object.values(payload)
        .filter((v) => v !== payload.userErrors)
        .every((v) => v !== null),
    ).toBe(true);
    const { changes } = await t.exec<{
      changes: { nodes: { operation: string; actor: string; at: string }[] };
    }>(`{ changes(first: 1) { nodes { operation actor at } } }`);
    expect(changes.nodes).toEqual([
      { operation: name, actor: "tester", at: "2026-11-25T12:00:00.000Z" },
    ]);
  });

  it("upsertModel creates, then updates by slug, replacing the lists given and keeping the rest", async () => {
    const { query, variables } = valid[1]!;
    await t.write(query, variables);
    const input = {
      slug: "o4-mini-high",
      name: "o4 mini high",
      provider: "openai",
      aliases: [],
      faq: null,
    };
    await t.write(query, { input });
    const { model } = await t.exec<{
      model: { name: string; aliases: string[]; faq: unknown[]; contextWindow: number };
    }>(`{ model(slug: "o4-mini-high") { name aliases faq { question } contextWindow } }`);
    expect(model).toEqual({
      name: "o4 mini high",
      aliases: [],
      faq: [{ question: "Is it o4-mini?" }],
      contextWindow: 200000,
    });
  });

  it("shows what each write just wrote, even after the request read the same data", async () => {
    const data = await t.write<{
      a: { model: { prices: { inputPerMillion: number }[] } };
      b: { model: { prices: { inputPerMillion: number }[] } };
    }>(
      `mutation {
        a: setPrice(input: { model: "o3-mini", tier: FLEX, inputPerMillion: 1, outputPerMillion: 4, effectiveFrom: "2026-01-01" }) { model { prices(tier: FLEX, asOf: "2026-06-01") { inputPerMillion } } }
        b: setPrice(input: { model: "o3-mini", tier: FLEX, inputPerMillion: 0.5, outputPerMillion: 2, effectiveFrom: "2026-03-01" }) { model { prices(tier: FLEX, asOf: "2026-06-01") { inputPerMillion } } }
      }`,
    );
    expect(data.a.model.prices).toEqual([{ inputPerMillion: 1 }]);
    expect(data.b.model.prices).toEqual([{ inputPerMillion: 0.5 }]);
  });

  it("setPrice twice on one tier gives two periods, the first closed on the second's start", async () => {
    const setPrice = valid[2]!.query;
    const price = (inputPerMillion: number, effectiveFrom: string) => ({
      input: {
        model: "gpt-5.4-mini",
        tier: "PRIORITY",
        inputPerMillion,
        outputPerMillion: inputPerMillion * 4,
        effectiveFrom,
      },
    });
    // gpt-5.4-mini has one PRIORITY period from the catalog; start a fresh tier instead.
    await t.write(setPrice, {
      input: { ...price(1, "2026-01-01").input, tier: "FLEX", model: "o3-mini" },
    });
    const data = await t.write<{ setPrice: { model: { priceHistory: unknown[] } } }>(
      setPrice.replace("priceHistory(tier: STANDARD)", "priceHistory(tier: FLEX)"),
      { input: { ...price(0.5, "2026-03-01").input, tier: "FLEX", model: "o3-mini" } },
    );
    expect(data.setPrice.model.priceHistory).toEqual([
      { inputPerMillion: 1, effectiveFrom: "2026-01-01", effectiveTo: "2026-03-01" },
      { inputPerMillion: 0.5, effectiveFrom: "2026-03-01", effectiveTo: null },
    ]);
  });

  it("deleteModel takes the model's prices, results, events and edges with it", async () => {
    const count = (table: string) =>
      (t.database.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const before = count("models");
    await t.write(valid[8]!.query, { slug: "o3" });
    const orphans = t.database.sqlite
      .prepare(
        `SELECT (SELECT count(*) FROM prices WHERE model_id NOT IN (SELECT id FROM models))
              + (SELECT count(*) FROM model_relations WHERE from_model_id NOT IN (SELECT id FROM models) OR to_model_id NOT IN (SELECT id FROM models)) AS n`,
      )
      .get() as { n: number };
    expect(orphans.n).toBe(0);
    expect(count("models")).toBe(before - 1);
    const notices = t.database.sqlite
      .prepare(
        `SELECT count(*) AS n FROM deprecation_notices WHERE model_id NOT IN (SELECT id FROM models)`,
      )
      .get() as { n: number };
    expect(notices.n).toBe(0);
    const { model } = await t.exec<{ model: { relations: { to: { slug: string } }[] } }>(
      `{ model(slug: "o4-mini") { relations { to { slug } } } }`,
    );
    expect(model.relations.map((r) => r.to.slug)).not.toContain("o3");
  });
});

/** Invalid inputs: each must come back as userErrors naming the input path, changing nothing. */
const invalid: {
  case: string;
  mutation: number;
  variables: Record<string, unknown>;
  field: string[];
  code: string;
  /** Replaces the mutation's query, for input only a literal can carry. */
  query?: string;
  /** A write to make first. */
  before?: Record<string, unknown>;
}[] = [
  {
    case: "a negative price",
    mutation: 2,
    variables: {
      input: {
        model: "o4-mini",
        tier: "STANDARD",
        inputPerMillion: -1,
        effectiveFrom: "2026-01-01",
      },
    },
    field: ["input", "inputPerMillion"],
    code: "INVALID",
  },
  {
    case: "a non-finite price",
    mutation: 2,
    query: `mutation { setPrice(input: { model: "o4-mini", tier: STANDARD, outputPerMillion: 1e999, effectiveFrom: "2026-01-01" }) { model { slug } userErrors { field message code } } }`,
    variables: {},
    field: ["input", "outputPerMillion"],
    code: "INVALID",
  },
  {
    case: "an unknown model slug",
    mutation: 3,
    variables: { input: { model: "gpt-99", channel: "API", stage: "RETIRED", date: "2026-01-01" } },
    field: ["input", "model"],
    code: "NOT_FOUND",
  },
  {
    case: "an unknown provider",
    mutation: 1,
    variables: { input: { slug: "x-1", name: "X", provider: "nobody" } },
    field: ["input", "provider"],
    code: "NOT_FOUND",
  },
  {
    case: "an unknown benchmark",
    mutation: 5,
    variables: { input: { model: "o3", benchmark: "nope", score: 1 } },
    field: ["input", "benchmark"],
    code: "NOT_FOUND",
  },
  {
    case: "a self-link",
    mutation: 6,
    variables: { input: { from: "o3", to: "o3", kind: "RELATED" } },
    field: ["input", "to"],
    code: "INVALID",
  },
  {
    case: "a SUCCESSOR edge that duplicates one",
    mutation: 6,
    variables: { input: { from: "o4-mini", to: "gpt-5.4-mini", kind: "SUCCESSOR" } },
    field: ["input", "to"],
    code: "CONFLICT",
  },
  {
    case: "a derivation cycle",
    mutation: 6,
    before: { input: { from: "o4-mini", to: "o3", kind: "DISTILLED_FROM" } },
    variables: { input: { from: "o3", to: "o4-mini", kind: "DISTILLED_FROM" } },
    field: ["input", "to"],
    code: "CYCLE_NOT_ALLOWED",
  },
  {
    case: "a malformed slug",
    mutation: 0,
    variables: { input: { slug: "Open AI!", name: "x" } },
    field: ["input", "slug"],
    code: "INVALID",
  },
  {
    case: "a date in the wrong form",
    mutation: 3,
    variables: { input: { model: "o3", channel: "API", stage: "RETIRED", date: "11/12/2026" } },
    field: ["input", "date"],
    code: "INVALID",
  },
  {
    case: "a malformed URL",
    mutation: 4,
    variables: {
      input: {
        slug: "b-1",
        name: "B",
        category: "MATH",
        metric: "x",
        higherIsBetter: true,
        url: "not a url",
      },
    },
    field: ["input", "url"],
    code: "INVALID",
  },
  {
    case: "an impossible date inside a source",
    mutation: 0,
    variables: {
      input: { slug: "acme", name: "Acme", source: { title: "Acme", retrievedOn: "2025-13-01" } },
    },
    field: ["input", "source", "retrievedOn"],
    code: "INVALID",
  },
  {
    case: "effectiveFrom before the price in force",
    mutation: 2,
    variables: {
      input: { model: "o3", tier: "STANDARD", inputPerMillion: 1, effectiveFrom: "2025-05-01" },
    },
    field: ["input", "effectiveFrom"],
    code: "CONFLICT",
  },
  {
    case: "an alias another model already has",
    mutation: 1,
    variables: {
      input: { slug: "copycat", name: "Copycat", provider: "openai", aliases: ["openai/o4-mini"] },
    },
    field: ["input", "aliases", "0"],
    code: "CONFLICT",
  },
  {
    case: "unlinking an edge that is not there",
    mutation: 7,
    variables: { input: { from: "o3", to: "o1", kind: "SNAPSHOT_OF" } },
    field: ["input", "to"],
    code: "NOT_FOUND",
  },
];

describe("invalid writes", () => {
  it.each(invalid)(
    "$case comes back as a userError at its input path, changing nothing",
    async (c) => {
      const t = await createTestServer({ clock: fixedClock("2026-11-25") });
      const { name, query } = valid[c.mutation]!;
      if (c.before) await t.write(query, c.before);
      const before = t.database.sqlite.serialize();
      const result = await t.execRaw(c.query ?? query, c.variables, `Bearer ${TEST_KEY}`);
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      const payload = result.data?.[name] as { userErrors: UserError[] };
      expect(payload.userErrors).toContainEqual(
        expect.objectContaining({ field: c.field, code: c.code }),
      );
      expect(
        Object.entries(payload)
          .filter(([k]) => k !== "userErrors")
          .every(([, v]) => v === null),
      ).toBe(true);
      expect(Buffer.compare(t.database.sqlite.serialize(), before)).toBe(0);
    },
  );
});
