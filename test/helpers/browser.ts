import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { build } from "vite";
import { projectRoot } from "../../src/shared/paths.js";
import { createTestServer, fixedClock, type TestServer } from "./server.js";

/** Debian's Chromium (`apt-get install chromium`): a test tool's own browser download cannot work here. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Where the browser tests write their screenshots (kept by CI as artefacts; ignored by git). */
export const screenshotsDir = join(projectRoot, "test-results", "screenshots");

/** Builds the web front end once into a folder of its own, as `npm run build` does into dist/web. */
export async function buildWeb(): Promise<{ dir: string; remove(): void }> {
  const dir = mkdtempSync(join(tmpdir(), "modelgraph-web-"));
  await build({
    configFile: join(projectRoot, "vite.config.ts"),
    logLevel: "error",
    build: { outDir: dir, emptyOutDir: true },
  });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Launches headless Chromium with the flags this machine needs: no sandbox (root), and no
 * background networking (its connections are refused by the closed network).
 */
export async function launchBrowser(): Promise<Browser> {
  mkdirSync(screenshotsDir, { recursive: true });
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** What a browser test works with: the seeded server, its address, the browser and a page. */
export interface WebSession {
  t: TestServer;
  webDir: string;
  base: string;
  browser: Browser;
  page: Page;
}

/**
 * Registers the hooks of a browser test file: builds the front end, serves it from a seeded
 * server (the clock on `day`) on a free port, launches Chromium and opens a page of `viewport`;
 * all of it is closed after the file. The object is filled in before the first test runs.
 */
export function webSession(
  viewport = { width: 1280, height: 900 },
  day = "2026-12-04",
): WebSession {
  const session = {} as WebSession;
  let web: Awaited<ReturnType<typeof buildWeb>> | undefined;
  beforeAll(async () => {
    web = await buildWeb();
    session.webDir = web.dir;
    session.t = await createTestServer({ clock: fixedClock(day), webDir: web.dir });
    session.base = await session.t.server.app.listen({ port: 0, host: "127.0.0.1" });
    session.browser = await launchBrowser();
    session.page = await session.browser.newPage({ viewport });
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.t?.server.app.close();
    web?.remove();
  });
  return session;
}
