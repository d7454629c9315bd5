import { GraphQLError } from "graphql";
import type { MiddlewareFn } from "type-graphql";

/** What a request's context carries for the field budget (set by the HTTP layer). */
interface Budgeted {
  meta?: { fieldBudget?: number; fieldsResolved?: number; budgetExceeded?: boolean };
}

/**
 * Counts the fields a request actually resolves and stops it once they pass its budget: the cost
 * estimate runs before execution and can only guess list sizes, so this is the limit that holds
 * whatever the data turns out to be. Past the budget every field fails at once, without touching
 * the database, and the HTTP layer answers with one COST_LIMIT_EXCEEDED error.
 */
export const fieldBudget: MiddlewareFn<Budgeted> = ({ context }, next) => {
  const meta = context.meta;
  if (meta?.fieldBudget) {
    meta.fieldsResolved = (meta.fieldsResolved ?? 0) + 1;
    if (meta.fieldsResolved > meta.fieldBudget) {
      meta.budgetExceeded = true;
      throw new GraphQLError(
        `This query resolved more than ${meta.fieldBudget} fields and was stopped.`,
        {
          extensions: { code: "COST_LIMIT_EXCEEDED" },
        },
      );
    }
  }
  return next();
};
