import { beforeEach, describe, expect, it } from "vitest";
import { createTestServer, fixedClock, TEST_KEY, type TestServer } from "../../helpers/server.js";
import { staleProjections } from "../../helpers/projections.js";
import { valid, type UserError } from "./mutations.cases.js";

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

  it("leaves every model projected after each kind of write: its status and price periods follow", async () => {
    for (const { name, query, variables } of valid) {
      await t.write(query, variables);
      expect({ name, stale: staleProjections(t.database) }).toEqual({ name, stale: [] });
    }
  });
});
