import type { Clock } from "../shared/dates.js";

/** What every module's slice of the request context can rely on. */
export interface BaseContext {
  /** Today's date for every "as of" default. */
  clock: Clock;
}
