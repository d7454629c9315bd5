import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { format } from "node:util";
import { vi } from "vitest";
import { projectRoot } from "../../src/shared/paths.js";

export interface CliResult {
  stdout: string;
  stderr: string;
  /** The process's exit code as the script left it: 0, or what it set `process.exitCode` to. */
  code: number;
}

let runs = 0;

/**
 * Runs `src/cli/<script>.ts` in this process, as `npm run <script> -- ...args` runs it in its
 * own: with `args` as its command line and `env` over the environment, and what it prints
 * captured. No process is started, so the cost is the script's work, not a tsx start-up.
 * The module is evaluated afresh on each run (a query string makes it a new module; what it
 * imports is shared). `process.exit` is refused with an error, since it would end the test.
 */
export async function runCliInProcess(
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<CliResult> {
  const file = join(projectRoot, "src", "cli", `${script}.ts`);
  const saved = { argv: process.argv, exitCode: process.exitCode, env: { ...process.env } };
  const stdout: string[] = [];
  const stderr: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...a) => void stdout.push(format(...a)));
  const error = vi
    .spyOn(console, "error")
    .mockImplementation((...a) => void stderr.push(format(...a)));
  const write = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    stderr.push(String(chunk));
    return true;
  });
  const exit = vi.spyOn(process, "exit").mockImplementation((code) => {
    throw new Error(`${script} called process.exit(${code})`);
  });
  try {
    process.argv = [process.execPath, file, ...args];
    process.exitCode = undefined;
    Object.assign(process.env, env);
    await import(`${pathToFileURL(file).href}?run=${++runs}`);
    return {
      stdout: stdout.map((line) => `${line}\n`).join(""),
      stderr: stderr.map((line) => (line.endsWith("\n") ? line : `${line}\n`)).join(""),
      code: Number(process.exitCode ?? 0),
    };
  } finally {
    process.argv = saved.argv;
    process.exitCode = saved.exitCode;
    for (const name of Object.keys(env)) {
      if (name in saved.env) process.env[name] = saved.env[name];
      else delete process.env[name];
    }
    log.mockRestore();
    error.mockRestore();
    write.mockRestore();
    exit.mockRestore();
  }
}
