import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDuration } from "../../src/config.js";
import { freePort } from "../helpers/net.js";
import { startServerProcess, type ServerProcess } from "../helpers/process-server.js";

describe("SYNC_INTERVAL", () => {
  it("reads durations, and refuses what is none", () => {
    expect(
      ["", "off", "1500", "45s", "30m", "6h", "1d"].map((v) => parseDuration("SYNC_INTERVAL", v)),
    ).toEqual([0, 0, 1_500, 45_000, 1_800_000, 21_600_000, 86_400_000]);
    expect(() => parseDuration("SYNC_INTERVAL", "soon")).toThrow(
      'SYNC_INTERVAL must be a duration such as 6h, 30m, 45s or 1500 (ms), got "soon"',
    );
  });

  describe("in the server", () => {
    let catalog: Server;
    let server: ServerProcess;
    const dir = mkdtempSync(join(tmpdir(), "modelgraph-sync-"));
    beforeAll(async () => {
      const port = await freePort();
      catalog = createServer((_, response) => {
        response.writeHead(200, { "content-type": "application/json" });
        response.end(
          JSON.stringify({
            "acme-1": { litellm_provider: "openai", mode: "chat", input_cost_per_token: 1e-6 },
          }),
        );
      });
      await new Promise<void>((resolve) => catalog.listen(port, "127.0.0.1", resolve));
      server = await startServerProcess(join(dir, "sync.db"), {
        SYNC_INTERVAL: "1s",
        SYNC_SOURCES: "litellm",
        SYNC_URL_LITELLM: `http://127.0.0.1:${port}/cost-map.json`,
      });
    }, 120_000);
    afterAll(async () => {
      server?.child.kill("SIGTERM");
      await server?.exited;
      catalog.closeAllConnections();
      await new Promise((resolve) => catalog.close(resolve));
      rmSync(dir, { recursive: true, force: true });
    });

    it("pulls the catalogs on its own, in another process, while it keeps answering", async () => {
      const query = async () =>
        (await fetch(`${server.base}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            query: `{ syncs(first: 5) { nodes { source outcome } } model(slug: "acme-1") { prices { inputPerMillion } } }`,
          }),
        }).then((r) => r.json())) as {
          data: { syncs: { nodes: { source: string; outcome: string }[] }; model: unknown };
        };
      // No deadline but the test's: the loop ends when the scheduled sync has imported the catalog.
      let answer = await query();
      while (!answer.data.syncs.nodes.some((s) => s.outcome === "CHANGED")) {
        expect((await fetch(`${server.base}/health`)).status).toBe(200);
        await new Promise((resolve) => setTimeout(resolve, 200));
        answer = await query();
      }
      expect(answer.data.syncs.nodes.find((s) => s.outcome === "CHANGED")).toEqual({
        source: "litellm",
        outcome: "CHANGED",
      });
      expect(answer.data.model).toEqual({ prices: [{ inputPerMillion: 1 }] });
    }, 120_000);
  });
});
