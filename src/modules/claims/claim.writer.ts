import type { Executor } from "../../db/client.js";
import {
  firstDay,
  isDateField,
  precisionOf,
  scalarFields,
  type Claim,
  type ClaimValue,
  type FaqItem,
  type StatedFacts,
} from "./claim.fields.js";
import {
  capabilityRows,
  modalityRows,
  modelClaimStore,
  modelRow,
  providerClaimStore,
  providerRow,
  replaceCapabilities,
  replaceModalities,
  replaceTexts,
  textRows,
  updateModelColumns,
  updateProvider,
  type ClaimStore,
  type ModelColumns,
} from "./claim.store.js";
import { byPrecedence, CURATED } from "./precedence.js";

/**
 * Who states facts: `curated` or a catalog, the source to cite (or a function making it, called
 * only when a claim changes, so that an import that changes nothing adds no source), and the day
 * it was observed.
 */
export interface ClaimOrigin {
  origin: string;
  sourceId: number | null | (() => number);
  observedOn: string | null;
}

const same = (a: ClaimValue, b: ClaimValue) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Records what one origin says about a model: each field given replaces that origin's claim, a
 * `null` (or an empty list) withdraws it, an absent field leaves it. A catalog restating a value
 * it already claimed keeps citing the snapshot that first stated it, so importing the same facts
 * again changes nothing. Returns whether any claim changed; call `projectModel` afterwards.
 */
export function stateFacts(
  tx: Executor,
  modelId: number,
  by: ClaimOrigin,
  facts: StatedFacts,
): boolean {
  return stateClaims(tx, modelClaimStore, modelId, by, facts);
}

/** `stateFacts` for any subject's claims. */
export function stateClaims(
  tx: Executor,
  store: ClaimStore,
  subjectId: number,
  by: ClaimOrigin,
  facts: Partial<Record<string, ClaimValue | null>>,
): boolean {
  const mine = new Map(
    store
      .of(tx, subjectId)
      .filter((c) => c.origin === by.origin)
      .map((c) => [c.field, c]),
  );
  let changed = false;
  const make = typeof by.sourceId === "function" ? by.sourceId : undefined;
  let sourceId = typeof by.sourceId === "function" ? undefined : by.sourceId;
  const cite = (): number | null => {
    if (sourceId === undefined) sourceId = make!();
    return sourceId;
  };
  for (const [field, value] of Object.entries(facts)) {
    if (value === undefined) continue;
    const have = mine.get(field);
    if (value === null || (Array.isArray(value) && value.length === 0)) {
      if (have) {
        store.delete(tx, [have.id]);
        changed = true;
      }
      continue;
    }
    const precision =
      isDateField(field) && typeof value === "string" ? (precisionOf(value) ?? null) : null;
    if (have && same(have.value, value) && (by.origin !== CURATED || have.sourceId === cite()))
      continue;
    const claim = {
      field,
      value,
      precision,
      origin: by.origin,
      sourceId: cite(),
      observedOn: by.observedOn,
    };
    if (have) store.replace(tx, have.id, claim);
    else store.insert(tx, subjectId, claim);
    changed = true;
  }
  return changed;
}

/** Marks each field's winner among a subject's claims and returns the winners by field. */
export function markWinners(
  tx: Executor,
  store: ClaimStore,
  subjectId: number,
  claims: Claim[],
  own?: string,
): Map<string, Claim> {
  const best = winners(claims, own);
  const winnerIds = [...best.values()].map((c) => c.id).sort((a, b) => a - b);
  const wonBefore = claims
    .filter((c) => c.wins)
    .map((c) => c.id)
    .sort((a, b) => a - b);
  if (winnerIds.join() !== wonBefore.join()) store.markWinners(tx, subjectId, winnerIds);
  return best;
}

/** The winning claim of each field, by the documented precedence. */
export function winners(claims: Claim[], own?: string): Map<string, Claim> {
  const best = new Map<string, Claim>();
  for (const claim of claims) {
    const kept = best.get(claim.field);
    if (!kept || byPrecedence(claim, kept, own) < 0) best.set(claim.field, claim);
  }
  return best;
}

const columnOf: Record<(typeof scalarFields)[number], keyof ModelColumns> = {
  name: "name",
  family: "family",
  tagline: "tagline",
  description: "description",
  releaseDate: "releaseDate",
  knowledgeCutoff: "knowledgeCutoff",
  contextWindow: "contextWindow",
  maxOutputTokens: "maxOutputTokens",
  fineTunable: "fineTunable",
  openWeights: "openWeights",
  intelligence: "intelligence",
  speed: "speed",
  outputTokensPerSecond: "outputTokensPerSecond",
  timeToFirstTokenSeconds: "timeToFirstTokenSeconds",
};

/**
 * Writes a model's served facts from its claims: which claim wins each field, the columns, their
 * date precision, and the modalities, capabilities and text lists. Only what differs is written.
 * Returns the winning claim of each field, which the other domains' projectors read (the events
 * only catalogs date, the served prices); undefined when the model is gone.
 */
export function projectModel(tx: Executor, modelId: number): Map<string, Claim> | undefined {
  const row = modelRow(tx, modelId);
  if (!row) return undefined;
  const best = markWinners(tx, modelClaimStore, modelId, modelClaimStore.of(tx, modelId));

  const columns: ModelColumns = {};
  for (const field of scalarFields) {
    const won = best.get(field);
    let value: unknown = won?.value ?? null;
    if (field === "name" && value === null) value = row.slug;
    if (isDateField(field) && typeof value === "string") value = firstDay(value);
    const column = columnOf[field];
    if (row[column as keyof typeof row] !== value)
      (columns as Record<string, unknown>)[column] = value;
  }
  const precisions = {
    releaseDatePrecision: best.get("releaseDate")?.precision ?? null,
    knowledgeCutoffPrecision: best.get("knowledgeCutoff")?.precision ?? null,
  };
  for (const [column, value] of Object.entries(precisions))
    if (row[column as keyof typeof row] !== value)
      (columns as Record<string, unknown>)[column] = value;
  updateModelColumns(tx, modelId, columns);

  projectLists(tx, modelId, best);
  return best;
}

function projectLists(tx: Executor, modelId: number, best: Map<string, Claim>): void {
  const modalities = modalityRows(tx, modelId);
  for (const [direction, field] of [
    ["INPUT", "inputModalities"],
    ["OUTPUT", "outputModalities"],
  ] as const) {
    const won = best.get(field);
    const want = (won?.value as string[] | undefined) ?? [];
    const have = modalities.filter((m) => m.direction === direction);
    const same =
      have.map((m) => m.modality).join() === want.join() &&
      have.every((m) => m.sourceId === (won?.sourceId ?? null));
    if (!same) replaceModalities(tx, modelId, direction, want, won?.sourceId ?? null);
  }
  const won = best.get("capabilities");
  const want = [...((won?.value as string[] | undefined) ?? [])].sort();
  const have = capabilityRows(tx, modelId);
  const same =
    [...have.map((c) => c.slug)].sort().join() === want.join() &&
    have.every((c) => c.sourceId === (won?.sourceId ?? null));
  if (!same) replaceCapabilities(tx, modelId, want, won?.sourceId ?? null);

  const texts = textRows(tx, modelId);
  for (const list of ["bestFor", "limitations", "faq"] as const) {
    const won = best.get(list);
    const want = (won?.value as (string | FaqItem)[] | undefined) ?? [];
    const have = texts[list].map((r) =>
      "text" in r ? r.text : { question: r.question, answer: r.answer },
    );
    const same =
      JSON.stringify(have) === JSON.stringify(want) &&
      texts[list].every((r) => r.sourceId === (won?.sourceId ?? null));
    if (!same) replaceTexts(tx, modelId, list, want, won?.sourceId ?? null);
  }
}

/** The columns of `want` whose values differ from `row`'s: what a projection has to write. */
export function changedColumns<R extends object, W extends Partial<R>>(
  row: R,
  want: W,
): Partial<W> {
  return Object.fromEntries(
    Object.entries(want).filter(([k, v]) => row[k as keyof R] !== v),
  ) as Partial<W>;
}

/**
 * Writes a provider's name and URL from its claims: curated first, then the catalogs' order; a
 * provider nobody names is called by its slug. It cites the source of its served name.
 */
export function projectProvider(tx: Executor, providerId: number): void {
  const row = providerRow(tx, providerId);
  if (!row) return;
  const best = markWinners(
    tx,
    providerClaimStore,
    providerId,
    providerClaimStore.of(tx, providerId),
  );
  const want = {
    name: (best.get("name")?.value as string | undefined) ?? row.slug,
    url: (best.get("url")?.value as string | undefined) ?? null,
    sourceId: best.get("name")?.sourceId ?? best.get("url")?.sourceId ?? row.sourceId,
  };
  updateProvider(tx, providerId, changedColumns(row, want));
}
