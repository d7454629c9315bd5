import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrationsFolder } from "../../src/shared/paths.js";

/**
 * The first migrations, up to `last` (by index), in a temporary folder of their own: a database
 * migrated with them is one an earlier release made. The caller removes the folder.
 */
export function migrationsUpTo(last: number): string {
  const dir = mkdtempSync(join(tmpdir(), "modelgraph-migrations-"));
  mkdirSync(join(dir, "meta"));
  const journal = JSON.parse(readFileSync(join(migrationsFolder, "meta", "_journal.json"), "utf8"));
  journal.entries = journal.entries.filter((e: { idx: number }) => e.idx <= last);
  writeFileSync(join(dir, "meta", "_journal.json"), JSON.stringify(journal));
  for (const { tag } of journal.entries as { tag: string }[])
    cpSync(join(migrationsFolder, `${tag}.sql`), join(dir, `${tag}.sql`));
  return dir;
}
