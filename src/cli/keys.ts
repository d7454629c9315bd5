import "reflect-metadata";
import { parseArgs } from "node:util";
import { loadConfig } from "../config.js";
import { openDatabase } from "../db/client.js";
import { upgradeDatabase } from "../upgrade.js";
import { KeyRepository } from "../modules/auth/index.js";

// `npm run keys -- create <name> | list | revoke <name>`: the key store of DATABASE_URL.
const usage = "usage: npm run keys -- create <name> | list | revoke <name>";
const { positionals } = parseArgs({ allowPositionals: true });
const [command, name] = positionals;
const config = loadConfig();
const database = openDatabase(config.databaseUrl, { blocking: true });
try {
  upgradeDatabase(database.db);
  const keys = new KeyRepository(database.db);
  if (command === "create" && name) {
    const key = keys.create(name, new Date());
    // The key alone on its own line, so a script can take it: KEY=$(npm run -s keys -- create x | tail -1)
    console.error(
      `created key "${name}"; it is shown this once (only its hash is kept). Send it as "Authorization: Bearer <key>":`,
    );
    console.log(key);
  } else if (command === "list" && !name) {
    const listed = keys.list();
    if (listed.length === 0) console.log("no keys in the store (API_KEYS may still hold some)");
    for (const k of listed) {
      console.log(
        `${k.name}\t${k.prefix}…\tcreated ${k.createdAt}${k.revokedAt ? `\trevoked ${k.revokedAt}` : "\tactive"}`,
      );
    }
  } else if (command === "revoke" && name) {
    if (!keys.revoke(name, new Date())) throw new Error(`no active key is named "${name}"`);
    console.log(`revoked key "${name}"`);
  } else {
    console.error(usage);
    process.exitCode = 2;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  database.close();
}
