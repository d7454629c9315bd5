import { describe, expect, it } from "vitest";
import { applyImport } from "../../src/importers/apply.js";
import { parseLiteLLM } from "../../src/importers/litellm.js";
import { createTestServer, fixedClock } from "../helpers/server.js";
import { liteLLMSnapshot, tableCounts } from "./import.fixtures.js";

describe("price history from syncs", () => {
  it("turns a changed price in a newer snapshot into a second period, the first closed on its date", async () => {
    const t = await createTestServer({ clock: fixedClock("2026-03-01") });
    const first = applyImport(
      t.database.db,
      parseLiteLLM(liteLLMSnapshot(1e-6), { snapshot: "2026-01-01" }),
    );
    expect(first.models.added).toBe(1);
    expect(first.offerings.added).toBe(1);
    const second = applyImport(
      t.database.db,
      parseLiteLLM(liteLLMSnapshot(5e-7), { snapshot: "2026-02-01" }),
    );
    expect(second.prices).toEqual({ opened: 2, closed: 2 });
    const { model } = await t.exec<{ model: unknown }>(
      `{ model(slug: "acme-1") { priceHistory { inputPerMillion effectiveFrom effectiveTo } offerings { hostModelId prices(asOf: "2026-01-15") { inputPerMillion } } } }`,
    );
    expect(model).toEqual({
      priceHistory: [
        { inputPerMillion: 1, effectiveFrom: "2026-01-01", effectiveTo: "2026-02-01" },
        { inputPerMillion: 0.5, effectiveFrom: "2026-02-01", effectiveTo: null },
      ],
      offerings: [{ hostModelId: "acme-1", prices: [{ inputPerMillion: 1.1 }] }],
    });
    const third = applyImport(
      t.database.db,
      parseLiteLLM(liteLLMSnapshot(5e-7), { snapshot: "2026-02-01" }),
    );
    expect(third.prices).toEqual({ opened: 0, closed: 0 });
    expect(third.models).toEqual({ added: 0, updated: 0, unchanged: 1 });
  });

  it("folds a dated snapshot priced like its model into an alias, and leaves a dry run unwritten", async () => {
    const t = await createTestServer();
    const before = t.database.sqlite.serialize();
    const batch = parseLiteLLM(
      {
        "acme-2": {
          litellm_provider: "openai",
          mode: "chat",
          input_cost_per_token: 1e-6,
          output_cost_per_token: 2e-6,
        },
        "acme-2-2026-01-15": {
          litellm_provider: "openai",
          mode: "chat",
          input_cost_per_token: 1e-6,
          output_cost_per_token: 2e-6,
        },
      },
      { snapshot: "2026-01-20" },
    );
    const dry = applyImport(t.database.db, batch, { dryRun: true });
    expect(dry.models.added).toBe(1);
    expect(Buffer.compare(t.database.sqlite.serialize(), before)).toBe(0);
    applyImport(t.database.db, batch);
    const { model } = await t.exec<{ model: { slug: string; aliases: string[] } }>(
      `{ model(slug: "acme-2-2026-01-15") { slug aliases } }`,
    );
    expect(model.slug).toBe("acme-2");
    expect(model.aliases).toContain("acme-2-2026-01-15");
  });
});

describe("snapshots over time", () => {
  it("closes the prices of entries a newer snapshot no longer lists", async () => {
    const t = await createTestServer();
    const both = {
      ...liteLLMSnapshot(1e-6),
      "acme-2": {
        litellm_provider: "openai",
        mode: "chat",
        input_cost_per_token: 3e-6,
        output_cost_per_token: 9e-6,
      },
    };
    applyImport(t.database.db, parseLiteLLM(both, { snapshot: "2026-01-01" }));
    const later = applyImport(
      t.database.db,
      parseLiteLLM({ "acme-1": both["acme-1"] }, { snapshot: "2026-02-01" }),
    );
    expect(later.prices.closed).toBe(2);
    const { acme2, acme1 } = await t.exec<{ acme2: unknown; acme1: unknown }>(`{
      acme2: model(slug: "acme-2") { priceHistory { effectiveFrom effectiveTo } }
      acme1: model(slug: "acme-1") { priceHistory { effectiveTo } offerings { prices(asOf: "2026-03-01") { inputPerMillion } } }
    }`);
    expect(acme2).toEqual({
      priceHistory: [{ effectiveFrom: "2026-01-01", effectiveTo: "2026-02-01" }],
    });
    // The host's offering no catalog lists any more is history: its price closed, it is not served.
    expect(acme1).toEqual({ priceHistory: [{ effectiveTo: null }], offerings: [] });
  });

  it("changes nothing, not even a source row, when the same content comes as a newer snapshot", async () => {
    const t = await createTestServer();
    applyImport(t.database.db, parseLiteLLM(liteLLMSnapshot(1e-6), { snapshot: "2026-01-01" }));
    const counts = tableCounts(t);
    const again = applyImport(
      t.database.db,
      parseLiteLLM(liteLLMSnapshot(1e-6), { snapshot: "2026-01-02" }),
    );
    expect(again.models).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect(again.offerings).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect(again.prices).toEqual({ opened: 0, closed: 0 });
    expect(tableCounts(t)).toEqual(counts);
  });

  it("never rewrites what a maintainer wrote through the API on an imported model", async () => {
    const t = await createTestServer();
    const batch = () => parseLiteLLM(liteLLMSnapshot(1e-6), { snapshot: "2026-01-01" });
    applyImport(t.database.db, batch());
    await t.write(
      `mutation { upsertModel(input: { slug: "acme-1", name: "Acme One", provider: "openai", contextWindow: 128000 }) { userErrors { message } } }`,
    );
    applyImport(t.database.db, batch());
    const { model } = await t.exec<{
      model: {
        name: string;
        contextWindow: number;
        conflicts: { field: string; otherValue: string }[];
      };
    }>(`{ model(slug: "acme-1") { name contextWindow conflicts { field otherValue } } }`);
    expect(model.name).toBe("Acme One");
    expect(model.contextWindow).toBe(128000);
    expect(model.conflicts).toContainEqual({ field: "contextWindow", otherValue: "64000" });
  });
});
