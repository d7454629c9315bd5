import type { Database, Executor } from "../../db/client.js";
import type { BaseContext } from "../../graphql/context.js";
import { rowLoader } from "../../sql/loaders.js";
import type { UserErrors } from "../../graphql/user-errors.js";
import { ChangeRepository } from "./change.repository.js";
import { ChangeResolver } from "./change.resolver.js";
import { runWrite, type Work, type Written, type WriteOutcome } from "./write.js";

export { Change } from "./change.type.js";
export { ChangeRepository } from "./change.repository.js";
export type { ChangeEntry } from "./change.repository.js";
export type { Work, Written, WriteOutcome } from "./write.js";
export { unauthenticated } from "./write.js";

export const changeResolvers = [ChangeResolver] as const;

/**
 * The changes module's slice: the log, and `write`, through which every mutation runs (awaited:
 * it waits, without blocking, while another connection holds the write lock).
 * `actor` names who is writing (null without a valid key); `afterCommit` refreshes the
 * request's loaders so a payload shows what was just written.
 */
export function createChangesContext(
  db: Database,
  base: BaseContext,
  actor: () => string | null,
  afterCommit: () => void,
  open: (tx: Executor) => Work,
) {
  const repository = new ChangeRepository(db);
  return {
    changes: {
      repository,
      loaders: {
        byId: rowLoader(
          (ids: readonly number[]) => repository.byIds(ids),
          (c) => c.rowId,
        ),
      },
      write<T>(
        writer: (work: Work, errors: UserErrors) => Written<T> | undefined,
      ): Promise<WriteOutcome<T>> {
        return runWrite({ db, clock: base.clock, open, actor, afterCommit }, writer);
      },
    },
  };
}

export type ChangesContext = BaseContext & ReturnType<typeof createChangesContext>;
