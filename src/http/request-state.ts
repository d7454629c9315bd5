import type { FastifyInstance, FastifyRequest } from "fastify";
import { shutdownState } from "./connections.js";

/**
 * What the HTTP layer learns about one request as it passes the phases, in one typed object:
 * `request.state` on the Fastify request, and `state` on its GraphQL context. One object, not a
 * copy, because Apollo gives plugins and resolvers a shallow copy of the context: a write to it
 * from a resolver (the field budget) reaches the plugins, the response cache and the log line.
 */
export interface RequestState {
  /** Whose budgets the request spends: `key:<name>` or `ip:<address>` (set with its context). */
  client: string | undefined;
  /** The operation's name, as Apollo resolved it, or as the request named it. */
  operation: string | null;
  /** The cost estimate in points, once the cost guard made it. */
  cost: number | undefined;
  /** The most fields the request may resolve; see field-budget.ts (0: no budget). */
  fieldBudget: number;
  fieldsResolved: number;
  /** The field budget stopped it: the answer is one COST_LIMIT_EXCEEDED error. */
  budgetExceeded: boolean;
  /** The deadline it is given, in ms (0: none). */
  timeoutMs: number;
  /** When its own deadline falls (ms since the epoch), counted from when its context was made. */
  ownDeadline: number | undefined;
  /** When the operation must be done by: its own deadline, or the shutdown's if sooner. */
  readonly deadline: number | undefined;
  /** The deadline passed while it ran: the answer is one QUERY_TIMEOUT error. */
  timedOut: boolean;
  /** The response cache's key for it, once looked up. */
  cacheKey: string | undefined;
  /** The answer is a query's, without errors: the response cache may keep it. */
  cacheable: boolean;
  /** The error codes of the answer Apollo gave; undefined when Apollo did not answer. */
  errors: string[] | undefined;
  /** The first internal error met, for the log line (never sent to the client). */
  failure: unknown;
}

/** The limits a request's state starts from. */
export interface StateLimits {
  /** The field budget (the cost limit). */
  cost: number;
  timeoutMs: number;
}

/** A fresh state, for a request or an operation run in-process. */
export function createRequestState(limits: StateLimits): RequestState {
  return {
    client: undefined,
    operation: null,
    cost: undefined,
    fieldBudget: limits.cost,
    fieldsResolved: 0,
    budgetExceeded: false,
    timeoutMs: limits.timeoutMs,
    ownDeadline: undefined,
    get deadline() {
      const stop = shutdownState.deadline;
      if (stop === undefined) return this.ownDeadline;
      return this.ownDeadline === undefined ? stop : Math.min(this.ownDeadline, stop);
    },
    timedOut: false,
    cacheKey: undefined,
    cacheable: false,
    errors: undefined,
    failure: undefined,
  };
}

declare module "fastify" {
  interface FastifyRequest {
    /** What the HTTP layer learns about the request; see RequestState. */
    readonly state: RequestState;
  }
}

const stateSlot = Symbol("modelgraph.requestState");

/**
 * Gives every request of `app` its state: made on first use, so a phase never finds it missing,
 * whichever hook answered first (a shutdown's 503 in onRequest, a body too large to read).
 */
export function decorateRequestState(app: FastifyInstance, limits: StateLimits): void {
  app.decorateRequest("state", {
    getter(this: FastifyRequest) {
      const slot = this as unknown as { [stateSlot]?: RequestState };
      return (slot[stateSlot] ??= createRequestState(limits));
    },
  });
}
