import { existsSync } from "node:fs";

export const BROWSER_RUNS = 5;

/**
 * Loads the model page in headless Chromium (Debian's, or CHROMIUM_PATH) as a visitor would, each
 * time in a new context (no cache): the first contentful paint, and when the page shows the model
 * (its data arrived), from the start of navigation. The first load also teaches the server the
 * page's persisted query; the median is of the later ones.
 */
export async function pageInBrowser(base: string): Promise<string> {
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(executablePath)) return `  skipped: no Chromium at ${executablePath}`;
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
  try {
    const paints: number[] = [];
    const data: number[] = [];
    for (let i = 0; i <= BROWSER_RUNS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${base}/models/o4-mini`);
      await page.getByRole("heading", { level: 1, name: "o4 mini" }).waitFor();
      const [paint, shown] = await page.evaluate(() => [
        performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
        performance.now(),
      ]);
      await context.close();
      if (i === 0) continue;
      paints.push(paint!);
      data.push(shown!);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    return `  first contentful paint ${median(paints).toFixed(0)} ms, model shown ${median(data).toFixed(0)} ms`;
  } finally {
    await browser.close();
  }
}
