import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

interface Log {
  info(message: string): void;
  warn(message: string): void;
}

/**
 * Runs `npm run sync` every `intervalMs` in a process of its own, so that a long import never
 * holds the server's event loop (the database's write lock is shared through SQLite, and the
 * syncs table keeps one sync at a time across processes). A run still going when the next is due
 * is not doubled. Returns a stop function for shutdown, which ends a run in progress (its import
 * rolls back).
 */
export function scheduleSyncs(intervalMs: number, log: Log): () => void {
  // Built (dist/cli/sync.js) or run by tsx (src/cli/sync.ts), beside this file either way.
  const ext = import.meta.url.endsWith(".ts") ? "ts" : "js";
  const script = fileURLToPath(new URL(`./cli/sync.${ext}`, import.meta.url));
  let running: ChildProcess | undefined;
  const run = () => {
    if (running) return;
    log.info("sync: pulling the catalogs");
    const child = spawn(process.execPath, [...process.execArgv, script], {
      env: process.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    running = child;
    const lines = (chunk: Buffer) =>
      chunk
        .toString()
        .split("\n")
        .filter((line) => line.trim() !== "");
    child.stdout?.on("data", (chunk: Buffer) =>
      lines(chunk).forEach((l) => log.info(`sync: ${l}`)),
    );
    child.stderr?.on("data", (chunk: Buffer) =>
      lines(chunk).forEach((l) => log.warn(`sync: ${l}`)),
    );
    child.once("exit", (code, signal) => {
      running = undefined;
      if (code !== 0) log.warn(`sync: ended with ${code ?? signal}; see Query.syncs for why`);
    });
  };
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    running?.kill("SIGTERM");
  };
}
