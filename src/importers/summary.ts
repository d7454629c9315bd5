import type { ImportBatch } from "./import.types.js";

export interface Tally {
  added: number;
  updated: number;
  unchanged: number;
}

/** What one import did, for the operator. */
export interface ImportSummary {
  catalog: string;
  snapshot: string;
  source: string;
  models: Tally;
  offerings: Tally;
  /** Deprecation notices: a new one where the tracker says something new of a model. */
  notices: Tally;
  prices: { opened: number; closed: number };
  /** Facts where sources disagree, on the models this import touched. */
  conflicts: number;
  skipped: { id: string; reason: string }[];
}

const tally = (): Tally => ({ added: 0, updated: 0, unchanged: 0 });

export function emptySummary(batch: ImportBatch): ImportSummary {
  return {
    catalog: batch.catalog,
    snapshot: batch.snapshot,
    source: "",
    models: tally(),
    offerings: tally(),
    notices: tally(),
    prices: { opened: 0, closed: 0 },
    conflicts: 0,
    skipped: [...batch.skipped],
  };
}
