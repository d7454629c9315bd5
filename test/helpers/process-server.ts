import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { projectRoot } from "../../src/shared/paths.js";
import { freePort } from "./net.js";

export interface ServerProcess {
  child: ChildProcess;
  /** e.g. `http://127.0.0.1:43123` */
  base: string;
  /** Settles when the process has ended, with its exit code and the signal that ended it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts src/index.ts in a process of its own, as `npm start` runs it, over `databaseUrl`, and
 * resolves once /health answers 200. There is no bound on how long that may take — a busy
 * machine starts a process slowly — only the test's timeout; it rejects if the process exits
 * first.
 */
export async function startServerProcess(
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", join(projectRoot, "src", "index.ts")], {
    cwd: projectRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: "warn",
      ...env,
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  let gone: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  void exited.then((how) => (gone = how));
  const base = `http://127.0.0.1:${port}`;
  for (;;) {
    if (gone) throw new Error(`the server exited (${gone.code ?? gone.signal}) before it answered`);
    const healthy = await fetch(`${base}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) return { child, base, exited };
    // A pause between polls, not a deadline: the loop ends when the server answers or exits.
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
