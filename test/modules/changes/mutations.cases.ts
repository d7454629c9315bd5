// The mutations the write tests run, shared by mutations.test.ts and invalid-writes.test.ts.

/** A payload's userError as the tests select it. */
export interface UserError {
  field: string[] | null;
  message: string;
  code: string;
}

/** Every mutation, with input that is valid against the seeded catalog. */
export const valid: { name: string; query: string; variables: Record<string, unknown> }[] = [
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
