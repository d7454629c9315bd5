import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { projectRoot } from "../shared/paths.js";

/**
 * Whether dist/ is the build of the sources as they are: the build's inputs are fingerprinted by
 * their contents (not their times, so a fresh clone of the same commit matches) and the
 * fingerprint is kept beside the build (`dist/.build-fingerprint`).
 */

/** What the build reads: the sources and the files that configure the compilers. */
const inputs = [
  "src",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
  "tsconfig.build.json",
  "tsconfig.web.json",
  "vite.config.ts",
];

function files(root: string, path: string): string[] {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full)
    .sort()
    .flatMap((name) => files(root, join(path, name)));
}

/** A hash of every input's path and contents. */
export function buildFingerprint(root = projectRoot): string {
  const hash = createHash("sha256");
  for (const file of inputs.flatMap((input) => files(root, input))) {
    hash.update(relative(root, join(root, file)));
    hash.update("\0");
    hash.update(readFileSync(join(root, file)));
    hash.update("\0");
  }
  return hash.digest("hex");
}

const stampOf = (root: string) => join(root, "dist", ".build-fingerprint");

/** Records that dist/ is the build of the sources with this fingerprint. */
export function markBuilt(fingerprint: string, root = projectRoot): void {
  writeFileSync(stampOf(root), `${fingerprint}\n`);
}

/** Whether dist/ was built from the sources as they are now. */
export function buildIsCurrent(fingerprint: string, root = projectRoot): boolean {
  const outputs = [join(root, "dist", "index.js"), join(root, "dist", "web", "index.html")];
  return (
    outputs.every((file) => existsSync(file)) &&
    existsSync(stampOf(root)) &&
    readFileSync(stampOf(root), "utf8").trim() === fingerprint
  );
}
