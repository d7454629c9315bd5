import { defaultFieldResolver, GraphQLError, type GraphQLSchema, isObjectType } from "graphql";
import type { RequestState } from "./request-state.js";

/** What a request's context carries for the field budget (none when run without the HTTP layer). */
interface Budgeted {
  state?: RequestState;
}

/**
 * A guard inside execution. Counts the fields a request actually resolves and stops it once they pass its budget: the cost
 * estimate runs before execution and can only guess list sizes, so this is the limit that holds
 * whatever the data turns out to be. Past the budget every field fails at once, without touching
 * the database, and the HTTP layer answers with one COST_LIMIT_EXCEEDED error. The same check
 * stops a request past its deadline (QUERY_TIMEOUT_MS): its remaining fields fail at once and
 * the answer is one QUERY_TIMEOUT error.
 *
 * It wraps each field's resolver in place, synchronously: a type-graphql middleware would have
 * done the same, but its async dispatch turned every field into a promise and cost a third of the
 * time of a page. The wrapper also turns a resolver's synchronous error into a rejection.
 */
export function applyFieldBudget(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: Budgeted, info) => {
        try {
          const state = context.state;
          if (state?.deadline !== undefined && Date.now() > state.deadline) {
            state.timedOut = true;
            throw new GraphQLError("This query ran past its deadline and was stopped.", {
              extensions: { code: "QUERY_TIMEOUT" },
            });
          }
          if (state?.fieldBudget) {
            state.fieldsResolved++;
            if (state.fieldsResolved > state.fieldBudget) {
              state.budgetExceeded = true;
              throw new GraphQLError(
                `This query resolved more than ${state.fieldBudget} fields and was stopped.`,
                { extensions: { code: "COST_LIMIT_EXCEEDED" } },
              );
            }
          }
          return resolve(source, args, context, info);
        } catch (error) {
          // graphql-js 16 leaves a list's other pending items unhandled when one item fails
          // synchronously; a resolver's error, made a rejection, goes through its error handling
          // like any other. (Errors graphql itself raises while completing a value can still do
          // it, on bad stored data: src/index.ts logs those instead of ending the process.)
          return Promise.reject(error as Error);
        }
      };
    }
  }
}
