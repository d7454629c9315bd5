import { beforeAll, describe, expect, it } from "vitest";
import { createTestServer, fixedClock, type TestServer } from "../../helpers/server.js";
import { operation } from "../../helpers/operations.js";

interface Migration {
  retiresOn: string;
  channel: string;
  model: { slug: string };
  replacement: { slug: string } | null;
  replacementKind: string | null;
  inputPriceRatio: number | null;
  outputPriceRatio: number | null;
  advice: {
    contextWindowRatio: number | null;
    inputModalitiesLost: string[];
    inputModalitiesGained: string[];
  } | null;
}

interface Page {
  migrationsDue: {
    totalCount: number;
    nodes: Migration[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const query = `query ($before: Date!, $channel: Channel, $from: Date, $first: Int, $after: String) {
  migrationsDue(before: $before, channel: $channel, from: $from, first: $first, after: $after) {
    totalCount
    nodes {
      retiresOn channel model { slug } replacement { slug } replacementKind
      inputPriceRatio outputPriceRatio
      advice { contextWindowRatio inputModalitiesLost inputModalitiesGained }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe("migrations due", () => {
  let t: TestServer;
  const due = async (variables: Record<string, unknown>) =>
    (await t.exec<Page>(query, variables)).migrationsDue;

  beforeAll(async () => {
    t = await createTestServer({ clock: fixedClock("2026-12-04") });
    // A model retiring in the API with a stated successor that costs half and reads no images.
    for (const input of [
      `upsertModel(input: { slug: "acme-old", name: "Acme Old", provider: "openai", contextWindow: 100000, inputModalities: [TEXT, IMAGE], outputModalities: [TEXT] })`,
      `upsertModel(input: { slug: "acme-new", name: "Acme New", provider: "openai", contextWindow: 200000, inputModalities: [TEXT], outputModalities: [TEXT] })`,
      `setPrice(input: { model: "acme-old", tier: STANDARD, inputPerMillion: 2, outputPerMillion: 8, effectiveFrom: "2026-01-01" })`,
      `setPrice(input: { model: "acme-new", tier: STANDARD, inputPerMillion: 1, outputPerMillion: 4, effectiveFrom: "2026-01-01" })`,
      `recordLifecycleEvent(input: { model: "acme-new", channel: API, stage: RELEASED, date: "2026-06-01" })`,
      `recordLifecycleEvent(input: { model: "acme-old", channel: API, stage: RETIRED, date: "2027-01-15" })`,
      `linkModels(input: { from: "acme-old", to: "acme-new", kind: SUCCESSOR })`,
    ])
      await t.write(`mutation { ${input} { userErrors { message } } }`);
  });

  it("list the retirements from today up to the day asked, soonest first, on every channel", async () => {
    const page = await due({ before: "2027-06-30", first: 100 });
    expect(page.totalCount).toBeGreaterThan(20);
    const days = page.nodes.map((m) => m.retiresOn);
    expect(days).toEqual([...days].sort());
    expect(days.every((d) => d >= "2026-12-04" && d <= "2027-06-30")).toBe(true);
    expect(new Set(page.nodes.map((m) => m.channel)).size).toBeGreaterThan(1);
    // OpenAI retires GPT-5 from its API on 2026-12-11; its page names GPT-6.1 Sol since 2026-11-22.
    expect(page.nodes).toContainEqual(
      expect.objectContaining({
        model: { slug: "gpt-5" },
        channel: "API",
        retiresOn: "2026-12-11",
        replacement: { slug: "gpt-6.1-sol" },
        replacementKind: "NAMED",
      }),
    );
  });

  it("say what the replacement costs and loses, as of the retirement day", async () => {
    const page = await due({ before: "2027-01-31", channel: "API", first: 100 });
    const acme = page.nodes.find((m) => m.model.slug === "acme-old");
    expect(acme).toEqual({
      retiresOn: "2027-01-15",
      channel: "API",
      model: { slug: "acme-old" },
      replacement: { slug: "acme-new" },
      replacementKind: "SOURCED",
      inputPriceRatio: 0.5,
      outputPriceRatio: 0.5,
      advice: { contextWindowRatio: 2, inputModalitiesLost: ["IMAGE"], inputModalitiesGained: [] },
    });
    expect(page.nodes.every((m) => m.channel === "API")).toBe(true);
  });

  it("filter by channel, page without overlap or gap, and include past days on request", async () => {
    const azure = await due({
      before: "2027-12-31",
      channel: "AZURE",
      from: "2025-01-01",
      first: 100,
    });
    expect(azure.nodes.length).toBeGreaterThan(5);
    expect(azure.nodes.every((m) => m.channel === "AZURE")).toBe(true);
    expect(azure.nodes.map((m) => m.model.slug)).toContain("gpt-4-0613");

    const whole = (await due({ before: "2027-06-30", first: 100 })).nodes.map(
      (m) => `${m.model.slug}|${m.channel}`,
    );
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const page: Page["migrationsDue"] = await due({ before: "2027-06-30", first: 7, after });
      seen.push(...page.nodes.map((m) => `${m.model.slug}|${m.channel}`));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(whole);
  });

  it("refuse a window that ends before it starts", async () => {
    const result = await t.execRaw(query, { before: "2026-01-01" });
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toMatch(
      /before \(2026-01-01\) must not be earlier than from/,
    );
  });

  it("are in the example operations, and the example runs", async () => {
    const result = await t.execRaw(operation("MigrationsDue"));
    expect(result.errors).toBeUndefined();
    expect((result.data as unknown as Page).migrationsDue.nodes.length).toBeGreaterThan(0);
  });

  it("take a day recorded through the API over the notice's, and keep it when the model is projected again", async () => {
    await t.write(
      `mutation { recordLifecycleEvent(input: { model: "gpt-5", channel: API, stage: RETIRED, date: "2027-01-15", note: "Extended for our account" }) { userErrors { message } } }`,
    );
    // Any write that projects gpt-5 again (a price here) must leave the recorded day.
    await t.write(
      `mutation { setPrice(input: { model: "gpt-5", tier: FLEX, inputPerMillion: 0.6, outputPerMillion: 5, effectiveFrom: "2026-12-01" }) { userErrors { message } } }`,
    );
    const page = await due({ before: "2027-06-30", channel: "API", first: 100 });
    const gpt5 = page.nodes.filter((m) => m.model.slug === "gpt-5");
    expect(gpt5.map((m) => m.retiresOn)).toEqual(["2027-01-15"]);
  });
});
