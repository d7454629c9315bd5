import { GraphQLError } from "graphql";
import type { Database, Executor } from "../../db/client.js";
import type { Clock } from "../../shared/dates.js";
import { ErrorCode } from "../../shared/errors.js";
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

/**
 * Runs one write: refuses it without an actor (UNAUTHENTICATED, nothing touched), then runs
 * `writer` in an IMMEDIATE transaction. If the writer reports user errors (or returns nothing)
 * the transaction rolls back, so a refused write changes nothing; otherwise the change is
 * appended to the log in the same transaction and `afterCommit` runs.
 */
export function runWrite<T>(
  deps: {
    db: Database;
    clock: Clock;
    repository: ChangeRepository;
    actor: () => string | null;
    afterCommit: () => void;
  },
  writer: (tx: Executor, errors: UserErrors) => Written<T> | undefined,
): WriteOutcome<T> {
  const actor = deps.actor();
  if (actor === null) throw unauthenticated();
  const errors = new UserErrors();
  let value: T | null = null;
  try {
    deps.db.transaction(
      (tx) => {
        const written = writer(tx, errors);
        if (errors.any || written === undefined) throw rollback;
        deps.repository.append(tx, {
          ...written.change,
          at: deps.clock.now().toISOString(),
          actor,
        });
        value = written.value;
      },
      { behavior: "immediate" },
    );
  } catch (error) {
    if (error !== rollback) throw error;
    return { value: null, userErrors: errors.list };
  }
  deps.afterCommit();
  return { value, userErrors: [] };
}
