// Loading a server over HTTP: the built server in a process of its own, a bare node:http server
// beside it, autocannon, and the table the figures are printed in.
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import autocannon from "autocannon";
import { loadConfig, serverNodeFlags } from "../src/config.js";
import { projectRoot } from "../src/shared/paths.js";
import { heavy, page } from "./operations.js";
import { connections, duration } from "./settings.js";

/** Latencies in ms, as p50, p99 and the worst. */
export function spread(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return `p50 ${at(0.5).toFixed(1)} ms, p99 ${at(0.99).toFixed(1)} ms, worst ${(sorted.at(-1) ?? 0).toFixed(1)} ms (${sorted.length} probes)`;
}

/**
 * While two clients send the heavy query back to back, uncached, another client probes /health
 * and an uncached model lookup one at a time: what everyone else waits while the CPU is busy.
 */
export async function underHeavyLoad(base: string) {
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

export interface Row {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  statements: number | string;
  errors: number;
}

const WARM_UP_SECONDS = 1;

export async function load(
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

export function startServer(
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

export function residentMemoryMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

/**
 * A bare node:http server answering `bytes` to every request, in a process of its own as the
 * server measured runs: in the bench's process it would share a thread with the load generator
 * (and the heap an import leaves), and measure slower than it is.
 */
export async function bareServer(bytes: string, port: number): Promise<{ close(): Promise<void> }> {
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
export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

export function table(rows: Row[]): string {
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

/**
 * Sends `count` documents the server has never seen (the model page's, each with a new comment),
 * ten at a time, to a server with its default caches and heap, and reads its resident memory:
 * what a flood of new documents leaves behind.
 */
export async function floodMemory(
  databaseUrl: string,
  port: number,
  count: number,
): Promise<number> {
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
