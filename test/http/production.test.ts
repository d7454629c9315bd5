import { hostname } from "node:os";
import { describe, expect, it } from "vitest";
import { createServer } from "../../src/server.js";
import { createTestServer } from "../helpers/server.js";

describe("in production", () => {
  it("masks internal errors to a message with the request id, with no stack or internal detail, and logs them as JSON", async () => {
    const t = await createTestServer();
    const lines: string[] = [];
    const server = await createServer(t.database, {
      config: { logLevel: "info", production: true, apiKeys: [] },
      logStream: { write: (line: string) => void lines.push(line) },
    });
    // Break the database under a field, as a failing disk or a bad migration would.
    t.database.sqlite.exec("DROP TABLE faq_entries");
    const response = await server.app.inject({
      method: "POST",
      url: "/graphql",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({
        query: `query Faq { model(slug: "o4-mini") { name faq { question } } }`,
        operationName: "Faq",
      }),
    });
    const requestId = response.headers["x-request-id"];
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const body = response.json() as {
      errors: { message: string; extensions: Record<string, unknown> }[];
    };
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]!.message).toBe(
      `Internal server error. Quote request id ${requestId} when reporting it.`,
    );
    expect(body.errors[0]!.extensions).toEqual({ code: "INTERNAL_SERVER_ERROR", requestId });
    expect(response.body).not.toMatch(/faq_entries|sqlite|stacktrace|\.ts:/i);

    // One line for the request: what it asked, how it ended, and the internal error's detail, for
    // the people who run the server, under the request id the client was given.
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual([
      {
        level: 50,
        time: expect.any(Number),
        pid: process.pid,
        hostname: hostname(),
        requestId,
        req: { method: "POST", url: "/graphql", remoteAddress: "127.0.0.1" },
        status: 200,
        durationMs: expect.any(Number),
        operation: "Faq",
        cost: expect.any(Number),
        errors: ["INTERNAL_SERVER_ERROR"],
        err: {
          type: "SqliteError",
          message: "no such table: faq_entries",
          stack: expect.stringContaining("SqliteError: no such table: faq_entries"),
          code: "SQLITE_ERROR",
        },
        msg: "request completed",
      },
    ]);
    await server.app.close();
  });

  it("does not suggest field names to a client that guesses", async () => {
    const t = await createTestServer({ limits: { fieldSuggestions: false } });
    const result = await t.execRaw(`{ model(slug: "o3") { nam } }`);
    expect(result.errors?.[0]?.message).not.toMatch(/Did you mean/);
    const open = await createTestServer();
    expect((await open.execRaw(`{ model(slug: "o3") { nam } }`)).errors?.[0]?.message).toMatch(
      /Did you mean "name"/,
    );
  });
});
