import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import type { CuratedCatalog } from "./curated.schema.js";

/** Leaves out empty lists and undefined fields: files list what a model has, not what it lacks. */
function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(compact);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))
        .map(([k, v]) => [k, compact(v)]),
    );
  }
  return value;
}

function yaml(value: unknown): string {
  return stringify(compact(value), { lineWidth: 100, minContentWidth: 40, blockQuote: "folded" });
}

/**
 * Writes a catalog as files in the curated catalog's layout: sources.yaml, providers.yaml,
 * capabilities.yaml, benchmarks.yaml, models/<slug>.yaml and deprecations/<maker>.yaml. The folder must be empty or new
 * (a model file left behind would come back on import), unless `replace` clears it first.
 */
export function writeCuratedFiles(
  dir: string,
  catalog: CuratedCatalog,
  options: { replace?: boolean } = {},
): void {
  mkdirSync(dir, { recursive: true });
  if (readdirSync(dir).length > 0) {
    if (!options.replace)
      throw new Error(`${dir} is not empty; pick a new folder or pass --force to replace it`);
    for (const name of readdirSync(dir)) rmSync(join(dir, name), { recursive: true, force: true });
  }
  writeFileSync(join(dir, "sources.yaml"), yaml(catalog.sources));
  writeFileSync(join(dir, "providers.yaml"), yaml(catalog.providers));
  writeFileSync(join(dir, "capabilities.yaml"), yaml(catalog.capabilities));
  writeFileSync(join(dir, "benchmarks.yaml"), yaml(catalog.benchmarks));
  mkdirSync(join(dir, "models"));
  for (const model of catalog.models)
    writeFileSync(join(dir, "models", `${model.slug}.yaml`), yaml(model));
  if (catalog.deprecations.length > 0) mkdirSync(join(dir, "deprecations"));
  for (const { file, table } of catalog.deprecations) writeFileSync(join(dir, file), yaml(table));
}
