import { join } from "node:path";
import type { Browser } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { screenshotsDir, webSession } from "../helpers/browser.js";
import { createTestServer, type TestServer } from "../helpers/server.js";

describe("the explorer in Chromium", () => {
  const session = webSession();
  let t: TestServer, base: string, browser: Browser, webDir: string;
  beforeAll(() => ({ t, base, browser, webDir } = session));

  it("runs the ModelPage example with every request outside this server cut off", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const outside: string[] = [];
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(base) || url.startsWith("data:") || url.startsWith("blob:"))
        return route.continue();
      outside.push(url);
      return route.abort("internetdisconnected");
    });
    await page.goto(`${base}/explorer`);
    await page.locator(".graphiql-execute-button").waitFor();
    // Monaco renders its lines with no-break spaces.
    const text = async (selector: string) =>
      (await page.locator(`${selector} .view-lines`).first().innerText()).replace(/\u00a0/g, " ");
    // The first tab is the ModelPage example.
    await expect.poll(() => text(".graphiql-query-editor")).toContain("query ModelPage");
    await page.locator(".graphiql-execute-button").click();
    await expect.poll(() => text(".graphiql-response"), { timeout: 30_000 }).toContain("o4 mini");
    expect(outside).toEqual([]);
    await page.screenshot({ path: join(screenshotsDir, "explorer.png") });
  });

  it("is off in production unless turned on", async () => {
    const prod = await createTestServer({ webDir: webDir });
    const { createServer } = await import("../../src/server.js");
    const server = await createServer(prod.database, {
      config: { logLevel: "silent", production: true, apiKeys: [] },
      webDir: webDir,
    });
    const off = await server.app.inject({ method: "GET", url: "/explorer" });
    expect(off.statusCode).toBe(404);
    expect(off.body).toMatch(/EXPLORER=on/);
    const on = await createServer(prod.database, {
      config: { logLevel: "silent", production: true, apiKeys: [], explorer: true },
      webDir: webDir,
    });
    expect((await on.app.inject({ method: "GET", url: "/explorer" })).statusCode).toBe(200);
    await server.app.close();
    await on.app.close();
  });

  it("is named on Apollo Sandbox's page at /graphql, for a browser that cannot load Sandbox", async () => {
    const response = await t.server.app.inject({
      method: "GET",
      url: "/graphql",
      headers: { accept: "text/html" },
    });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<a href="/explorer">explorer at /explorer</a>');
  });
});
