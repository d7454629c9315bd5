import { GraphQLError } from "graphql";
import { lockTimeoutOf, type Database, type Executor } from "../../db/client.js";
import type { Clock } from "../../shared/dates.js";
import { databaseBusy, ErrorCode, isDatabaseBusy } from "../../graphql/errors.js";
import { UserErrors, type UserError } from "../../graphql/user-errors.js";
import type { ChangeEntry } from "./change.repository.js";

/**
 * One write in progress: its transaction, and what it touched. A writer changes rows through
 * `tx` (by the stores) and says which models it changed; once, when the write commits, the unit
 * of work projects those models, re-runs the lineage rule on their families and appends the change
 * log, whichever entry point wrote (a mutation, the curated catalog, an import).
 */
export interface Work {
  readonly tx: Executor;
  /** These models' rows changed: project them (and their families' lineage) at commit. */
  touch(...modelIds: number[]): void;
  /** Only these models' families' lineage may change (an edge from them was written). */
  relineage(...modelIds: number[]): void;
  /** A family whose lineage may change with no model of it left to name (a model deleted). */
  touchFamily(family: string | null | undefined): void;
  /** Every family's lineage may change (an import, a catalog sync): all are inferred again. */
  relineageAll(): void;
  /** Appends an entry to the change log at commit. */
  log(entry: ChangeEntry & { at: string; actor: string }): void;
  /** Projects, infers and logs what the work touched; called once, before the transaction commits. */
  commit(): void;
}

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
  /** Opens the unit of work of one try of a write. */
  open: (tx: Executor) => Work;
  actor: () => string | null;
  afterCommit: () => void;
}

/**
 * Runs one write: refuses it without an actor (UNAUTHENTICATED, nothing touched), then runs
 * `writer` in an IMMEDIATE transaction with a unit of work. If the writer reports user errors (or
 * returns nothing) the transaction rolls back, so a refused write changes nothing; otherwise the
 * unit of work commits in the same transaction (projections, lineage, the change log) and
 * `afterCommit` runs.
 *
 * While another connection (an import, say) holds the write lock, the transaction fails with
 * SQLITE_BUSY and is rolled back; it is tried again after a pause on a timer — 10 ms doubling to
 * 250 ms, with jitter — so the event loop keeps serving other requests meanwhile. Past the
 * database's `lockTimeoutMs` (an option of `openDatabase`, 5 s by default) it gives up with
 * DATABASE_BUSY (HTTP 503 with Retry-After), nothing written. The writer may thus run more than
 * once: it must touch nothing but `work` and `errors`.
 */
export async function runWrite<T>(
  deps: WriteDeps,
  writer: (work: Work, errors: UserErrors) => Written<T> | undefined,
): Promise<WriteOutcome<T>> {
  const actor = deps.actor();
  if (actor === null) throw unauthenticated();
  const timeout = lockTimeoutOf(deps.db);
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    let outcome: { committed: boolean } & WriteOutcome<T>;
    try {
      outcome = writeOnce(deps, actor, writer);
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
  { db, clock, open }: WriteDeps,
  actor: string,
  writer: (work: Work, errors: UserErrors) => Written<T> | undefined,
): { committed: boolean } & WriteOutcome<T> {
  const errors = new UserErrors();
  let value: T | null = null;
  try {
    // better-sqlite3 rolls the transaction back when anything in it throws, COMMIT included.
    db.transaction(
      (tx) => {
        const work = open(tx);
        const written = writer(work, errors);
        if (errors.any || written === undefined) throw rollback;
        work.log({ ...written.change, at: clock.now().toISOString(), actor });
        work.commit();
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
