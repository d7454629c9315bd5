import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyImport } from "../../src/importers/apply.js";
import { parseDeprecations, parseReplacement } from "../../src/importers/deprecations.js";
import { parseModelsDevApi } from "../../src/importers/models-dev.js";
import { parseOpenRouter } from "../../src/importers/openrouter.js";
import { defaultSyncSources } from "../../src/importers/sync.js";
import { runCliInProcess } from "../helpers/cli.js";
import { staleProjections } from "../helpers/projections.js";
import { createTestServer, fixedClock, type TestServer } from "../helpers/server.js";

/** One entry of the tracker's `data/deprecations.json`, with its defaults. */
const entry = (fields: Record<string, string>) => ({
  provider: "OpenAI",
  model_name: "",
  model_id: "",
  deprecated_date: "",
  shutdown_date: "",
  replacement: "",
  status: "deprecated",
  ...fields,
});

/** A tracker file as it stood on three days: acme-codex's named replacement rewritten twice. */
const snapshot = (replacement: string, extra: object[] = []) => [
  entry({
    model_name: "acme-codex",
    shutdown_date: "2027-03-01",
    replacement,
  }),
  ...extra,
];

const rows = [
  entry({ model_name: "acme-turbo", shutdown_date: "2026-10-23", replacement: "acme-5.6-sol" }),
  entry({
    model_name: "acme-pro",
    shutdown_date: "2026-12-11",
    replacement: "acme-5.6-sol (reasoning.mode: pro)",
  }),
  entry({
    model_name: "acme-listen",
    shutdown_date: "2027-02-26",
    replacement: "acme-live-transcribe or acme-transcribe",
  }),
  entry({
    model_name: "acme-cyber",
    shutdown_date: "2026-10-01",
    replacement: "The most capable cyber model available to you.",
  }),
  entry({ model_name: "Videos API", shutdown_date: "2026-09-24", replacement: "—" }),
  entry({ model_name: "/v1/edits", shutdown_date: "2024-01-04" }),
  entry({ model_name: "ft-acme-turbo", shutdown_date: "2026-10-23" }),
  entry({ model_name: "acme-preview", shutdown_date: "2026-10-23", replacement: "acme-turbo" }),
  entry({ model_name: "acme-preview", shutdown_date: "2026-03-26", replacement: "acme-5" }),
  entry({ model_name: "acme-next", status: "active" }),
  entry({ model_name: "acme-bad-date", shutdown_date: "next spring" }),
  entry({
    provider: "Bedrock",
    model_name: "Claude 3 Haiku",
    model_id: "anthropic.claude-3-haiku-20240307-v1:0",
    deprecated_date: "2026-03-10",
    shutdown_date: "2026-09-10",
    status: "retired",
  }),
  entry({
    provider: "Vertex AI",
    model_name: "Claude 9 Mystery on Google Cloud",
    model_id: "Claude 9 Mystery on Google Cloud",
    deprecated_date: "2026-01-05",
    shutdown_date: "2026-07-05",
  }),
  entry({ provider: "Fireworks", model_name: "acme-hosted", shutdown_date: "2026-11-01" }),
];

describe("the deprecations tracker's format", () => {
  it("splits a replacement text into model ids, keeping words out and reporting prose", () => {
    expect(parseReplacement("gpt-live-transcribe or gpt-transcribe")).toEqual({
      models: ["gpt-live-transcribe", "gpt-transcribe"],
      unparsed: [],
    });
    expect(parseReplacement("gpt-image-2, gpt-image-1, or gpt-image-1-mini")).toEqual({
      models: ["gpt-image-2", "gpt-image-1", "gpt-image-1-mini"],
      unparsed: [],
    });
    expect(parseReplacement("gpt-5.6-sol (reasoning.mode: pro)").models).toEqual(["gpt-5.6-sol"]);
    expect(parseReplacement("gpt-5 or gpt-4.1*").models).toEqual(["gpt-5", "gpt-4.1"]);
    expect(parseReplacement("—")).toEqual({ models: [], unparsed: [] });
    expect(parseReplacement("The most capable cyber model available to you.")).toEqual({
      models: [],
      unparsed: ["The most capable cyber model available to you"],
    });
  });

  it("reads makers' and clouds' entries into notices, and reports what names no model", () => {
    const batch = parseDeprecations(rows, { snapshot: "2026-07-01" });
    expect(batch.catalog).toBe("deprecations");
    const notices = Object.fromEntries(batch.notices!.map((n) => [`${n.channel} ${n.model}`, n]));
    expect(notices["API acme-turbo"]).toMatchObject({
      maker: "openai",
      retiresOn: "2026-10-23",
      replacements: ["acme-5.6-sol"],
    });
    expect(notices["API acme-pro"]).toMatchObject({
      replacements: ["acme-5.6-sol"],
      note: "Replacement: acme-5.6-sol (reasoning.mode: pro)",
    });
    expect(notices["API acme-listen"]!.replacements).toEqual([
      "acme-live-transcribe",
      "acme-transcribe",
    ]);
    expect(notices["API acme-cyber"]!.replacements).toEqual([]);
    // The tracker lists its newest announcement first: the later shutdown day is kept.
    expect(notices["API acme-preview"]!.retiresOn).toBe("2026-10-23");
    expect(notices["AWS_BEDROCK claude-3-haiku-20240307"]).toMatchObject({
      maker: "anthropic",
      deprecatedOn: "2026-03-10",
      retiresOn: "2026-09-10",
    });
    // A cloud's display name finds a model the graph has; it never makes one.
    expect(notices["GOOGLE_VERTEX claude-9-mystery"]).toMatchObject({ byName: true });
    const reasons = batch.skipped.map((s) => `${s.id}: ${s.reason}`);
    for (const expected of [
      /OpenAI\/Videos API: names no model id/,
      /OpenAI\/\/v1\/edits: names no model id/,
      /ft-acme-turbo: a fine-tuned variant/,
      /acme-preview: listed again on API/,
      /acme-next: listed as active/,
      /acme-bad-date: a date is not YYYY-MM-DD/,
      /acme-cyber: replacement "The most capable cyber model available to you" names no model id/,
      /Fireworks\/acme-hosted: "Fireworks" is neither a maker's API nor a cloud channel/,
    ])
      expect(
        reasons.some((r) => expected.test(r)),
        String(expected),
      ).toBe(true);
  });

  it("refuses a file that is not the tracker's", () => {
    expect(() => parseDeprecations({ models: [] }, { snapshot: "2026-07-01" })).toThrow(
      /not a deprecations tracker file/,
    );
  });

  it("is one of the sources npm run sync pulls", () => {
    expect(defaultSyncSources.map((s) => s.name)).toContain("deprecations");
  });
});

describe("importing the deprecations tracker", () => {
  let t: TestServer;
  const dir = mkdtempSync(join(tmpdir(), "modelgraph-deprecations-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    t = await createTestServer({ clock: fixedClock("2026-12-04") });
  });

  const importDay = (json: unknown, day: string) =>
    applyImport(t.database.db, parseDeprecations(json, { snapshot: day }));

  it("keeps each rewrite of a named replacement as a notice of its own, dated the day it was first seen", async () => {
    const first = importDay(snapshot("acme-5.4", rows), "2026-07-01");
    expect(first.notices.added).toBeGreaterThan(5);
    const vertex = first.skipped.find((s) => s.id.startsWith("Vertex AI/"));
    expect(vertex?.reason).toMatch(
      /no model in the graph is named "claude-9-mystery", and a display name does not make one/,
    );
    importDay(snapshot("acme-5.5", rows), "2026-08-01");
    const third = importDay(snapshot("acme-5.6-sol", rows), "2026-09-01");
    // Only acme-codex said something new.
    expect(third.notices.added).toBe(1);
    const again = importDay(snapshot("acme-5.6-sol", rows), "2026-09-01");
    expect(again.notices.added).toBe(0);

    const recommended = async (asOf: string) =>
      (
        await t.exec<{ model: { recommendedReplacement: { slug: string } | null } }>(
          `query ($asOf: Date) { model(slug: "acme-codex") { recommendedReplacement(asOf: $asOf) { slug } } }`,
          { asOf },
        )
      ).model.recommendedReplacement?.slug;
    expect(await recommended("2026-07-15")).toBe("acme-5.4");
    expect(await recommended("2026-08-15")).toBe("acme-5.5");
    expect(await recommended("2026-12-04")).toBe("acme-5.6-sol");

    const { model } = await t.exec<{
      model: {
        status: string;
        deprecationNotices: {
          announcedOn: string;
          retiresOn: string;
          origin: string;
          inForce: boolean;
          replacements: { slug: string }[];
          source: { title: string };
        }[];
        lifecycle: { stage: string; date: string; source: { title: string } }[];
      };
    }>(`{ model(slug: "acme-codex") {
      status
      deprecationNotices { announcedOn retiresOn origin inForce replacements { slug } source { title } }
      lifecycle { stage date source { title } }
    } }`);
    expect(
      model.deprecationNotices.map((n) => [n.announcedOn, n.replacements[0]?.slug, n.inForce]),
    ).toEqual([
      ["2026-07-01", "acme-5.4", false],
      ["2026-08-01", "acme-5.5", false],
      ["2026-09-01", "acme-5.6-sol", true],
    ]);
    expect(model.deprecationNotices.every((n) => n.origin === "deprecations")).toBe(true);
    expect(model.deprecationNotices[0]!.source.title).toMatch(/deprecation tracker/i);
    expect(model.lifecycle.map((e) => [e.stage, e.date])).toEqual([
      ["DEPRECATED", "2026-07-01"],
      ["RETIRED", "2027-03-01"],
    ]);
    expect(model.status).toBe("DEPRECATED");
    // The replacements the notices made (acme-5.5, acme-5.6-sol) are projected like any model.
    expect(staleProjections(t.database)).toEqual([]);
  });

  it("gives every id a maker's row lists together the notice, where the graph holds it", async () => {
    const fresh = await createTestServer({ clock: fixedClock("2026-12-04") });
    // Two ids of one model, made as the named replacements of an earlier notice.
    applyImport(
      fresh.database.db,
      parseDeprecations(
        [entry({ model_name: "acme-old", replacement: "acme-9-2026-01-01 or acme-9" })],
        { snapshot: "2026-07-01" },
      ),
    );
    const row = "acme-9-2026-01-01 | acme-9, acme-9-completions";
    const summary = applyImport(
      fresh.database.db,
      parseDeprecations(
        [entry({ model_name: row, shutdown_date: "2027-06-01", replacement: "acme-10" })],
        { snapshot: "2026-08-01" },
      ),
    );
    expect(summary.skipped).toEqual([
      {
        id: `OpenAI/${row}`,
        reason:
          'no model in the graph has the id "acme-9-completions", which the row lists beside its model',
      },
    ]);
    const lifeOf = async (slug: string) =>
      (
        await fresh.exec<{
          model: {
            lifecycle: { channel: string; stage: string; date: string }[];
            recommendedReplacement: { slug: string } | null;
          } | null;
        }>(
          `query ($slug: String!) { model(slug: $slug) {
            lifecycle { channel stage date } recommendedReplacement(asOf: "2027-07-01") { slug }
          } }`,
          { slug },
        )
      ).model;
    const retired = {
      lifecycle: [
        { channel: "API", stage: "DEPRECATED", date: "2026-08-01" },
        { channel: "API", stage: "RETIRED", date: "2027-06-01" },
      ],
      recommendedReplacement: { slug: "acme-10" },
    };
    expect({
      dated: await lifeOf("acme-9-2026-01-01"),
      alias: await lifeOf("acme-9"),
      completions: await lifeOf("acme-9-completions"),
    }).toEqual({ dated: retired, alias: retired, completions: null });
    expect(staleProjections(fresh.database)).toEqual([]);
  });

  it("files a cloud's retirement under the model its cloud id names, and lets the makers' own table win", async () => {
    const { model } = await t.exec<{
      model: {
        status: string;
        deprecationNotices: { channel: string; origin: string; inForce: boolean }[];
      };
    }>(`{ model(slug: "claude-3-haiku-20240307") {
      status(channel: AWS_BEDROCK, asOf: "2026-10-01")
      deprecationNotices(channel: AWS_BEDROCK) { channel origin inForce }
    } }`);
    expect(model.status).toBe("RETIRED");
    const origins = model.deprecationNotices.map((n) => [n.origin, n.inForce]);
    expect(origins).toContainEqual(["deprecations", false]);
    expect(origins).toContainEqual(["curated", true]);
  });

  it("runs as npm run import -- --from deprecations <file>", async () => {
    const file = join(dir, "deprecations.json");
    writeFileSync(
      file,
      JSON.stringify([entry({ model_name: "acme-solo", shutdown_date: "2027-01-01" })]),
    );
    const db = { DATABASE_URL: join(dir, "cli.db") };
    const run = await runCliInProcess(
      "import",
      ["--from", "deprecations", file, "--snapshot", "2026-11-01"],
      db,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("deprecation notices: 1 new");
  });
});

describe("retirement signals the other catalogs carry", () => {
  it("keeps models.dev's deprecated status, dated the snapshot that first listed it, and OpenRouter's expiration day", async () => {
    const t = await createTestServer({ clock: fixedClock("2026-12-04") });
    const api = (status?: string) => ({
      openai: {
        name: "OpenAI",
        models: {
          "acme-9": {
            name: "Acme 9",
            release_date: "2025-01-01",
            ...(status ? { status } : {}),
            limit: { context: 1000, output: 100 },
            cost: { input: 1, output: 2 },
          },
        },
      },
    });
    applyImport(t.database.db, parseModelsDevApi(api(), { snapshot: "2026-02-01" }));
    applyImport(t.database.db, parseModelsDevApi(api("deprecated"), { snapshot: "2026-03-01" }));
    const later = applyImport(
      t.database.db,
      parseModelsDevApi(api("deprecated"), { snapshot: "2026-04-01" }),
    );
    expect(later.models).toMatchObject({ updated: 0 });
    applyImport(
      t.database.db,
      parseOpenRouter(
        {
          data: [
            {
              id: "openai/acme-9",
              name: "OpenAI: Acme 9",
              created: 1735689600,
              context_length: 1000,
              pricing: { prompt: "0.000001", completion: "0.000002" },
              expiration_date: "2026-12-31",
            },
          ],
        },
        { snapshot: "2026-04-02" },
      ),
    );
    const { model } = await t.exec<{
      model: { lifecycle: { stage: string; date: string; source: { title: string } }[] };
    }>(`{ model(slug: "acme-9") { lifecycle { stage date source { title } } } }`);
    expect(model.lifecycle.map((e) => [e.stage, e.date, e.source.title.split(" ")[0]])).toEqual([
      ["RELEASED", "2025-01-01", "models.dev"],
      ["DEPRECATED", "2026-03-01", "models.dev"],
      ["RETIRED", "2026-12-31", "OpenRouter"],
    ]);
  });
});
