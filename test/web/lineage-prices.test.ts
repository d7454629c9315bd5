import { join } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { screenshotsDir, webSession } from "../helpers/browser.js";

describe("lineage and price history in Chromium", () => {
  const session = webSession({ width: 1280, height: 900 });
  let base: string, page: Page;
  beforeAll(() => ({ base, page } = session));

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
