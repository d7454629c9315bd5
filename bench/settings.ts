import { parseArgs } from "node:util";

// The benchmark's options (see bench.ts), checked before anything runs.
export const { values } = parseArgs({
  options: {
    models: { type: "string" },
    duration: { type: "string", default: "5" },
    connections: { type: "string", default: "10" },
    imported: { type: "boolean", default: false },
    flood: { type: "string", default: "50000" },
  },
});
export const flood = Number(values.flood);
if (!(Number.isInteger(flood) && flood >= 0)) {
  console.error(`--flood must be a whole number of 0 or more, got "${values.flood}"`);
  process.exit(2);
}
export const duration = Number(values.duration);
export const connections = Number(values.connections);
export const scale = values.models ? Number(values.models) : undefined;
if (scale !== undefined && !(Number.isInteger(scale) && scale >= 20)) {
  console.error(`--models must be a whole number of 20 or more, got "${values.models}"`);
  process.exit(2);
}
