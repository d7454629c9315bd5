import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../src/shared/paths.js";

export const operationsDir = join(projectRoot, "schema", "operations");

/** The text of a checked-in example operation, e.g. `operation("ModelPage")`. */
export function operation(name: string): string {
  return readFileSync(join(operationsDir, `${name}.graphql`), "utf8");
}

export function operationNames(): string[] {
  return readdirSync(operationsDir)
    .filter((f) => f.endsWith(".graphql"))
    .map((f) => f.replace(/\.graphql$/, ""))
    .sort();
}
