import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker, type MessagePort } from "node:worker_threads";
import { GraphQLError } from "graphql";
import { databaseErrorExtensions } from "../graphql/errors.js";

/** What a worker answers: its result, or the error its task threw (message and extensions). */
export type WorkerAnswer =
  | { id: number; result: unknown }
  | { id: number; error: { message: string; extensions?: Record<string, unknown> } };

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer?: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
  /** Settles when the worker's module has loaded and serves tasks: deadlines count from then. */
  ready: Promise<void>;
}

export interface WorkerPoolOptions {
  /** The worker's module: it answers `{ id, task, args }` messages (see `serveTasks`). */
  file: URL;
  workerData: unknown;
  /** Workers kept running. */
  size: number;
  /** How long a task may take before it is abandoned (QUERY_TIMEOUT) and its worker replaced. */
  timeoutMs: number;
}

/**
 * Worker threads that run long, read-only tasks (a sort over every model) off the event loop, so
 * that the process keeps answering other clients meanwhile. A task past its deadline is
 * abandoned with QUERY_TIMEOUT: its worker is ended and a fresh one takes its place (a statement
 * already inside SQLite finishes on that thread first; nobody waits for it). Under tsx (tests,
 * `npm run dev`) a `.ts` worker module runs through tsx's loader.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private next = 0;
  private closed = false;

  /** Workers start on the first task, so a server that never needs one never starts one. */
  constructor(private readonly options: WorkerPoolOptions) {}

  private start(): Slot {
    const worker = this.spawn();
    let markReady = () => {};
    const slot: Slot = {
      worker,
      pending: new Map(),
      ready: new Promise<void>((resolve) => (markReady = resolve)),
    };
    // A worker waiting for work keeps no process alive.
    slot.worker.unref();
    slot.worker.on("message", (answer: WorkerAnswer | { ready: true }) => {
      if ("ready" in answer) return markReady();
      const pending = slot.pending.get(answer.id);
      if (!pending) return;
      slot.pending.delete(answer.id);
      clearTimeout(pending.timer);
      if ("error" in answer)
        pending.reject(
          new GraphQLError(answer.error.message, { extensions: answer.error.extensions }),
        );
      else pending.resolve(answer.result);
    });
    const fail = (error: Error) => {
      for (const pending of slot.pending.values()) {
        clearTimeout(pending.timer);
        pending.reject(error);
      }
      slot.pending.clear();
      this.replace(slot);
    };
    slot.worker.on("error", fail);
    slot.worker.on("exit", (code) => {
      if (slot.pending.size > 0) fail(new Error(`a read worker exited with code ${code}`));
    });
    return slot;
  }

  private spawn(): Worker {
    const { file, workerData } = this.options;
    if (!file.pathname.endsWith(".ts")) return new Worker(file, { workerData });
    // Source under tsx (tests, `npm run dev`): the worker loads its module through tsx's API,
    // since Node 20 does not pass a loader given in execArgv on to worker threads.
    const tsx = pathToFileURL(
      join(
        dirname(createRequire(import.meta.url).resolve("tsx/package.json")),
        "dist/esm/api/index.mjs",
      ),
    ).href;
    const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => api.tsImport(${JSON.stringify(file.href)}, ${JSON.stringify(import.meta.url)}))`;
    return new Worker(bootstrap, { eval: true, workerData });
  }

  private replace(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    void slot.worker.terminate();
    if (this.closed) return;
    this.slots[index] = this.start();
  }

  /** Runs `task` with `args` on the least busy worker; rejects with QUERY_TIMEOUT past the deadline. */
  run<T>(task: string, args: unknown[]): Promise<T> {
    if (this.closed) return Promise.reject(new Error("the read workers are closed"));
    while (this.slots.length < this.options.size) this.slots.push(this.start());
    const slot = this.slots.reduce((best, s) => (s.pending.size < best.pending.size ? s : best));
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      const pending: Pending = { resolve: resolve as (value: unknown) => void, reject };
      const onTimeout = () => {
        slot.pending.delete(id);
        reject(
          new GraphQLError("This query ran past its deadline and was stopped.", {
            extensions: { code: "QUERY_TIMEOUT" },
          }),
        );
        // The worker may be stuck in the abandoned task: start afresh, failing its other tasks.
        for (const other of slot.pending.values()) {
          clearTimeout(other.timer);
          other.reject(new GraphQLError("A read worker was restarted; retry the query."));
        }
        slot.pending.clear();
        this.replace(slot);
      };
      slot.pending.set(id, pending);
      // Starting a worker (loading its modules) is not the task's time.
      void slot.ready.then(() => {
        if (!slot.pending.has(id)) return;
        pending.timer = setTimeout(onTimeout, this.options.timeoutMs);
        slot.worker.postMessage({ id, task, args });
      });
    });
  }

  /** Ends every worker; tasks still running are failed. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/**
 * The worker's side: answers each `{ id, task, args }` message with the named task's result, or
 * with the message and extensions of the error it threw.
 */
export function serveTasks(
  port: MessagePort,
  tasks: Record<string, (...args: never[]) => unknown>,
): void {
  port.on("message", (message: { id: number; task: string; args: never[] }) => {
    const task = tasks[message.task];
    try {
      if (!task) throw new Error(`no task named ${message.task}`);
      port.postMessage({ id: message.id, result: task(...message.args) });
    } catch (error) {
      const e = error as { message?: string; extensions?: Record<string, unknown> };
      port.postMessage({
        id: message.id,
        error: {
          message: String(e.message ?? error),
          extensions: { ...(databaseErrorExtensions(error) ?? e.extensions) },
        },
      });
    }
  });
  port.postMessage({ ready: true });
}
