import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { build } from "vite";
import { projectRoot } from "../../src/shared/paths.js";

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
