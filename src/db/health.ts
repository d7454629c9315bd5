import type BetterSqlite3 from "better-sqlite3";

/** Liveness: the connection answers at all. */
export function databaseAnswers(sqlite: BetterSqlite3.Database): boolean {
  return sqlite.prepare("SELECT 1 AS ok").get() !== undefined;
}

/** Readiness: the migrated schema answers a real query; how many models it holds. */
export function modelCount(sqlite: BetterSqlite3.Database): number {
  return (sqlite.prepare("SELECT count(*) AS n FROM models").get() as { n: number }).n;
}
