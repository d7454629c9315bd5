import { join } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { screenshotsDir, webSession } from "../helpers/browser.js";

describe("the compare page in Chromium", () => {
  const session = webSession({ width: 1280, height: 900 });
  let base: string, page: Page;
  beforeAll(() => ({ base, page } = session));

  const row = (name: string) => page.locator("table.compare tbody tr", { hasText: name });

  it("shows o3 at about 9.1 times o4-mini's input price as of 2025-05-01", async () => {
    await page.goto(`${base}/compare?models=o4-mini,o3&asOf=2025-05-01`);
    await row("o3").first().waitFor();
    const o3 = await page.locator("table.compare tbody tr").nth(1).innerText();
    expect(o3).toContain("$10.00");
    expect(o3).toContain("9.1×");
    expect(await page.locator("table.compare caption").innerText()).toContain("2025-05-01");
    // The default workload (1M input, 200k output tokens): $1.10 + $0.88 for o4-mini.
    expect(await page.getByLabel("Input tokens").inputValue()).toBe("1000000");
    expect(await page.locator("table.compare tbody tr").first().innerText()).toContain("$1.98");
    await page.screenshot({ path: join(screenshotsDir, "compare.png"), fullPage: true });
  });

  it("prices a typed-in workload, and moves the day from the form", async () => {
    await page.getByLabel("Input tokens").fill("2000000");
    await page.getByLabel("Output tokens").fill("0");
    await page.getByLabel("As of").fill("2025-07-01");
    await page.getByRole("button", { name: "Compare" }).click();
    await page.waitForURL(/asOf=2025-07-01/);
    await page.locator("table.compare caption", { hasText: "2025-07-01" }).waitFor();
    // After the 2025-06-10 cut, o3's input is $2: 2M tokens cost $4.00; o4-mini's $1.10: $2.20.
    const rows = await page.locator("table.compare tbody tr").allInnerTexts();
    expect(rows[0]).toContain("$2.20");
    expect(rows[1]).toContain("$4.00");
  });

  it("says which slug is unknown", async () => {
    await page.goto(`${base}/compare?models=o4-mini,not-a-model`);
    await expect(page.getByRole("alert").innerText()).resolves.toMatch(/not-a-model/);
  });
});
