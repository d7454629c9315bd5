// `npm run bench [-- --models 100000] [-- --duration 5] [-- --connections 10] [-- --imported]
// [-- --flood 50000]`: builds the server and starts it (dist/index.js in a process of its own,
// production mode, as `npm start` runs it) on a fresh database, loads it with autocannon, and
// prints a table. `--imported` first imports the public catalogs of ../shared/data/catalogs
// (models.dev, LiteLLM, genai-prices), the graph a real deployment serves. `--flood` sends that
// many new documents and reads the server's memory (0: no flood). This script itself runs from
// source through tsx: what it measures over HTTP is the built server.
import "reflect-metadata";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "../src/db/client.js";
import { seedDatabase } from "../src/curated/seed.js";
import { applyImport } from "../src/importers/apply.js";
import { parseGenaiPrices } from "../src/importers/genai-prices.js";
import { parseLiteLLM } from "../src/importers/litellm.js";
import { parseModelsDevRepository } from "../src/importers/models-dev.js";
import { defaultCuratedDir, projectRoot } from "../src/shared/paths.js";
import { upgradeDatabase } from "../src/upgrade.js";
import { BROWSER_RUNS, pageInBrowser } from "./browser.js";
import { generateScaleData } from "./data.js";
import { countStatements, pagePhases } from "./in-process.js";
import {
  bareServer,
  floodMemory,
  load,
  residentMemoryMb,
  startServer,
  stop,
  table,
  underHeavyLoad,
  type Row,
} from "./load.js";
import { operations, page } from "./operations.js";
import { connections, duration, flood, scale, values } from "./settings.js";

/** Imports the shared public catalogs into the bench database, as a deployment that syncs would have them. */
function importSharedCatalogs(db: Parameters<typeof applyImport>[0]): void {
  const shared = join(projectRoot, "..", "shared", "data", "catalogs");
  if (!existsSync(shared)) {
    console.log(`(--imported: ${shared} is absent; the seed catalog alone)`);
    return;
  }
  const json = (file: string) => JSON.parse(readFileSync(join(shared, file), "utf8")) as unknown;
  applyImport(db, parseModelsDevRepository(join(shared, "models.dev"), { snapshot: "2026-07-02" }));
  applyImport(
    db,
    parseLiteLLM(json("litellm/model_prices_and_context_window.json"), { snapshot: "2026-07-24" }),
  );
  applyImport(db, parseGenaiPrices(json("genai-prices/data.json"), { snapshot: "2026-08-21" }));
}

/**
 * What no response cache can answer: the model page's document with another model each time,
 * against a server with the cache off, beside `{ __typename }` there (Apollo and HTTP alone) and
 * bare node:http; and a mixed workload on the cached server's settings (70% a repeated page, 20%
 * pages with new variables, 10% lists and filters).
 */
async function uncached(
  databaseUrl: string,
  port: number,
  bare: number,
  rows: Map<string, Row>,
): Promise<void> {
  const database = openDatabase(databaseUrl);
  const slugs = (
    database.sqlite.prepare("SELECT slug FROM models ORDER BY id").all() as { slug: string }[]
  ).map((m) => m.slug);
  database.close();
  const pageFor = (n: number) =>
    JSON.stringify({ query: page, variables: { slug: slugs[n % slugs.length] } });
  const list = JSON.stringify({
    query: `{ models(first: 20, filter: { status: ACTIVE }, orderBy: { field: INPUT_PRICE }) { nodes { slug name contextWindow } } }`,
  });
  const measured: Row[] = [];
  for (const [cache, env] of [
    ["no cache", { CACHE_ENTRIES: "0" }],
    ["cache on", {}],
  ] as const) {
    const child = await startServer(databaseUrl, port, env);
    const url = `http://127.0.0.1:${port}/graphql`;
    if (cache === "no cache") {
      measured.push({
        name: "page, new variables (no cache)",
        ...(await load(url, pageFor)),
        statements: rows.get("o4-mini page (fresh)")?.statements ?? "?",
      });
      measured.push({
        name: "{ __typename } (no cache)",
        ...(await load(url, () => JSON.stringify({ query: "{ __typename }" }))),
        statements: 0,
      });
    } else {
      const repeated = pageFor(slugs.indexOf("o4-mini"));
      measured.push({
        name: "mixed 70/20/10 (cache on)",
        ...(await load(url, (n) => (n % 10 < 7 ? repeated : n % 10 < 9 ? pageFor(n) : list))),
        statements: "-",
      });
    }
    await stop(child);
  }
  console.log(`\nwhat no cache answers (${slugs.length} models, each page another model):\n`);
  console.log(table(measured));
  for (const row of measured) {
    console.log(
      `  ${row.name}: ${((row.requestsPerSecond / bare) * 100).toFixed(1)}% of bare node:http`,
    );
    rows.set(row.name, row);
  }
}

/** The graph size growth is measured from: the seed catalog topped up with synthetic models. */
const BASE_MODELS = 20;
/** How many models the last run's graph held. */
let graphSize = 0;

async function run(models: number): Promise<Map<string, Row>> {
  const dir = mkdtempSync(join(tmpdir(), "modelgraph-bench-"));
  const databaseUrl = join(dir, "bench.db");
  try {
    const database = openDatabase(databaseUrl);
    upgradeDatabase(database.db);
    const pages = seedDatabase(database.db, defaultCuratedDir).models;
    // The catalog's model pages, and the models its makers' deprecation tables name.
    const count = () =>
      (database.sqlite.prepare("SELECT count(*) AS n FROM models").get() as { n: number }).n;
    const seeded = count();
    if (values.imported) importSharedCatalogs(database.db);
    const present = count();
    const synthetic = Math.max(models - present, 0);
    graphSize = Math.max(models, present);
    const started = Date.now();
    const walkStart = synthetic > 0 ? generateScaleData(database.db, synthetic) : "o4-mini";
    console.log(
      `\n${graphSize} models: the seed catalog's ${seeded} (${pages} with pages), ${present - seeded} imported and ${synthetic} synthetic, generated in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    database.close();
    const statements = await countStatements(databaseUrl, walkStart);
    const phases = await pagePhases(databaseUrl);
    const port = 4900 + Math.floor(Math.random() * 500);
    const child = await startServer(databaseUrl, port);
    const url = `http://127.0.0.1:${port}/graphql`;
    const rows = new Map<string, Row>();
    for (const op of operations) {
      const query = op.query.replace("WALK", walkStart);
      const result = await load(url, (n) =>
        JSON.stringify({ query: op.fresh ? `# ${n}\n${query}` : query }),
      );
      rows.set(op.name, { name: op.name, ...result, statements: statements.get(op.name) ?? "?" });
    }
    const pageBytes = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: page }),
    }).then((r) => r.text());
    const browser = await pageInBrowser(`http://127.0.0.1:${port}`);
    const busy = await underHeavyLoad(`http://127.0.0.1:${port}`);
    const memory = residentMemoryMb(child.pid!);
    await stop(child);
    const bare = await bareServer(pageBytes, port + 1);
    const bareResult = await load(`http://127.0.0.1:${port + 1}/`, () => "");
    await bare.close();
    rows.set("bare node:http, same bytes", {
      name: "bare node:http, same bytes",
      ...bareResult,
      statements: 0,
    });
    console.log(`\n${graphSize} models: ${connections} connections, ${duration} s per operation\n`);
    console.log(table([...rows.values()]));
    /** An operation's requests/s as a percentage of bare node:http's. */
    const ofBare = (name: string, digits = 0) =>
      ((rows.get(name)!.requestsPerSecond / bareResult.requestsPerSecond) * 100).toFixed(digits);
    console.log(
      `\npage vs bare node:http: cached ${ofBare("o4-mini page (cached)")}%, fresh document ${ofBare("o4-mini page (fresh)")}% (an empty fresh query: ${ofBare("{ __typename } (fresh)")}%)`,
    );
    console.log(`server resident memory after the run: ${memory} MB`);
    console.log(
      `\nthe o4-mini model page in Chromium (median of ${BROWSER_RUNS} loads, each a new browser context):`,
    );
    console.log(browser);
    console.log(
      `\nwhile 2 clients send the heaviest accepted query (cost ${busy.cost}, p50 ${busy.heavyP50} ms) uncached:`,
    );
    console.log(`  /health        ${busy.health}`);
    console.log(`  model lookup   ${busy.lookup}`);
    console.log(`\nwhere an uncached o4-mini page's time goes (in-process, one at a time):`);
    for (const [phase, us] of phases)
      console.log(`  ${phase.padEnd(28)} ${us.toFixed(0).padStart(6)} µs`);
    console.log(
      `  20% of bare node:http leaves ${(1e6 / (0.2 * bareResult.requestsPerSecond)).toFixed(0)} µs a request, HTTP included`,
    );
    await uncached(databaseUrl, port + 2, bareResult.requestsPerSecond, rows);
    // The flood runs once, on the last (largest) graph.
    const flooded =
      flood > 0 && models === (scale ?? BASE_MODELS)
        ? await floodMemory(databaseUrl, port + 3, flood)
        : undefined;
    console.log(`\nissue 16's figures (${graphSize} models):`);
    console.log(
      `  1. page, new variables, no cache: ${ofBare("page, new variables (no cache)", 1)}% of bare node:http (target 20%)`,
    );
    console.log(
      `  2. repeated page, cache: ${ofBare("o4-mini page (cached)", 1)}% of bare node:http (target 70%)`,
    );
    console.log(
      `  3. the page's SQL statements: ${rows.get("o4-mini page (fresh)")!.statements} (target at most 8)`,
    );
    console.log(
      `  4. retired models by price, ${connections} connections: p50 ${rows.get("retired models, cheapest first")!.p50} ms (target under 50 ms at 100,000 models)`,
    );
    if (flooded !== undefined)
      console.log(
        `  5. resident memory after ${flood} new documents: ${flooded} MB (target under 400 MB)`,
      );
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const baseRows = await run(BASE_MODELS);
const baseSize = graphSize;
if (scale) {
  const scaleRows = await run(scale);
  console.log(
    `\nlatency at ${graphSize} models vs ${baseSize} models (p50; the page with new variables: target within 1.5×):`,
  );
  for (const name of [
    "page, new variables (no cache)",
    "o4-mini page (fresh)",
    "20-item page",
    "successor walk (10 deep)",
    "retired models, cheapest first",
  ]) {
    const a = baseRows.get(name)!;
    const b = scaleRows.get(name)!;
    console.log(
      `  ${name}: ${a.p50} ms → ${b.p50} ms (${(b.p50 / Math.max(a.p50, 0.5)).toFixed(2)}×)`,
    );
  }
}
