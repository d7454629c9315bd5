import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The project's root folder (the one with package.json), whether running from src/ or dist/. */
export const projectRoot: string = findRoot(dirname(fileURLToPath(import.meta.url)));

function findRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

export const migrationsFolder = join(projectRoot, "migrations");
export const defaultCuratedDir = join(projectRoot, "src", "curated", "data");
export const defaultDatabasePath = join(projectRoot, "data", "modelgraph.db");
/** Where `npm run build` writes the web front end (Vite's output for src/web). */
export const defaultWebDir = join(projectRoot, "dist", "web");
