import { spawn } from "node:child_process";
import { connect, type Socket } from "node:net";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { defaultHttpLimits, loadConfig, type HttpLimits } from "../../src/config.js";
import { connectionOptions, sweepIntervalMs } from "../../src/http/connections.js";
import { projectRoot } from "../../src/shared/paths.js";
import { createTestServer, type TestServer } from "../helpers/server.js";

/** A raw client connection: what the server sent, and a promise of its closing. */
interface Client {
  socket: Socket;
  received(): string;
  closed: Promise<void>;
  connected: Promise<void>;
}

function client(port: number): Client {
  const socket = connect(port, "127.0.0.1");
  let data = "";
  socket.on("data", (chunk) => (data += chunk.toString()));
  // A connection closed on arrival may be reset: its closing is what is asserted.
  socket.on("error", () => {});
  return {
    socket,
    received: () => data,
    closed: new Promise((resolve) => socket.once("close", () => resolve())),
    connected: new Promise((resolve) => socket.once("connect", () => resolve())),
  };
}

/** Resolves once `check` holds, looking every 20 ms (no deadline: vitest's timeout is it). */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 20));
}

const request = (path = "/health") => `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`;
const body = JSON.stringify({ query: `{ model(slug: "o4-mini") { name } }` });
const post = (length = body.length) =>
  `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`;

let test: TestServer | undefined;
afterEach(async () => {
  await test?.server.app.close();
  test = undefined;
});

/** A test server listening on a loopback port of its own. */
async function listening(http: Partial<HttpLimits>): Promise<number> {
  test = await createTestServer({ http });
  await test.server.app.listen({ port: 0, host: "127.0.0.1" });
  const address = test.server.app.server.address();
  if (!address || typeof address !== "object") throw new Error("not listening");
  return address.port;
}

describe("connection settings", () => {
  it("reads HEADERS_TIMEOUT_MS, KEEP_ALIVE_TIMEOUT_MS and MAX_CONNECTIONS, with defaults", () => {
    const defaults = loadConfig({}).http;
    expect(defaults).toMatchObject({
      requestTimeoutMs: 10_000,
      headersTimeoutMs: 5_000,
      keepAliveTimeoutMs: 5_000,
      maxConnections: 1_000,
    });
    const set = loadConfig({
      REQUEST_TIMEOUT_MS: "2000",
      HEADERS_TIMEOUT_MS: "1000",
      KEEP_ALIVE_TIMEOUT_MS: "0",
      MAX_CONNECTIONS: "5",
    }).http;
    expect(set).toMatchObject({
      requestTimeoutMs: 2000,
      headersTimeoutMs: 1000,
      keepAliveTimeoutMs: 0,
      maxConnections: 5,
    });
    expect(() => loadConfig({ MAX_CONNECTIONS: "-1" })).toThrow(/MAX_CONNECTIONS/);
    expect(() => loadConfig({ HEADERS_TIMEOUT_MS: "1.5" })).toThrow(/HEADERS_TIMEOUT_MS/);
  });

  it("has Node look for requests past their timeouts at least once a second", () => {
    expect(sweepIntervalMs(defaultHttpLimits)).toBe(1_000);
    expect(sweepIntervalMs({ requestTimeoutMs: 500, headersTimeoutMs: 400 })).toBe(100);
    expect(sweepIntervalMs({ requestTimeoutMs: 0, headersTimeoutMs: 0 })).toBe(30_000);
    // Node refuses a headers timeout longer than the request's.
    const options = connectionOptions({ ...defaultHttpLimits, requestTimeoutMs: 2_000 });
    expect(options.http.headersTimeout).toBe(2_000);
  });

  it("sets them on Node's server", async () => {
    await listening({
      requestTimeoutMs: 3_000,
      headersTimeoutMs: 2_000,
      keepAliveTimeoutMs: 4_000,
      maxConnections: 7,
    });
    const server = test!.server.app.server;
    expect(server.requestTimeout).toBe(3_000);
    expect(server.headersTimeout).toBe(2_000);
    expect(server.keepAliveTimeout).toBe(4_000);
    expect(server.maxConnections).toBe(7);
    expect(
      (server as unknown as { connectionsCheckingInterval: number }).connectionsCheckingInterval,
    ).toBe(500);
  });
});

describe("slow clients", () => {
  it("cuts a body sent one byte at a time once REQUEST_TIMEOUT_MS has passed", async () => {
    const port = await listening({ requestTimeoutMs: 500, headersTimeoutMs: 500 });
    const slow = client(port);
    await slow.connected;
    const started = Date.now();
    slow.socket.write(post(1_000));
    let sent = 0;
    const trickle = setInterval(() => {
      if (slow.socket.writable && sent < 1_000) slow.socket.write("a", () => void sent++);
    }, 50);
    await slow.closed;
    clearInterval(trickle);
    // Closed by the server, most often after a 408, well before the body was complete.
    expect(sent).toBeLessThan(1_000);
    expect(slow.received()).toMatch(/^$|^HTTP\/1\.1 408 /);
    expect(Date.now() - started).toBeGreaterThanOrEqual(450);
  }, 60_000);

  it("cuts headers sent one byte at a time, and a connection that sends nothing, after HEADERS_TIMEOUT_MS", async () => {
    const port = await listening({ requestTimeoutMs: 60_000, headersTimeoutMs: 400 });
    const slow = client(port);
    const silent = client(port);
    await Promise.all([slow.connected, silent.connected]);
    const head = request();
    let at = 0;
    const trickle = setInterval(() => {
      if (slow.socket.writable && at < head.length) slow.socket.write(head[at++]!);
    }, 50);
    await Promise.all([slow.closed, silent.closed]);
    clearInterval(trickle);
    expect(at).toBeLessThan(head.length);
    expect(slow.received()).toMatch(/^$|^HTTP\/1\.1 408 /);
    expect(silent.received()).toMatch(/^$|^HTTP\/1\.1 408 /);
  }, 60_000);

  it("answers a request sent in parts within its time", async () => {
    const port = await listening({ requestTimeoutMs: 5_000, headersTimeoutMs: 5_000 });
    const c = client(port);
    await c.connected;
    c.socket.write(post() + body.slice(0, 10));
    await new Promise((resolve) => setTimeout(resolve, 100));
    c.socket.write(body.slice(10));
    await until(() => c.received().includes('"name":"o4 mini"'));
    expect(c.received()).toMatch(/^HTTP\/1\.1 200 /);
    c.socket.destroy();
  }, 60_000);
});

describe("MAX_CONNECTIONS", () => {
  it("serves at most that many connections at once and closes the others as they arrive", async () => {
    const port = await listening({ maxConnections: 5, keepAliveTimeoutMs: 60_000 });
    const clients = Array.from({ length: 10 }, () => client(port));
    const outcomes = await Promise.all(
      clients.map(async (c) => {
        await c.connected;
        c.socket.write(request());
        // Served: the answer arrives and the keep-alive connection stays open. Over the cap:
        // closed without a byte.
        let closed = false;
        void c.closed.then(() => (closed = true));
        await until(() => closed || c.received().includes('{"status":"ok"}'));
        return closed ? "closed" : "served";
      }),
    );
    const served = outcomes.filter((o) => o === "served").length;
    expect(served).toBeLessThanOrEqual(5);
    expect(served).toBeGreaterThan(0);
    for (const [i, c] of clients.entries())
      if (outcomes[i] === "closed") expect(c.received()).toBe("");
    // Once the served ones close, there is room again.
    for (const c of clients) c.socket.destroy();
    await Promise.all(clients.map((c) => c.closed));
    const server = test!.server.app.server;
    await until(() => (server as unknown as { _connections: number })._connections === 0);
    const later = client(port);
    later.socket.write(request());
    await until(() => later.received().includes('{"status":"ok"}'));
    later.socket.destroy();
  }, 60_000);
});

describe("keep-alive", () => {
  it("KEEP_ALIVE_TIMEOUT_MS=0 closes each connection after its answer", async () => {
    const port = await listening({ keepAliveTimeoutMs: 0 });
    const c = client(port);
    c.socket.write(request());
    await c.closed;
    expect(c.received()).toMatch(/^HTTP\/1\.1 200 /);
    expect(c.received()).toMatch(/\r\nconnection: close\r\n/i);
  }, 60_000);
});

describe("closing", () => {
  it("answers a request arriving on an open connection with 503 SHUTTING_DOWN, the one in flight normally", async () => {
    const port = await listening({});
    const idle = client(port);
    const busy = client(port);
    idle.socket.write(request());
    await until(() => idle.received().includes('{"status":"ok"}'));
    await busy.connected;
    const server = test!.server.app.server;
    // The request's headers have reached the server: it is in flight.
    const arrived = new Promise((resolve) => server.once("request", resolve));
    busy.socket.write(post() + body.slice(0, 10));
    await arrived;
    const closing = test!.server.app.close();
    // The idle keep-alive connection is closed; the busy one stays for its answer.
    await idle.closed;
    busy.socket.write(body.slice(10) + request());
    await busy.closed;
    await closing;
    const [first, second] = busy.received().split(/(?=HTTP\/1\.1 )/);
    expect(first).toMatch(/^HTTP\/1\.1 200 /);
    expect(first).toContain('"name":"o4 mini"');
    expect(second).toMatch(/^HTTP\/1\.1 503 /);
    expect(second).toMatch(/\r\nconnection: close\r\n/i);
    expect(JSON.parse(second!.split("\r\n\r\n")[1]!)).toEqual({
      errors: [{ message: expect.any(String), extensions: { code: "SHUTTING_DOWN" } }],
    });
    expect(server.listening).toBe(false);
    test = undefined;
  }, 60_000);
});

describe("exit watchdog", () => {
  it("kills a process whose event loop stays busy", async () => {
    const script = `
      import { startExitWatchdog } from ${JSON.stringify(join(projectRoot, "src", "http", "connections.ts"))};
      startExitWatchdog(300, "still busy");
      console.log("busy");
      for (;;) {}
    `;
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "-e", script],
      {
        cwd: projectRoot,
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    try {
      let out = "";
      child.stdout.on("data", (chunk) => (out += chunk.toString()));
      const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
        child.once("exit", (c, s) => resolve([c, s])),
      );
      expect(signal).toBe("SIGKILL");
      expect(code).toBeNull();
      expect(out).toContain("busy");
      expect(JSON.parse(out.trim().split("\n").pop()!)).toMatchObject({
        level: 60,
        msg: "still busy",
      });
    } finally {
      // Never left spinning by a failed assertion.
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    }
  }, 60_000);
});
