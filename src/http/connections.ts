import type { Socket } from "node:net";
import { Worker } from "node:worker_threads";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { HttpLimits } from "../config.js";

/**
 * Connections and shutdown: how long a client may take to send a request, how many connections
 * are open at once, and what a client sees while the server stops.
 *
 * Node's HTTP server enforces `requestTimeout` (headers and body) and `headersTimeout` only when
 * it sweeps its connections, every `connectionsCheckingInterval` (30 s unless told): a body sent
 * one byte at a time outlived a 10 s REQUEST_TIMEOUT_MS by up to 30 s. The sweep here runs at
 * least once a second, so a request is cut within about a second of its timeout, with a 408.
 */
export type ConnectionLimits = Pick<
  HttpLimits,
  "requestTimeoutMs" | "headersTimeoutMs" | "keepAliveTimeoutMs" | "maxConnections"
>;

/** How often Node looks for requests past their timeouts: a second, less for shorter timeouts. */
export function sweepIntervalMs(
  limits: Pick<ConnectionLimits, "requestTimeoutMs" | "headersTimeoutMs">,
) {
  const timeouts = [limits.requestTimeoutMs, limits.headersTimeoutMs].filter((t) => t > 0);
  if (timeouts.length === 0) return 30_000;
  return Math.min(1_000, Math.max(50, Math.floor(Math.min(...timeouts) / 4)));
}

/**
 * The part of `Fastify({...})`'s options these limits set. No socket idle timeout
 * (`connectionTimeout`) is set: requestTimeout already bounds reading a body however slowly it
 * trickles, and an idle timeout would also cut a client waiting for a long answer.
 */
export function connectionOptions(limits: ConnectionLimits) {
  const { requestTimeoutMs, keepAliveTimeoutMs } = limits;
  // Node refuses a headers timeout longer than the request timeout: headers are part of it.
  const headersTimeout =
    requestTimeoutMs > 0 && limits.headersTimeoutMs > requestTimeoutMs
      ? requestTimeoutMs
      : limits.headersTimeoutMs;
  return {
    requestTimeout: requestTimeoutMs,
    // Fastify reads 0 as "its default" (72 s): KEEP_ALIVE_TIMEOUT_MS=0 (no keep-alive) is the
    // Connection: close guardConnections puts on every answer.
    keepAliveTimeout: keepAliveTimeoutMs > 0 ? keepAliveTimeoutMs : 1_000,
    connectionTimeout: 0,
    // close() closes idle keep-alive connections at once; busy ones close after their answer.
    forceCloseConnections: "idle" as const,
    // Fastify's own 503 while closing has a body of its own shape, before any hook runs: the
    // onRequest hook of guardConnections answers instead.
    return503OnClosing: false,
    http: {
      requestTimeout: requestTimeoutMs,
      headersTimeout,
      connectionsCheckingInterval: sweepIntervalMs(limits),
    },
  };
}

/** Whether the process is stopping, and when requests still running are cut off. */
export interface ShutdownState {
  stopping: boolean;
  /** Date.now() at which the process exits whatever is still running (like `meta.deadline`). */
  deadline: number | undefined;
}

/**
 * Set by src/index.ts when SIGTERM or SIGINT arrives: a resolver past `deadline` may stop at
 * once, as at its own QUERY_TIMEOUT_MS deadline, since its answer would never be sent.
 */
export const shutdownState: ShutdownState = { stopping: false, deadline: undefined };

/** Marks the process as stopping, with requests still running cut off `timeoutMs` from now. */
export function beginShutdown(timeoutMs: number, now = Date.now()): void {
  shutdownState.stopping = true;
  shutdownState.deadline = now + timeoutMs;
}

/** The answer to a request that arrives while the server stops. */
export const shuttingDownBody = {
  errors: [
    {
      message: "The server is shutting down. Send the request again on a new connection.",
      extensions: { code: "SHUTTING_DOWN" },
    },
  ],
};

/** How often a full server says in its log that it closed connections over MAX_CONNECTIONS. */
const DROP_LOG_INTERVAL_MS = 10_000;

/**
 * Applies the connection cap and the shutdown answers to an app built with connectionOptions.
 *
 * While the server stops (shutdownState, or app.close() called): a request that arrives on a
 * connection already open gets 503 SHUTTING_DOWN with `Connection: close`; an answer to a
 * request that arrived before says `Connection: close` too, unless the client already sent
 * another request behind it on the same connection (that one's 503 closes it), so a keep-alive
 * client never reuses a connection the server is about to close.
 */
export function guardConnections(app: FastifyInstance, limits: ConnectionLimits): void {
  const server = app.server;
  // Node closes a connection over the cap as it is accepted, before reading a byte of it.
  if (limits.maxConnections > 0) server.maxConnections = limits.maxConnections;
  let dropped = 0;
  let lastLogged = 0;
  server.on("drop", () => {
    dropped++;
    const now = Date.now();
    if (now - lastLogged < DROP_LOG_INTERVAL_MS) return;
    app.log.warn(
      `${dropped} connection(s) closed on arrival: ${limits.maxConnections} open already (MAX_CONNECTIONS)`,
    );
    dropped = 0;
    lastLogged = now;
  });

  let closing = false;
  app.addHook("preClose", (done) => {
    closing = true;
    done();
  });
  const stopping = () => closing || shutdownState.stopping;

  // Requests received on a connection and not yet answered: more than one when pipelined.
  const pending = new WeakMap<Socket, number>();
  const settle = (socket: Socket) => {
    const left = (pending.get(socket) ?? 1) - 1;
    if (left > 0) pending.set(socket, left);
    else pending.delete(socket);
  };
  app.addHook("onRequest", (request: FastifyRequest, reply: FastifyReply, done) => {
    const socket = request.raw.socket;
    pending.set(socket, (pending.get(socket) ?? 0) + 1);
    reply.raw.once("close", () => settle(socket));
    if (!stopping()) return done();
    reply.code(503).header("connection", "close").header("retry-after", "1").send(shuttingDownBody);
  });
  app.addHook("onSend", (request, reply, payload, done) => {
    // (Node's maxRequestsPerSocket would say Connection: close too, but keep the connection
    // open until keepAliveTimeout; an explicit header closes it once the answer is sent.)
    if (
      limits.keepAliveTimeoutMs === 0 ||
      (stopping() && (pending.get(request.raw.socket) ?? 0) <= 1)
    )
      reply.header("connection", "close");
    done(null, payload);
  });
}

/**
 * Kills the process `afterMs` from now from a thread of its own: a timer on the main thread
 * cannot fire while a request keeps the event loop busy, and the shutdown must end anyway. The
 * worker writes one log line (pino's shape, on stdout) and sends SIGKILL to its own process.
 */
export function startExitWatchdog(afterMs: number, message: string): Worker {
  const worker = new Worker(
    `const { workerData } = require("node:worker_threads");
const { writeSync } = require("node:fs");
setTimeout(() => {
  const line = { level: 60, time: Date.now(), pid: process.pid, msg: workerData.message };
  try { writeSync(1, JSON.stringify(line) + "\\n"); } catch {}
  process.kill(process.pid, "SIGKILL");
}, workerData.afterMs);`,
    // No flags of the parent's (a loader such as tsx, --input-type): a plain CommonJS script.
    { eval: true, execArgv: [], workerData: { afterMs, message } },
  );
  // It must not keep a process alive that has finished its shutdown by itself; a watchdog that
  // could not start leaves the shutdown to the main thread's timer, and ends nothing itself.
  worker.unref();
  worker.on("error", () => {});
  return worker;
}
