import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildWeb, launchBrowser, screenshotsDir } from "../helpers/browser.js";
import { createTestServer, fixedClock, type TestServer } from "../helpers/server.js";

describe("lineage and price history in Chromium", () => {
  let t: TestServer;
  let web: Awaited<ReturnType<typeof buildWeb>>;
  let browser: Browser;
  let base: string;
  let page: Page;

  beforeAll(async () => {
    web = await buildWeb();
    t = await createTestServer({ clock: fixedClock("2026-12-04"), webDir: web.dir });
    base = await t.server.app.listen({ port: 0, host: "127.0.0.1" });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await t?.server.app.close();
    web?.remove();
  });

  for (const slug of ["o4-mini", "o3"])
    it(`draws the lineage of ${slug} as a graph whose models are links`, async () => {
      await page.goto(`${base}/models/${slug}/lineage`);
      const graph = page.getByRole("img", { name: /The models around/ });
      await graph.waitFor();
      const links = await graph
        .locator("a")
        .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      expect(links).toContain(`/models/${slug}/lineage`);
      expect(links.length).toBeGreaterThan(3);
      expect(await graph.locator("polyline").count()).toBeGreaterThan(2);
      await page.screenshot({ path: join(screenshotsDir, `lineage-${slug}.png`), fullPage: true });
    });

  it("follows a node of the lineage to that model's lineage", async () => {
    await page.goto(`${base}/models/o4-mini/lineage`);
    await page
      .getByRole("img", { name: /The models around/ })
      .locator('a[href="/models/o3/lineage"]')
      .click();
    await page.getByRole("heading", { level: 1, name: "Lineage of o3" }).waitFor();
  });

  it("charts o3's price history with its 2025-06-10 cut", async () => {
    await page.goto(`${base}/models/o3`);
    const section = page.locator("section", {
      has: page.getByRole("heading", { name: "Price history" }),
    });
    await section.waitFor();
    await section.locator("canvas").first().waitFor();
    const text = await section.innerText();
    expect(text).toMatch(/June 10, 2025/);
    expect(text).toContain("$10.00");
    expect(text).toContain("$2.00");
    await section.screenshot({ path: join(screenshotsDir, "price-history-o3.png") });
  });
});
