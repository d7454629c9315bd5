import type BetterSqlite3 from "better-sqlite3";
import type { DatabaseHandle } from "../../src/db/client.js";
import { projectStatusPeriods } from "../../src/modules/lifecycle/index.js";
import { projectPricePeriods } from "../../src/modules/pricing/index.js";

/**
 * Writes fixture rows no catalog states (a model with bare columns, a price at no date) straight
 * to the tables, in one transaction that ends as every write's unit of work ends for rows: the
 * models `write` returns get their status and price periods projected, so lists see them.
 */
export function writeRows(
  database: DatabaseHandle,
  write: (sqlite: BetterSqlite3.Database) => (number | bigint)[],
): void {
  database.db.transaction((tx) => {
    const ids = write(database.sqlite).map(Number);
    projectStatusPeriods(tx, ids);
    projectPricePeriods(tx, ids);
  });
}
