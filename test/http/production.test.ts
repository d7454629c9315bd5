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

    const logged = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const operation = logged.find((l) => l.msg === "graphql operation");
    expect(operation).toMatchObject({
      requestId,
      operation: "Faq",
      errors: ["INTERNAL_SERVER_ERROR"],
    });
    expect(operation?.durationMs).toEqual(expect.any(Number));
    expect(operation?.cost).toEqual(expect.any(Number));
    // The detail is in the log, under the same request id, for the people who run the server.
    expect(
      logged.find((l) => l.msg === "internal error" && l.requestId === requestId),
    ).toBeDefined();
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
