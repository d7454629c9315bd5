import { GraphQLError } from "graphql";
import { lockTimeoutOf, type Database, type Executor } from "../../db/client.js";
import type { Clock } from "../../shared/dates.js";
import { databaseBusy, ErrorCode, isDatabaseBusy } from "../../shared/errors.js";
import { UserErrors, type UserError } from "../../shared/user-errors.js";
import type { ChangeEntry, ChangeRepository } from "./change.repository.js";

/** What a writer returns when its input was good: the result, and what to log. */
export interface Written<T> {
  value: T;
  change: ChangeEntry;
}

export interface WriteOutcome<T> {
  value: T | null;
  userErrors: UserError[];
}

const rollback = Symbol("rollback");

export function unauthenticated(): GraphQLError {
  return new GraphQLError(
    "Writes need an API key: send the header `Authorization: Bearer <key>`.",
    {
      extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
    },
  );
}

/** The first pause before retrying a write that found the database locked, in ms; it doubles… */
const FIRST_RETRY_MS = 10;
/** …up to this. */
const MAX_RETRY_MS = 250;

export interface WriteDeps {
  db: Database;
  clock: Clock;
  repository: ChangeRepository;
  actor: () => string | null;
  afterCommit: () => void;
}

/**
 * Runs one write: refuses it without an actor (UNAUTHENTICATED, nothing touched), then runs
 * `writer` in an IMMEDIATE transaction. If the writer reports user errors (or returns nothing)
 * the transaction rolls back, so a refused write changes nothing; otherwise the change is
 * appended to the log in the same transaction and `afterCommit` runs.
 *
 * While another connection (an import, say) holds the write lock, the transaction fails with
 * SQLITE_BUSY and is rolled back; it is tried again after a pause on a timer — 10 ms doubling to
 * 250 ms, with jitter — so the event loop keeps serving other requests meanwhile. Past the
 * database's `lockTimeoutMs` (an option of `openDatabase`, 5 s by default) it gives up with
 * DATABASE_BUSY (HTTP 503 with Retry-After), nothing written. The writer may thus run more than
 * once: it must touch nothing but `tx` and `errors`.
 */
export async function runWrite<T>(
  deps: WriteDeps,
  writer: (tx: Executor, errors: UserErrors) => Written<T> | undefined,
): Promise<WriteOutcome<T>> {
  const actor = deps.actor();
  if (actor === null) throw unauthenticated();
  const timeout = lockTimeoutOf(deps.db);
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    let outcome: { committed: boolean } & WriteOutcome<T>;
    try {
      outcome = writeOnce(deps.db, deps.clock, deps.repository, actor, writer);
    } catch (error) {
      if (!isDatabaseBusy(error)) throw error;
      const left = timeout - (Date.now() - started);
      if (left <= 0) throw databaseBusy();
      const pause = Math.min(FIRST_RETRY_MS * 2 ** attempt, MAX_RETRY_MS);
      // Between half the pause and all of it, so writers that collided do not retry in step.
      await sleep(Math.min(left, pause / 2 + Math.random() * (pause / 2)));
      continue;
    }
    if (outcome.committed) deps.afterCommit();
    return { value: outcome.value, userErrors: outcome.userErrors };
  }
}

/** One try of `runWrite`, synchronous: an SQLITE_BUSY from it has left nothing written. */
function writeOnce<T>(
  db: Database,
  clock: Clock,
  repository: ChangeRepository,
  actor: string,
  writer: (tx: Executor, errors: UserErrors) => Written<T> | undefined,
): { committed: boolean } & WriteOutcome<T> {
  const errors = new UserErrors();
  let value: T | null = null;
  try {
    // better-sqlite3 rolls the transaction back when anything in it throws, COMMIT included.
    db.transaction(
      (tx) => {
        const written = writer(tx, errors);
        if (errors.any || written === undefined) throw rollback;
        repository.append(tx, { ...written.change, at: clock.now().toISOString(), actor });
        value = written.value;
      },
      { behavior: "immediate" },
    );
  } catch (error) {
    if (error !== rollback) throw error;
    return { committed: false, value: null, userErrors: errors.list };
  }
  return { committed: true, value, userErrors: [] };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
