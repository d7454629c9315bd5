import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { loadConfig, serverNodeFlags } from "../config.js";
import { projectRoot } from "../shared/paths.js";
import { buildFingerprint, buildIsCurrent, markBuilt } from "./build-state.js";

// `npm start`: builds only when the sources changed since the last build (see build-state.ts),
// then serves dist/index.js: a checkout as it was at the last build answers within a second or two.

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: projectRoot, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`${command} ${args.join(" ")} failed; not starting`);
    process.exit(result.status ?? 1);
  }
}

const fingerprint = buildFingerprint();
if (!buildIsCurrent(fingerprint)) {
  run("npx", ["tsc", "-p", "tsconfig.build.json"]);
  run("npx", ["vite", "build", "--logLevel", "warn"]);
  markBuilt(fingerprint);
}
// A configuration that cannot be right stops here, with its message; the heap limit is passed on.
let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const server = spawn(
  process.execPath,
  [...serverNodeFlags(config), join(projectRoot, "dist", "index.js")],
  {
    cwd: projectRoot,
    stdio: "inherit",
  },
);
// The server owns shutdown (drain, deadline). Ctrl-C reaches it with the terminal's process
// group; a SIGTERM sent to this process is passed on. Its exit is ours.
process.on("SIGINT", () => {});
process.on("SIGTERM", () => server.kill("SIGTERM"));
server.on("exit", (code, signal) => {
  process.exitCode = code ?? (signal ? 1 : 0);
});
