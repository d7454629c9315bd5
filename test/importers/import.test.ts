import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { seedDatabase } from "../../src/db/seed.js";
import { applyImport } from "../../src/importers/apply.js";
import { parseLiteLLM } from "../../src/importers/litellm.js";
import { parseModelsDevRepository } from "../../src/importers/models-dev.js";
import { parseOpenRouter } from "../../src/importers/openrouter.js";
import { defaultCatalogDir, projectRoot } from "../../src/shared/paths.js";
import { upgradeDatabase } from "../../src/upgrade.js";
import { freePort } from "../helpers/net.js";
import { createTestServer, fixedClock, type TestServer } from "../helpers/server.js";

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

function tableCounts(t: TestServer): Record<string, number> {
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

/** A LiteLLM cost map with one made-up model at the given input price per token. */
const liteLLMSnapshot = (input: number) => ({
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

describe("the OpenRouter importer", () => {
  it("attaches OpenRouter's listings as offerings with OpenRouter's own prices", async () => {
    const t = await createTestServer();
    const sample = JSON.parse(
      readFileSync(new URL("../fixtures/openrouter-models.json", import.meta.url), "utf8"),
    );
    const summary = applyImport(t.database.db, parseOpenRouter(sample, { snapshot: "2026-07-01" }));
    expect(summary.offerings.added).toBeGreaterThan(0);
    const { model } = await t.exec<{
      model: {
        offerings: {
          host: { slug: string };
          hostModelId: string;
          prices: { inputPerMillion: number }[];
        }[];
        prices: unknown[];
      };
    }>(
      `{ model(slug: "gpt-4o") { prices { tier } offerings { host { slug } hostModelId prices { inputPerMillion } } } }`,
    );
    expect(model.offerings).toEqual([
      {
        host: { slug: "openrouter" },
        hostModelId: "openai/gpt-4o",
        prices: [{ inputPerMillion: 2.5 }],
      },
    ]);
    expect(model.prices).toEqual([]);
  });
});

describe("npm run import", () => {
  const dir = mkdtempSync(join(tmpdir(), "modelgraph-import-"));
  let server: Server;
  let url: string;
  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === "/cost-map.json") {
        response
          .writeHead(200, { "content-type": "application/json" })
          .end(JSON.stringify(liteLLMSnapshot(1e-6)));
      } else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  });
  afterAll(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const run = (databaseUrl: string, ...args: string[]) =>
    promisify(execFile)(
      process.execPath,
      ["--import", "tsx", join(projectRoot, "src", "cli", "import.ts"), ...args],
      {
        cwd: projectRoot,
        env: { ...process.env, DATABASE_URL: databaseUrl },
      },
    ).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => ({
        code: e.code,
        stdout: e.stdout,
        stderr: e.stderr,
      }),
    );

  // A database as the app makes it: migrated, its data steps taken, seeded.
  const seeded = (name: string) => {
    const path = join(dir, name);
    const handle = openDatabase(path);
    upgradeDatabase(handle.db);
    seedDatabase(handle.db, defaultCatalogDir);
    handle.close();
    return path;
  };
  const bytes = (path: string) => {
    const handle = openDatabase(path);
    const data = handle.sqlite.serialize();
    handle.close();
    return data;
  };

  it("fetches a catalog from a URL, with a summary and the time it took", async () => {
    const db = seeded("url.db");
    const result = await run(
      db,
      "--from",
      "litellm",
      `${url}/cost-map.json`,
      "--snapshot",
      "2026-01-01",
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/imported litellm snapshot 2026-01-01 from .* in \d+\.\d s:/);
    expect(result.stdout).toContain("models: 1 added, 0 updated");
    expect(result.stdout).toContain("offerings: 1 added");
  });

  it("fails on a wrong-format file or an unreachable URL with a clear message, a non-zero exit and no change", async () => {
    const db = seeded("fail.db");
    const before = bytes(db);
    const wrong = join(dir, "wrong.json");
    writeFileSync(wrong, JSON.stringify(["not", "a", "cost", "map"]));
    const wrongFormat = await run(db, "--from", "litellm", wrong);
    expect(wrongFormat.code).not.toBe(0);
    expect(wrongFormat.stderr).toContain("not a LiteLLM cost map");
    expect(wrongFormat.stderr).toContain("nothing was written");
    // A port that was just free, so nothing answers there.
    const closed = await freePort();
    const unreachable = await run(db, "--from", "openrouter", `http://127.0.0.1:${closed}/models`);
    expect(unreachable.code).not.toBe(0);
    expect(unreachable.stderr).toContain(
      `could not fetch http://127.0.0.1:${closed}/models: ECONNREFUSED`,
    );
    const missing = await run(db, "--from", "litellm", `${url}/missing.json`);
    expect(missing.stderr).toContain("HTTP 404");
    expect(Buffer.compare(bytes(db), before)).toBe(0);
  });
});
