import { eq } from "drizzle-orm";
import type { Database } from "../db/client.js";
import * as t from "../db/schema.js";
import type { Work } from "../modules/changes/index.js";
import { ConflictRepository } from "../modules/provenance/index.js";
import { UnitOfWork } from "../modules/writes/index.js";
import { importNotices } from "./notices.js";
import { identify, undatedSlug } from "../modules/identity/index.js";
import type { ImportBatch, ImportedModel } from "./import.types.js";
import { importModel, importPricedModel, withdrawUnlistedModels } from "./models.js";
import { importOffering, resolvePending, withdrawUnlisted } from "./offerings.js";
import { closeUnlisted } from "./prices.js";
import { ImportRun } from "./run.js";
import { saneModel, saneOffering } from "./sanitize.js";
import type { ImportSummary } from "./summary.js";

export type { ImportSummary } from "./summary.js";

const rollback = Symbol("dry run");

/**
 * Merges one catalog snapshot into the graph, in one transaction (rolled back for a dry run, or
 * on any failure, so a failed import leaves the database as it was).
 *
 * - Every fact the snapshot gives a model is this catalog's claim on it (`stateFacts`), replacing
 *   the catalog's earlier claim; claims that already match are left alone, so importing the same
 *   snapshot twice changes nothing. What the graph serves is then projected from every origin's
 *   claims by one precedence (curated first), so the order of imports does not matter; where
 *   sources disagree is derived from the claims, never written here.
 * - Prices keep history: a changed price closes the catalog's open period on the snapshot's date
 *   and opens a new one; a price the snapshot no longer lists is closed.
 * - Host offerings keep their own prices, apart from the maker's.
 *
 * The phases, each its own module: identity and claims (`models.ts`, `names.ts`), offerings
 * (`offerings.ts`), prices (`prices.ts`), the summary (`summary.ts`).
 */
export function applyImport(
  db: Database,
  batch: ImportBatch,
  options: {
    dryRun?: boolean;
    onProgress?: (done: number, total: number) => void;
    /** Runs inside the import's transaction, before it commits (the CLI logs the change here). */
    beforeCommit?: (work: Work, summary: ImportSummary) => void;
  } = {},
): ImportSummary {
  let summary: ImportSummary | undefined;
  try {
    db.transaction(
      (tx) => {
        const work = new UnitOfWork(tx);
        summary = runImport(new ImportRun(work, batch), options.onProgress);
        if (options.dryRun) throw rollback;
        options.beforeCommit?.(work, summary);
        work.commit();
      },
      { behavior: "immediate" },
    );
  } catch (error) {
    if (error !== rollback) throw error;
  }
  return summary!;
}

function runImport(
  run: ImportRun,
  onProgress?: (done: number, total: number) => void,
): ImportSummary {
  const { tx, batch, summary } = run;
  const total = batch.models.length + batch.offerings.length;
  let done = 0;
  // Undated ids first, so that a dated snapshot finds the model it belongs to; of two spellings
  // of one model (`claude-4-opus-…`, `claude-opus-4-…`) the one its identity key spells first,
  // so that the model is named the same whichever catalog comes first.
  const canonical = (m: ImportedModel) => Number(identify(m.slug).key !== m.slug);
  const models = batch.models
    .map(saneModel)
    .sort(
      (a, b) =>
        Number(!!undatedSlug(a.slug)) - Number(!!undatedSlug(b.slug)) ||
        canonical(a) - canonical(b),
    );
  // This snapshot restates every record of its catalog that still waits for its model.
  tx.delete(t.pendingRecords).where(eq(t.pendingRecords.catalog, batch.catalog)).run();
  for (const model of models) {
    importModel(run, model);
    onProgress?.(++done, total);
  }
  withdrawUnlistedModels(run);
  for (const offering of batch.offerings) {
    importOffering(run, saneOffering(offering));
    onProgress?.(++done, total);
  }
  closeUnlisted(run);
  withdrawUnlisted(run);
  resolvePending(run, (other, record) => importPricedModel(other, record) === "applied");
  importNotices(run);
  run.work.touch(...run.touchedModels, ...run.reproject);
  // New models, families and release dates may make or unmake the rule's proposed successors.
  run.work.relineageAll();
  run.work.commit();
  // Read inside the transaction: a dry run counts what the import would leave.
  summary.conflicts = new ConflictRepository(tx as Database).forModels([
    ...run.touchedModels,
  ]).length;
  return summary;
}
