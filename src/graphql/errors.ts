import BetterSqlite3 from "better-sqlite3";
import { GraphQLError } from "graphql";

/** Stable codes for top-level errors: ones a client can cause, and ones it can retry. */
export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  /** Another connection held the database's lock for too long; retrying later can succeed. */
  DATABASE_BUSY: "DATABASE_BUSY",
} as const;

/** A top-level error for an argument the client got wrong; `argument` names it. */
export function badUserInput(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, ...(argument ? { argument } : {}) },
  });
}

/** How long a client told DATABASE_BUSY is asked to wait before it retries, in seconds. */
export const RETRY_AFTER_SECONDS = 1;

/** The extensions of a DATABASE_BUSY error: the code, and the 503 with Retry-After to answer. */
function databaseBusyExtensions() {
  return {
    code: ErrorCode.DATABASE_BUSY,
    retryAfterSeconds: RETRY_AFTER_SECONDS,
    // Apollo Server sets the response's status and headers from this (leaving it out of the
    // error the client sees), whatever else the response holds.
    http: { status: 503, headers: new Map([["retry-after", String(RETRY_AFTER_SECONDS)]]) },
  };
}

/**
 * DATABASE_BUSY: the database stayed locked by another connection (an import, say) longer than
 * a request may wait. Nothing was changed. The response is a 503 with a Retry-After header.
 */
export function databaseBusy(): GraphQLError {
  return new GraphQLError(
    `The database is busy with another write; nothing was changed. Retry in ${RETRY_AFTER_SECONDS} s.`,
    { extensions: databaseBusyExtensions() },
  );
}

function isBusyCode(code: string): boolean {
  return /^SQLITE_(BUSY|LOCKED)(_|$)/.test(code);
}

/** True for SQLite's "the database is locked" errors (SQLITE_BUSY, SQLITE_LOCKED and variants). */
export function isDatabaseBusy(error: unknown): boolean {
  return error instanceof BetterSqlite3.SqliteError && isBusyCode(error.code);
}

/**
 * The extensions a client's error gets when SQLite's busy error caused it: DATABASE_BUSY's (the
 * code, and the 503 with Retry-After Apollo answers with); undefined for any other error.
 *
 * Writes retry, then throw databaseBusy() (modules/changes/write.ts). Reads do not wait: in WAL
 * mode they never wait for a writer, and the rare SQLITE_BUSY one meets (another process holding
 * the database in exclusive locking mode, say) fails it at once. So that such an error reaches
 * the client as DATABASE_BUSY (503, Retry-After) and not as an internal error wherever it is
 * thrown — a resolver, a loader's batch, after an await, a read worker — the places that map
 * errors for the client ask this: the HTTP layer's error mapping (src/http/error-mapping.ts) and
 * the read workers, which send a task's error back to the main thread.
 */
export function databaseErrorExtensions(error: unknown) {
  return isDatabaseBusy(error) ? databaseBusyExtensions() : undefined;
}
