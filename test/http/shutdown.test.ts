import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/shared/paths.js";
import { freePort } from "../helpers/net.js";

const dir = mkdtempSync(join(tmpdir(), "modelgraph-shutdown-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The real server (src/index.ts) in a process of its own, and what it logged. */
interface Running {
  child: ChildProcess;
  port: number;
  exited: Promise<number | null>;
  /** Resolves once a log line's message matches. */
  logged(pattern: RegExp): Promise<void>;
  /** How many log lines' messages match. */
  count(pattern: RegExp): number;
}

const children: ChildProcess[] = [];
afterEach(() => {
  // A failed test leaves no server behind.
  for (const child of children.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
});

async function start(env: Record<string, string> = {}): Promise<Running> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", join(projectRoot, "src", "index.ts")], {
    cwd: projectRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: join(dir, `db-${port}.sqlite`),
      // At debug level a request is logged as it arrives too, not only once answered: the tests
      // wait for requests to reach the server before they signal it.
      LOG_LEVEL: "debug",
      ...env,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  const messages: string[] = [];
  const waiting: { pattern: RegExp; resolve: () => void }[] = [];
  let partial = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split("\n");
    partial = lines.pop()!;
    for (const line of lines) {
      let msg: string;
      try {
        msg = String((JSON.parse(line) as { msg?: unknown }).msg ?? "");
      } catch {
        msg = line;
      }
      messages.push(msg);
      for (const w of waiting.filter((w) => w.pattern.test(msg))) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve();
      }
    }
  });
  const logged = (pattern: RegExp) =>
    messages.some((m) => pattern.test(m))
      ? Promise.resolve()
      : new Promise<void>((resolve) => waiting.push({ pattern, resolve }));
  // A server that fails to start fails the test, not its timeout.
  const failed = exited.then((code) => {
    throw new Error(`server exited with ${code} before serving`);
  });
  failed.catch(() => {});
  await Promise.race([logged(/modelgraph serves/), failed]);
  const count = (pattern: RegExp) => messages.filter((m) => pattern.test(m)).length;
  return { child, port, exited, logged, count };
}

/** A raw keep-alive connection: what the server sent, and a promise of its closing. */
function client(port: number) {
  const socket: Socket = connect(port, "127.0.0.1");
  let data = "";
  socket.on("data", (chunk) => (data += chunk.toString()));
  return {
    socket,
    received: () => data,
    closed: new Promise<void>((resolve) => socket.once("close", () => resolve())),
    connected: new Promise<void>((resolve) => socket.once("connect", () => resolve())),
  };
}

async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 20));
}

const body = JSON.stringify({ query: `{ model(slug: "o4-mini") { name } }` });
const post = `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`;
const health = "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";

/** The HTTP answers in what a connection received, in order. */
function answers(received: string) {
  return received
    .split(/(?=HTTP\/1\.1 \d{3} )/)
    .filter(Boolean)
    .map((text) => {
      const [head = "", rest = ""] = text.split("\r\n\r\n");
      return {
        status: Number(head.slice(9, 12)),
        connection: /\r\nconnection: *([^\r]+)/i.exec(head)?.[1]?.toLowerCase(),
        body: rest,
      };
    });
}

describe("shutdown", () => {
  // In production Apollo's own SIGTERM handler runs too (it is off when NODE_ENV=test).
  it.each(["test", "production"])(
    "on SIGTERM closes idle connections, refuses new requests with 503 SHUTTING_DOWN, finishes those in flight, exits 0 (NODE_ENV=%s)",
    async (nodeEnv) => {
      // Nothing is timed: each step waits for the server's log, and the shutdown deadline is
      // past any run, so exit 0 says the requests finished, not that the machine was fast.
      const server = await start({
        NODE_ENV: nodeEnv,
        SHUTDOWN_TIMEOUT_MS: "600000",
        REQUEST_TIMEOUT_MS: "0",
      });
      // Idle: a keep-alive connection whose request was answered before the signal.
      const idle = client(server.port);
      idle.socket.write(health);
      await until(() => idle.received().includes('{"status":"ok"}'));
      // In flight: headers and part of the body sent, the rest after the signal. `pipelined` then
      // sends another request behind it on the same connection; `alone` does not.
      const pipelined = client(server.port);
      const alone = client(server.port);
      await Promise.all([pipelined.connected, alone.connected]);
      pipelined.socket.write(post + body.slice(0, 10));
      alone.socket.write(post + body.slice(0, 10));
      // Both have reached the server: Fastify logged them (after the idle connection's).
      await until(() => server.count(/^incoming request$/) >= 3);

      server.child.kill("SIGTERM");
      await server.logged(/SIGTERM: finishing requests in flight/);
      await idle.closed;
      pipelined.socket.write(body.slice(10) + health);
      alone.socket.write(body.slice(10));
      await Promise.all([pipelined.closed, alone.closed]);

      const [first, second] = answers(pipelined.received());
      expect(first).toMatchObject({ status: 200 });
      expect(first!.body).toContain('"name":"o4 mini"');
      expect(second).toMatchObject({ status: 503, connection: "close" });
      expect(JSON.parse(second!.body)).toEqual({
        errors: [{ message: expect.any(String), extensions: { code: "SHUTTING_DOWN" } }],
      });
      // An answer sent during the shutdown tells a keep-alive client not to send another.
      const [only, ...more] = answers(alone.received());
      expect(more).toEqual([]);
      expect(only).toMatchObject({ status: 200, connection: "close" });
      expect(only!.body).toContain('"name":"o4 mini"');
      expect(await server.exited).toBe(0);
    },
    300_000,
  );

  it("exits 1 once SHUTDOWN_TIMEOUT_MS has passed with a request still unfinished", async () => {
    const server = await start({ SHUTDOWN_TIMEOUT_MS: "1000", REQUEST_TIMEOUT_MS: "120000" });
    const stuck = client(server.port);
    await stuck.connected;
    stuck.socket.write(post + body.slice(0, 10));
    await until(() => server.count(/^incoming request$/) >= 1);
    const signalled = Date.now();
    server.child.kill("SIGTERM");
    await server.logged(/requests still running after 1000 ms/);
    expect(await server.exited).toBe(1);
    expect(Date.now() - signalled).toBeGreaterThanOrEqual(1000);
    stuck.socket.destroy();
  }, 300_000);
});
