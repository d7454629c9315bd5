import { type ChildProcess, spawn } from "node:child_process";
import { projectRoot } from "../shared/paths.js";

// `npm run dev`: the API server from source, restarted on changes (port 4000, or PORT), and the
// web front end from source with hot reload (Vite, http://localhost:5173), which passes /graphql
// on to the API. Ctrl-C stops both; when one stops, so does the other.
const children: ChildProcess[] = [
  spawn("npx", ["tsx", "watch", "src/index.ts"], {
    cwd: projectRoot,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "development" },
  }),
  spawn("npx", ["vite", "--clearScreen", "false"], { cwd: projectRoot, stdio: "inherit" }),
];

let stopping = false;
function stop(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  process.exitCode = code;
}
for (const child of children) child.on("exit", (code) => stop(code ?? 0));
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));
