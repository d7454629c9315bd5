import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { applyImport } from "../../src/importers/apply.js";
import { parseLiteLLM } from "../../src/importers/litellm.js";
import { parseModelsDevRepository } from "../../src/importers/models-dev.js";
import { projectRoot } from "../../src/shared/paths.js";
import { createTestServer, fixedClock, type TestServer } from "../helpers/server.js";
import { tableCounts } from "./import.fixtures.js";

const shared = join(projectRoot, "..", "shared", "data", "catalogs");
const modelsDev = join(shared, "models.dev");
const litellm = join(shared, "litellm", "model_prices_and_context_window.json");
const haveShared = existsSync(modelsDev) && existsSync(litellm);

// A user's clone has no ../shared and skips the real-catalog tests; CI always has it, and there a
// missing copy must fail rather than let the acceptance tests pass by skipping.
if (process.env.CI === "true") {
  it("finds the shared catalogs in CI", () => expect(haveShared).toBe(true));
}

/** The curated facts of a model, as a client reads them. */
const curatedFacts = `query ($slug: String!) { model(slug: $slug) {
  name tagline description releaseDate knowledgeCutoff contextWindow maxOutputTokens fineTunable
  inputModalities outputModalities capabilities { slug } bestFor limitations faq { question answer }
  provider { slug }
  standard: priceHistory(tier: STANDARD) { inputPerMillion outputPerMillion effectiveFrom effectiveTo source { title } }
  batch: priceHistory(tier: BATCH) { inputPerMillion outputPerMillion effectiveFrom effectiveTo }
  lifecycle { channel stage date }
  aime: benchmarkResults(benchmark: "aime-2025") { score }
  swe: benchmarkResults(benchmark: "swe-bench-verified") { score }
  relations { kind to { slug } }
} }`;

describe.skipIf(!haveShared)(
  "importing the shared catalogs (skipped: ../shared/data/catalogs is absent)",
  () => {
    let t: TestServer;
    let before: Record<string, unknown>;
    const repeats: {
      summary: ReturnType<typeof applyImport>;
      sameCounts: boolean;
      sameHistory: boolean;
    }[] = [];
    beforeAll(async () => {
      t = await createTestServer({ clock: fixedClock("2026-11-25") });
      before = {
        o4: await t.exec(curatedFacts, { slug: "o4-mini" }),
        o3: await t.exec(curatedFacts, { slug: "o3" }),
      };
      // Each catalog twice in a row: the second import of each must change nothing.
      const prices = () =>
        JSON.stringify(t.database.sqlite.prepare("SELECT * FROM prices ORDER BY id").all());
      for (const parse of [
        () => parseModelsDevRepository(modelsDev, { snapshot: "2026-07-02" }),
        () => parseLiteLLM(JSON.parse(readFileSync(litellm, "utf8")), { snapshot: "2026-07-24" }),
      ]) {
        applyImport(t.database.db, parse());
        const counts = JSON.stringify(tableCounts(t));
        const history = prices();
        const summary = applyImport(t.database.db, parse());
        repeats.push({
          summary,
          sameCounts: JSON.stringify(tableCounts(t)) === counts,
          sameHistory: prices() === history,
        });
      }
    }, 60_000);

    it("answers for gpt-4o: 128,000 context, 16,384 max output, $2.50 / $10.00, batch $1.25 input", async () => {
      const { model } = await t.exec<{
        model: {
          contextWindow: number;
          maxOutputTokens: number;
          provider: { slug: string };
          prices: { tier: string; inputPerMillion: number; outputPerMillion: number }[];
        };
      }>(
        `{ model(slug: "gpt-4o") { contextWindow maxOutputTokens provider { slug } prices { tier inputPerMillion outputPerMillion } } }`,
      );
      expect(model.contextWindow).toBe(128_000);
      expect(model.maxOutputTokens).toBe(16_384);
      expect(model.provider.slug).toBe("openai");
      expect(model.prices.find((p) => p.tier === "STANDARD")).toMatchObject({
        inputPerMillion: 2.5,
        outputPerMillion: 10,
      });
      expect(model.prices.find((p) => p.tier === "BATCH")?.inputPerMillion).toBe(1.25);
    });

    it("answers for claude-sonnet-4-5: Anthropic's, $3 / $15, released 2025-09-29, PDF input", async () => {
      const { model } = await t.exec<{
        model: {
          provider: { name: string };
          releaseDate: string;
          inputModalities: string[];
          prices: { inputPerMillion: number; outputPerMillion: number }[];
        };
      }>(
        `{ model(slug: "claude-sonnet-4-5") { provider { name } releaseDate inputModalities prices(tier: STANDARD) { inputPerMillion outputPerMillion minPromptTokens } } }`,
      );
      expect(model.provider.name).toBe("Anthropic");
      expect(model.releaseDate).toBe("2025-09-29");
      expect(model.inputModalities).toContain("PDF");
      expect(model.prices[0]).toMatchObject({ inputPerMillion: 3, outputPerMillion: 15 });
    });

    it("keeps hosts' offerings apart from the maker's prices", async () => {
      const { model } = await t.exec<{
        model: { offerings: { host: { slug: string }; hostModelId: string }[] };
      }>(`{ model(slug: "gpt-4o") { offerings { host { slug } hostModelId } } }`);
      expect(model.offerings).toContainEqual({
        host: { slug: "azure" },
        hostModelId: "gpt-4o",
      });
    });

    it("leaves the curated o4-mini and o3 facts as they were, and reports where the catalogs disagree", async () => {
      expect(await t.exec(curatedFacts, { slug: "o4-mini" })).toEqual(before.o4);
      expect(await t.exec(curatedFacts, { slug: "o3" })).toEqual(before.o3);
      const { model } = await t.exec<{
        model: {
          conflicts: {
            field: string;
            value: string;
            otherValue: string;
            otherSource: { title: string };
          }[];
        };
      }>(
        `{ model(slug: "o4-mini") { conflicts { field value otherValue otherSource { title } } } }`,
      );
      expect(model.conflicts).toContainEqual({
        field: "knowledgeCutoff",
        value: "2024-06-01",
        otherValue: "2024-05",
        otherSource: { title: "models.dev catalog (snapshot 2026-07-02)" },
      });
    });

    it("changes nothing when each catalog is imported a second time: same counts, same history", () => {
      expect(repeats).toHaveLength(2);
      for (const { summary, sameCounts, sameHistory } of repeats) {
        expect(summary.models.added + summary.models.updated).toBe(0);
        expect(summary.offerings.added + summary.offerings.updated).toBe(0);
        expect(summary.prices).toEqual({ opened: 0, closed: 0 });
        expect(sameCounts).toBe(true);
        expect(sameHistory).toBe(true);
      }
    });
  },
);
