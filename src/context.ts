import type { Database } from "./db/client.js";
import { createModelsContext } from "./modules/models/index.js";
import type { Clock } from "./shared/dates.js";

/** One request's context: each module's slice (its repository and fresh loaders) side by side. */
export function createContext(db: Database, clock: Clock) {
  return {
    clock,
    ...createModelsContext(db),
  };
}

export type Context = ReturnType<typeof createContext>;
