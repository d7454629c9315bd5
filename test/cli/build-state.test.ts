import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildFingerprint, buildIsCurrent, markBuilt } from "../../src/cli/build-state.js";

describe("npm start's build check", () => {
  const root = mkdtempSync(join(tmpdir(), "modelgraph-build-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(join(root, file, ".."), { recursive: true });
    writeFileSync(join(root, file), text);
  };

  it("builds when dist/ is missing or stale, and not when the sources are as they were", () => {
    write("package.json", "{}");
    write("src/index.ts", "export {};");
    write("src/web/index.html", "<html></html>");
    const first = buildFingerprint(root);
    expect(buildIsCurrent(first, root)).toBe(false);

    write("dist/index.js", "");
    write("dist/web/index.html", "");
    markBuilt(first, root);
    expect(buildIsCurrent(buildFingerprint(root), root)).toBe(true);

    // A touched file with the same contents (a fresh clone) is the same build.
    utimesSync(join(root, "src/index.ts"), new Date(2030, 0, 1), new Date(2030, 0, 1));
    expect(buildIsCurrent(buildFingerprint(root), root)).toBe(true);

    write("src/web/pages/New.tsx", "export {};");
    expect(buildIsCurrent(buildFingerprint(root), root)).toBe(false);
    rmSync(join(root, "src/web/pages/New.tsx"));
    write("src/index.ts", "export const changed = 1;");
    expect(buildIsCurrent(buildFingerprint(root), root)).toBe(false);
    write("src/index.ts", "export {};");
    rmSync(join(root, "dist/web/index.html"));
    expect(buildIsCurrent(buildFingerprint(root), root)).toBe(false);
  });
});
