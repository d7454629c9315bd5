import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/shared/paths.js";
import { freePort } from "../helpers/net.js";

const dir = mkdtempSync(join(tmpdir(), "modelgraph-shutdown-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Resolves once `check` holds, looking every 20 ms (no deadline: vitest's timeout is it). */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe("shutdown", () => {
  // Nothing here is timed: each step waits for the server to say it got there (its log), and the
  // shutdown deadline is set past any test run, so exit 0 says the request finished, not that the
  // machine was fast. That the deadline cuts off a request still running is a test of its own.
  it("on SIGTERM finishes the request in flight, then exits 0 before its shutdown deadline", async () => {
    const port = await freePort();
    const child = spawn(
      process.execPath,
      ["--import", "tsx", join(projectRoot, "src", "index.ts")],
      {
        cwd: projectRoot,
        env: {
          ...process.env,
          PORT: String(port),
          HOST: "127.0.0.1",
          DATABASE_URL: join(dir, "db.sqlite"),
          LOG_LEVEL: "info",
          SHUTDOWN_TIMEOUT_MS: "600000",
          REQUEST_TIMEOUT_MS: "0",
        },
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let log = "";
    child.stdout.on("data", (chunk) => (log += chunk.toString()));
    const logged = (check: (entry: { msg?: string; req?: { url?: string } }) => boolean) =>
      log
        .split("\n")
        .filter((line) => line.startsWith("{"))
        .some((line) => check(JSON.parse(line) as { msg?: string; req?: { url?: string } }));
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
      const ok = await fetch(`http://127.0.0.1:${port}/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    // A request in flight: headers and part of the body sent, the rest after the signal.
    const body = JSON.stringify({ query: `{ model(slug: "o4-mini") { name } }` });
    const socket = connect(port, "127.0.0.1");
    let answer = "";
    socket.on("data", (chunk) => (answer += chunk.toString()));
    const closed = new Promise<void>((resolve) => socket.on("close", () => resolve()));
    await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body.slice(0, 10)}`,
    );
    // The server has read the headers: the request is in flight.
    await until(() => logged((e) => e.msg === "incoming request" && e.req?.url === "/graphql"));
    child.kill("SIGTERM");
    // The server has taken the signal and is closing.
    await until(() => logged((e) => e.msg?.startsWith("SIGTERM") === true));
    socket.write(body.slice(10));
    await closed;
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    expect(answer).toContain('"name":"o4 mini"');
    expect(await exited).toBe(0);
  }, 300_000);
});
