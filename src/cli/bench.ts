import "reflect-metadata";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { execute, parse, specifiedRules, validate } from "graphql";
import { loadConfig, serverNodeFlags } from "../config.js";
import { openDatabase } from "../db/client.js";
import { upgradeDatabase } from "../upgrade.js";
import { seedDatabase } from "../db/seed.js";
import { defaultLimits, limitRules } from "../http/limits.js";
import { estimateCost } from "../http/cost.js";
import { readCatalogSizes } from "../db/sizes.js";
import { createServer } from "../server.js";
import { defaultCatalogDir, projectRoot } from "../shared/paths.js";
import { generateScaleData } from "./bench.data.js";
import { applyImport } from "../importers/apply.js";
import { parseGenaiPrices } from "../importers/genai-prices.js";
import { parseLiteLLM } from "../importers/litellm.js";
import { parseModelsDevRepository } from "../importers/models-dev.js";

// `npm run bench [-- --models 100000] [-- --duration 5] [-- --connections 10] [-- --imported]
// [-- --flood 50000]`: starts the server (built, production mode, as `npm start` runs it) on a
// fresh database, loads it with autocannon, and prints a table. `--imported` first imports the
// public catalogs of ../shared/data/catalogs (models.dev, LiteLLM, genai-prices), the graph a real
// deployment serves. `--flood` sends that many new documents and reads the server's memory (0: no
// flood).
const { values } = parseArgs({
  options: {
    models: { type: "string" },
    duration: { type: "string", default: "5" },
    connections: { type: "string", default: "10" },
    imported: { type: "boolean", default: false },
    flood: { type: "string", default: "50000" },
  },
});
const flood = Number(values.flood);
if (!(Number.isInteger(flood) && flood >= 0)) {
  console.error(`--flood must be a whole number of 0 or more, got "${values.flood}"`);
  process.exit(2);
}
const duration = Number(values.duration);
const connections = Number(values.connections);
const scale = values.models ? Number(values.models) : undefined;
if (scale !== undefined && !(Number.isInteger(scale) && scale >= 20)) {
  console.error(`--models must be a whole number of 20 or more, got "${values.models}"`);
  process.exit(2);
}
const page = readFileSync(join(projectRoot, "schema", "operations", "ModelPage.graphql"), "utf8");

/** The named operations, each as a POST body; `fresh` ones get a new comment every request, so no cache can answer. */
const operations: { name: string; query: string; fresh: boolean }[] = [
  { name: "o4-mini page (cached)", query: page, fresh: false },
  { name: "o4-mini page (fresh)", query: page, fresh: true },
  // The floor of the stack: Apollo's pipeline and graphql's validation of a new document, no data.
  { name: "{ __typename } (fresh)", query: "{ __typename }", fresh: true },
  {
    name: "50 models, nested",
    query: `{ models(first: 50) { nodes { slug name provider { name } prices { tier inputPerMillion outputPerMillion } benchmarkResults { score benchmark { slug } } successors { slug } } } }`,
    fresh: true,
  },
  {
    name: "20-item page",
    query: `{ models(first: 20) { nodes { slug name releaseDate contextWindow provider { name } } } }`,
    fresh: true,
  },
  {
    name: "successor walk (10 deep)",
    query: `query ($slug: String! = "WALK") { model(slug: $slug) { successorChain(maxDepth: 10) { depth model { slug } } } }`,
    fresh: true,
  },
  {
    name: "comparison",
    query: `{ compareModels(slugs: ["o4-mini", "o3", "o3-mini"], asOf: "2025-05-01") { prices { inputRelativeToFirst blendedPerMillion } benchmarks { scores leader { slug } } } }`,
    fresh: true,
  },
  {
    name: "retired models, cheapest first",
    query: readFileSync(
      join(projectRoot, "schema", "operations", "ModelsByStatus.graphql"),
      "utf8",
    ),
    fresh: true,
  },
  {
    name: "leaderboard",
    query: `{ benchmark(slug: "aime-2025") { results(first: 20) { nodes { score model { slug name } } } } }`,
    fresh: true,
  },
];

/**
 * The heaviest kind of query the default limits accept: two orderings computed over every model,
 * one with its count (about 40,000 of the 50,000 points at 100,000 models).
 */
const heavy = `{ a: models(first: 100, orderBy: { field: BENCHMARK_SCORE, benchmark: "aime-2025" }) { totalCount } b: models(first: 100, orderBy: { field: OUTPUT_PRICE }) { nodes { slug } } }`;

/** Latencies in ms, as p50, p99 and the worst. */
function spread(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return `p50 ${at(0.5).toFixed(1)} ms, p99 ${at(0.99).toFixed(1)} ms, worst ${(sorted.at(-1) ?? 0).toFixed(1)} ms (${sorted.length} probes)`;
}

/**
 * While two clients send the heavy query back to back, uncached, another client probes /health
 * and an uncached model lookup one at a time: what everyone else waits while the CPU is busy.
 */
async function underHeavyLoad(base: string) {
  const post = (query: string) =>
    fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    }).then((r) => r.json() as Promise<{ extensions?: { cost?: { requested?: number } } }>);
  const cost = (await post(heavy)).extensions?.cost?.requested;
  const health: number[] = [];
  const lookup: number[] = [];
  let done = false;
  const time = async (f: () => Promise<unknown>) => {
    const started = performance.now();
    await f();
    return performance.now() - started;
  };
  const probing = (async () => {
    for (let i = 0; !done; i++) {
      health.push(await time(() => fetch(`${base}/health`).then((r) => r.text())));
      lookup.push(await time(() => post(`# ${i}\n{ model(slug: "o3") { slug name } }`)));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  let n = 0;
  const result = await autocannon({
    url: `${base}/graphql`,
    connections: 2,
    duration,
    method: "POST",
    headers: { "content-type": "application/json" },
    requests: [
      { setupRequest: (r) => ({ ...r, body: JSON.stringify({ query: `# ${n++}\n${heavy}` }) }) },
    ],
  });
  done = true;
  await probing;
  return { cost, heavyP50: result.latency.p50, health: spread(health), lookup: spread(lookup) };
}

interface Row {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  statements: number | string;
  errors: number;
}

const WARM_UP_SECONDS = 1;

async function load(
  url: string,
  body: (n: number) => string,
): Promise<Omit<Row, "name" | "statements">> {
  let n = 0;
  const run = (seconds: number) =>
    autocannon({
      url,
      connections,
      duration: seconds,
      method: "POST",
      headers: { "content-type": "application/json" },
      requests: [{ setupRequest: (request) => ({ ...request, body: body(n++) }) }],
    });
  // A second to warm up (the JIT, SQLite's page cache, a read worker's start) before measuring.
  await run(WARM_UP_SECONDS);
  const result = await run(duration);
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

/** How many SQL statements one uncached run of each operation costs, counted in-process. */
async function countStatements(
  databaseUrl: string,
  walkStart: string,
): Promise<Map<string, number>> {
  let statements = 0;
  const database = openDatabase(databaseUrl, { onQuery: () => statements++ });
  const server = await createServer(database, {
    config: { logLevel: "silent", production: true, apiKeys: [] },
  });
  const counts = new Map<string, number>();
  for (const op of operations) {
    statements = 0;
    await server.apollo.executeOperation(
      { query: op.query.replace("WALK", walkStart) },
      { contextValue: server.context() },
    );
    counts.set(op.name, statements);
  }
  await server.apollo.stop();
  database.close();
  return counts;
}

/**
 * A phase's mean time in µs over `runs` runs, after as many to warm up: the best of three rounds,
 * since a shared machine's other work only ever adds time.
 */
async function micros(runs: number, phase: (i: number) => unknown): Promise<number> {
  for (let i = 0; i < runs; i++) await phase(-i - 1);
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const started = process.hrtime.bigint();
    for (let i = 0; i < runs; i++) await phase(round * runs + i);
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1000 / runs);
  }
  return best;
}

/**
 * Where the time of one uncached o4-mini page goes, in-process: parsing a new document, Apollo's
 * validation (graphql's rules plus ours), the cost estimate, and execution (resolvers and SQL).
 */
async function pagePhases(databaseUrl: string): Promise<[string, number][]> {
  const database = openDatabase(databaseUrl);
  const server = await createServer(database, {
    config: { logLevel: "silent", production: true, apiKeys: [] },
  });
  const rules = [...specifiedRules, ...limitRules(defaultLimits)];
  const sizes = readCatalogSizes(database.sqlite);
  const document = parse(page);
  const runs = 500;
  const phases: [string, number][] = [
    ["parse", await micros(runs, (i) => parse(`# ${i}\n${page}`))],
    ["validate", await micros(runs, () => validate(server.schema, document, rules))],
    [
      "cost estimate",
      await micros(runs, () => estimateCost(server.schema, document, null, {}, sizes)),
    ],
    [
      "execute (resolvers and SQL)",
      await micros(runs, () =>
        execute({ schema: server.schema, document, contextValue: server.context() }),
      ),
    ],
  ];
  await server.apollo.stop();
  database.close();
  return phases;
}

function startServer(
  databaseUrl: string,
  port: number,
  extraEnv: Record<string, string> = {},
): Promise<ChildProcess> {
  const env = { ...process.env, ...extraEnv };
  const child = spawn(
    process.execPath,
    [...serverNodeFlags(loadConfig(env)), join(projectRoot, "dist", "index.js")],
    {
      env: {
        ...env,
        PORT: String(port),
        HOST: "127.0.0.1",
        DATABASE_URL: databaseUrl,
        LOG_LEVEL: "warn",
        NODE_ENV: "production",
        RATE_LIMIT_PER_MINUTE: "0",
        RATE_LIMIT_RESTORE_PER_SECOND: "0",
        MAX_COST: "1000000",
      },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = () =>
      fetch(`http://127.0.0.1:${port}/ready`).then(
        (r) => (r.ok ? resolve(child) : setTimeout(poll, 100)),
        () =>
          Date.now() - started > 60_000
            ? reject(new Error("server did not start"))
            : setTimeout(poll, 100),
      );
    poll();
  });
}

function residentMemoryMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

/**
 * A bare node:http server answering `bytes` to every request, in a process of its own as the
 * server measured runs: in the bench's process it would share a thread with the load generator
 * (and the heap an import leaves), and measure slower than it is.
 */
async function bareServer(bytes: string, port: number): Promise<{ close(): Promise<void> }> {
  const script = `
    const bytes = require("node:fs").readFileSync(0, "utf8");
    require("node:http")
      .createServer((_request, response) => {
        response.writeHead(200, {
          "content-type": "application/json; charset=utf-8",
          "content-length": Buffer.byteLength(bytes),
        });
        response.end(bytes);
      })
      .listen(${port}, "127.0.0.1", () => process.stdout.write("listening\\n"));`;
  const child = spawn(process.execPath, ["-e", script], { stdio: ["pipe", "pipe", "inherit"] });
  child.stdin.end(bytes);
  await new Promise<void>((resolve, reject) => {
    child.stdout.once("data", () => resolve());
    child.once("exit", (code) => reject(new Error(`the bare server exited (${code})`)));
  });
  return { close: () => stop(child) };
}

/** Ends a child process and waits for it (at once, if it has ended already). */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

function table(rows: Row[]): string {
  const header = ["operation", "req/s", "p50 ms", "p99 ms", "SQL/req", "errors"];
  const lines = rows.map((r) => [
    r.name,
    String(r.requestsPerSecond),
    String(r.p50),
    String(r.p99),
    String(r.statements),
    String(r.errors),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [format(header), format(widths.map((w) => "-".repeat(w))), ...lines.map(format)].join(
    "\n",
  );
}

const BROWSER_RUNS = 5;

/**
 * Loads the model page in headless Chromium (Debian's, or CHROMIUM_PATH) as a visitor would, each
 * time in a new context (no cache): the first contentful paint, and when the page shows the model
 * (its data arrived), from the start of navigation. The first load also teaches the server the
 * page's persisted query; the median is of the later ones.
 */
async function pageInBrowser(base: string): Promise<string> {
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(executablePath)) return `  skipped: no Chromium at ${executablePath}`;
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
  try {
    const paints: number[] = [];
    const data: number[] = [];
    for (let i = 0; i <= BROWSER_RUNS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${base}/models/o4-mini`);
      await page.getByRole("heading", { level: 1, name: "o4 mini" }).waitFor();
      const [paint, shown] = await page.evaluate(() => [
        performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
        performance.now(),
      ]);
      await context.close();
      if (i === 0) continue;
      paints.push(paint!);
      data.push(shown!);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    return `  first contentful paint ${median(paints).toFixed(0)} ms, model shown ${median(data).toFixed(0)} ms`;
  } finally {
    await browser.close();
  }
}

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

/**
 * Sends `count` documents the server has never seen (the model page's, each with a new comment),
 * ten at a time, to a server with its default caches and heap, and reads its resident memory:
 * what a flood of new documents leaves behind.
 */
async function floodMemory(databaseUrl: string, port: number, count: number): Promise<number> {
  const child = await startServer(databaseUrl, port);
  let n = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/graphql`,
    connections: 10,
    amount: count,
    method: "POST",
    headers: { "content-type": "application/json" },
    requests: [
      { setupRequest: (r) => ({ ...r, body: JSON.stringify({ query: `# ${n++}\n${page}` }) }) },
    ],
  });
  const memory = residentMemoryMb(child.pid!);
  await stop(child);
  if (result.errors + result.non2xx > 0)
    console.log(`  (${result.errors + result.non2xx} of ${count} requests failed)`);
  return memory;
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
    const pages = seedDatabase(database.db, defaultCatalogDir).models;
    // The catalog's model pages, and the models its makers' deprecation tables name.
    const count = () =>
      (database.sqlite.prepare("SELECT count(*) AS n FROM models").get() as { n: number }).n;
    const seeded = count();
    if (values.imported) importSharedCatalogs(database.db);
    const present = count();
    const synthetic = Math.max(models - present, 0);
    graphSize = Math.max(models, present);
    const started = Date.now();
    const walkStart = synthetic > 0 ? generateScaleData(database.sqlite, synthetic) : "o4-mini";
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
