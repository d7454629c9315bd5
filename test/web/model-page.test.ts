import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { screenshotsDir, webSession } from "../helpers/browser.js";
import { projectRoot } from "../../src/shared/paths.js";

/** The page the project was created from (outside the repository: a clone may not have it). */
const seedPage = join(projectRoot, "..", "shared", "seed", "o4-mini-model-page.txt");

describe("the model page in Chromium", () => {
  const session = webSession({ width: 1280, height: 900 });
  let base: string, browser: Browser, page: Page;
  beforeAll(() => ({ base, browser, page } = session));

  it("shows every fact of the seed page for o4-mini, its status timeline and its replacement", async () => {
    const requests: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("/graphql")) requests.push(`${r.method()} ${r.url()}`);
    });
    await page.goto(`${base}/models/o4-mini`);
    await page.getByRole("heading", { level: 1, name: "o4 mini" }).waitFor();
    const text = await page.locator("main").innerText();
    for (const fact of [
      "Lean o-series model for high volume creative projects.",
      "About o4 mini",
      "Where o4-mini stood out was a rare combination",
      "High-volume batch processing and API automation where cost per token matters most",
      "Long-document analysis — 200k-token context",
      "Intelligence",
      "Medium",
      "Speed",
      "Fast",
      "200,000 tokens",
      "100,000 tokens",
      "June 1, 2024",
      "How much does o4-mini cost?",
      "A Batch API option cuts both prices by 50%.",
      "Who should choose o4-mini?",
      "$1.10",
      "$4.40",
      "$0.55",
      "50% off",
      "AIME 2025",
      "92.7",
      "October 23, 2026",
      "GPT-5.4 mini",
      "o3-mini",
    ])
      expect(text, fact).toContain(fact);
    // The API timeline: released, deprecated by OpenAI's notice, retired.
    const api = page.locator(".timeline", { has: page.getByRole("heading", { name: "API" }) });
    expect(await api.innerText()).toMatch(/October 23, 2026\s+Retired/);
    await expect(page.getByText("Move to")).toBeDefined();
    expect(await page.locator(".replacement a").innerText()).toBe("GPT-5.6 Terra");
    // The page is one operation, sent as a persisted query by GET.
    expect(requests.some((r) => r.startsWith("GET ") && r.includes("persistedQuery"))).toBe(true);
    await page.screenshot({ path: join(screenshotsDir, "model-page.png"), fullPage: true });
    await page.screenshot({ path: join(screenshotsDir, "model-page-top.png") });
  });

  it.skipIf(!existsSync(seedPage))(
    "shows every line of the seed page (skipped where ../shared/seed is absent)",
    async () => {
      await page.goto(`${base}/models/o4-mini`);
      await page.getByRole("heading", { level: 1, name: "o4 mini" }).waitFor();
      const shown = (await page.locator("main").innerText()).replace(/\s+/g, " ");
      // Every line but the page's own labels ("Model page", "Capability" above each spec).
      const missing = readFileSync(seedPage, "utf8")
        .split("\n")
        .map((line) => line.replace(/^\s*•\s*/, "").trim())
        .filter((line) => line !== "" && line !== "Model page" && line !== "Capability")
        .filter((line) => !shown.includes(line.replace(/\s+/g, " ")));
      expect(missing).toEqual([]);
    },
  );

  it("scores it against the sibling it is compared with", async () => {
    await page.goto(`${base}/models/o4-mini`);
    const table = page.locator("section", {
      has: page.getByRole("heading", { name: "Benchmarks" }),
    });
    await table.waitFor();
    const aime = await table.locator("tr", { hasText: "AIME 2025" }).innerText();
    expect(aime).toContain("92.7");
    expect(aime).toContain("88.9");
  });

  it("follows a link to the replacement, and says so when a slug names no model", async () => {
    await page.locator(".replacement a").click();
    await page.getByRole("heading", { level: 1, name: "GPT-5.6 Terra" }).waitFor();
    await page.goto(`${base}/models/no-such-model`);
    await page.getByRole("heading", { level: 1, name: /No model/ }).waitFor();
  });

  it("opens a model by any alias", async () => {
    await page.goto(`${base}/models/o4-mini-2025-04-16`);
    await page.getByRole("heading", { level: 1, name: "o4 mini" }).waitFor();
  });

  it("opens a model from the start page with the keyboard alone, and reads on a phone", async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(`${base}/`);
    const input = phone.getByLabel("Open a model by its slug or any alias");
    await input.waitFor();
    // Tab from the top of the page reaches the labelled field.
    for (
      let i = 0;
      i < 10 && !(await input.evaluate((el) => el.ownerDocument.activeElement === el));
      i++
    )
      await phone.keyboard.press("Tab");
    expect(await input.evaluate((el) => el.ownerDocument.activeElement === el)).toBe(true);
    await phone.keyboard.type("o3");
    await phone.keyboard.press("Enter");
    await phone.getByRole("heading", { level: 1, name: "o3" }).waitFor();
    // Nothing wider than the phone but the tables, which scroll inside themselves.
    const overflow = Number(await phone.evaluate("document.documentElement.scrollWidth"));
    expect(overflow).toBeLessThanOrEqual(390);
    await phone.screenshot({ path: join(screenshotsDir, "model-page-phone.png"), fullPage: true });
    await phone.close();
  });
});
