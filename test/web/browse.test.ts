import { join } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { screenshotsDir, webSession } from "../helpers/browser.js";

describe("browsing models in Chromium", () => {
  // A phone's width: the page must still read.
  const session = webSession({ width: 390, height: 844 });
  let base: string, page: Page;
  beforeAll(() => ({ base, page } = session));

  const rows = () => page.locator("table.browse tbody tr").allInnerTexts();

  it("filters by the form, keeps the filter in the address, and pages on", async () => {
    await page.goto(`${base}/models`);
    await page.locator("table.browse tbody tr").first().waitFor();
    const all = await page.locator(".note", { hasText: "models" }).first().innerText();
    await page.getByLabel("Search").fill("claude");
    await page.getByLabel("Status").selectOption("RETIRED");
    await page.getByRole("button", { name: "Filter" }).click();
    await page.waitForURL(/search=claude/);
    await expect.poll(async () => (await rows()).every((r) => /Retired/.test(r))).toBe(true);
    const claude = await rows();
    expect(claude.length).toBeGreaterThan(3);
    expect(claude.every((r) => /claude/i.test(r))).toBe(true);
    expect(await page.locator(".note", { hasText: "models" }).first().innerText()).not.toBe(all);
    await page.screenshot({ path: join(screenshotsDir, "browse-phone.png"), fullPage: true });

    await page.goto(`${base}/models?provider=openai`);
    await page.locator("table.browse tbody tr").first().waitFor();
    const first = await rows();
    await page.getByRole("button", { name: "Next page" }).click();
    await page.waitForURL(/after=/);
    await expect.poll(async () => (await rows())[0]).not.toBe(first[0]);
    const second = await rows();
    expect(second.some((r) => first.includes(r))).toBe(false);
  });

  it("says when nothing matches", async () => {
    await page.goto(`${base}/models?search=no-model-is-named-this`);
    await page.locator(".note", { hasText: "0 models" }).waitFor();
    expect(await rows()).toEqual([]);
  });
});
