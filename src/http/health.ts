/**
 * Liveness and readiness, for a load balancer or an orchestrator: `GET /health` says the process
 * and its database connection answer; `GET /ready` that the migrated schema answers a real query
 * (503 while it cannot, the reason kept for the request's log line).
 */
import type BetterSqlite3 from "better-sqlite3";
import type { FastifyInstance } from "fastify";
import { databaseAnswers, modelCount } from "../db/health.js";

/** Adds `/health` and `/ready` to `app`. */
export function serveHealth(app: FastifyInstance, sqlite: BetterSqlite3.Database): void {
  app.get("/health", async (_request, reply) => {
    databaseAnswers(sqlite);
    return reply.send({ status: "ok" });
  });
  app.get("/ready", async (request, reply) => {
    try {
      return reply.send({ status: "ready", models: modelCount(sqlite) });
    } catch (error) {
      request.state.failure = error;
      return reply.code(503).send({ status: "unavailable" });
    }
  });
}
