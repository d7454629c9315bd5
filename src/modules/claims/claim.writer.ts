import type { Executor } from "../../db/client.js";
import { timeline } from "../../shared/timeline.js";
import { channels, lifecycleStages } from "../../db/tables/enums.js";
import {
  firstDay,
  isDateField,
  lifecycleField,
  precisionOf,
  scalarFields,
  type Claim,
  type ClaimValue,
  type FaqItem,
  type StatedFacts,
} from "./claim.fields.js";
import {
  capabilityRows,
  deleteLifecycleEvents,
  insertLifecycleEvent,
  lifecycleRows,
  offeringClaimStore,
  offeringRow,
  providerClaimStore,
  providerRow,
  updateProvider,
  priceRows,
  updateOffering,
  modalityRows,
  modelRow,
  replaceCapabilities,
  replaceModalities,
  replaceTexts,
  resultRows,
  setResultsSuperseded,
  textRows,
  setPriceRank,
  updateModelColumns,
  modelClaimStore,
  type ClaimStore,
  type ModelColumns,
} from "./claim.store.js";
import { noticeEvents, projectNoticeEdges, type WantedEvent } from "./notice.projection.js";
import { noticesForModels } from "./notice.store.js";
import { byPrecedence, CURATED, originRank } from "./precedence.js";

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
 * Writes a model's served facts from its claims: the columns, their date precision, the
 * modalities and capabilities lists, lifecycle dates only catalogs give (a catalog's release date
 * is a RELEASED event when no curated event says otherwise), which of its maker prices are
 * served, and which claim wins each field. Only what differs is written.
 */
export function projectModel(tx: Executor, modelId: number): void {
  const row = modelRow(tx, modelId);
  if (!row) return;
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
  projectLifecycle(tx, modelId, best);
  projectPrices(tx, modelId, null);
  projectResults(tx, modelId);
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

/**
 * Lifecycle events that are not stated as events themselves: those of the deprecation notices in
 * force (see `noticeEvents`), then a catalog's winning `lifecycle.*` claim, then a RELEASED event on
 * the API from a catalog's winning release date; an event stated in the curated catalog or through
 * the API for the same channel and stage comes first of all. Also writes the notices' edges.
 */
function projectLifecycle(tx: Executor, modelId: number, best: Map<string, Claim>): void {
  const notices = noticesForModels(tx, [modelId]);
  projectNoticeEdges(tx, modelId, notices);
  const wanted = noticeEvents(notices);
  const fill = (key: string, event: WantedEvent) => {
    if (!wanted.has(key)) wanted.set(key, event);
  };
  for (const channel of channels)
    for (const stage of lifecycleStages) {
      const claim = best.get(lifecycleField(channel, stage));
      if (claim && claim.origin !== CURATED)
        fill(`${channel}|${stage}`, {
          channel,
          stage,
          date: firstDay(String(claim.value)),
          sourceId: claim.sourceId,
          noticeId: null,
          note: `${stage.toLowerCase()} per ${claim.origin}`,
        });
    }
  const released = best.get("releaseDate");
  if (released && released.origin !== CURATED)
    fill("API|RELEASED", {
      channel: "API",
      stage: "RELEASED",
      date: firstDay(String(released.value)),
      sourceId: released.sourceId,
      noticeId: null,
      note:
        released.precision === "DAY"
          ? `release date per ${released.origin}`
          : `released in ${String(released.value)} per ${released.origin} (${released.precision?.toLowerCase()} precision)`,
    });
  const events = lifecycleRows(tx, modelId);
  const derived = (e: (typeof events)[number]) => e.imported || e.noticeId !== null;
  const stated = new Set(events.filter((e) => !derived(e)).map((e) => `${e.channel}|${e.stage}`));
  const stale: number[] = [];
  for (const event of events.filter(derived)) {
    const key = `${event.channel}|${event.stage}`;
    const want = wanted.get(key);
    if (
      want &&
      !stated.has(key) &&
      event.date === want.date &&
      event.sourceId === want.sourceId &&
      event.noticeId === want.noticeId &&
      event.note === want.note
    ) {
      wanted.delete(key);
      continue;
    }
    stale.push(event.id);
  }
  deleteLifecycleEvents(tx, stale);
  for (const [key, want] of wanted) {
    if (stated.has(key)) continue;
    insertLifecycleEvent(tx, { modelId, ...want });
  }
}

/**
 * Of the results several sources report for one benchmark and setting, the best-ranked source's
 * are served (a source may report several, e.g. runs with other harnesses); the others are kept
 * as that source's claims, marked superseded.
 */
function projectResults(tx: Executor, modelId: number): void {
  supersede(
    resultRows(tx, modelId),
    (r) => `${r.benchmarkId}|${r.setting ?? ""}`,
    (r) => originRank("results", r.catalog ?? CURATED),
    (ids, superseded) => setResultsSuperseded(tx, ids, superseded),
  );
}

/** Marks the rows of every key but the best-ranked origin's superseded, and those unmarked. */
function supersede<R extends { id: number; superseded: boolean }>(
  rows: R[],
  keyOf: (row: R) => string,
  rank: (row: R) => number,
  mark: (ids: number[], superseded: boolean) => void,
): void {
  const best = new Map<string, number>();
  for (const r of rows) best.set(keyOf(r), Math.min(best.get(keyOf(r)) ?? Infinity, rank(r)));
  const served = (r: R) => rank(r) === best.get(keyOf(r));
  mark(
    rows.filter((r) => r.superseded && served(r)).map((r) => r.id),
    false,
  );
  mark(
    rows.filter((r) => !r.superseded && !served(r)).map((r) => r.id),
    true,
  );
}

/**
 * Of the prices several origins give for one tier and threshold (a model's maker prices, or one
 * offering's), the best-ranked origin's are served; the others stay as their catalog's record,
 * marked superseded.
 */
function projectPrices(
  tx: Executor,
  modelId: number | null,
  offeringId: number | null,
  own?: string,
): void {
  const rows = priceRows(tx, modelId, offeringId).map((r) => ({
    ...r,
    want: originRank("prices", r.catalog ?? CURATED, own),
  }));
  const byKey = new Map<string, typeof rows>();
  for (const r of rows) {
    const key = `${r.tier}|${r.minPromptTokens ?? 0}`;
    byKey.set(key, [...(byKey.get(key) ?? []), r]);
  }
  for (const list of byKey.values()) {
    const served = new Set(timeline(list, (r) => r.want).map((s) => s.period.id));
    for (const r of list) {
      const superseded = !served.has(r.id);
      if (r.rank !== r.want || r.superseded !== superseded)
        setPriceRank(tx, r.id, r.want, superseded);
    }
  }
}

/** The columns of `want` whose values differ from `row`'s: what a projection has to write. */
function changed<R extends object, W extends Partial<R>>(row: R, want: W): Partial<W> {
  return Object.fromEntries(
    Object.entries(want).filter(([k, v]) => row[k as keyof R] !== v),
  ) as Partial<W>;
}

/**
 * Writes a host's offering from what the catalogs listing it claim: its limits and the model name
 * of the best-ranked catalog for each, the source of the best-ranked one that lists it, and which
 * of its prices are served. The host's own listing (OpenRouter's catalog for an OpenRouter
 * offering) ranks first, after curated; between others, the catalogs' order, then the newest.
 */
export function projectOffering(tx: Executor, offeringId: number): void {
  const row = offeringRow(tx, offeringId);
  if (!row) return;
  const host = providerRow(tx, row.hostId)?.slug;
  const best = markWinners(
    tx,
    offeringClaimStore,
    offeringId,
    offeringClaimStore.of(tx, offeringId),
    host,
  );
  const want = {
    contextWindow: (best.get("contextWindow")?.value as number | undefined) ?? null,
    maxOutputTokens: (best.get("maxOutputTokens")?.value as number | undefined) ?? null,
    modelName: (best.get("modelName")?.value as string | undefined) ?? row.modelName,
    sourceId: best.get("listed")?.sourceId ?? row.sourceId,
  };
  updateOffering(tx, offeringId, changed(row, want));
  projectPrices(tx, null, offeringId, host);
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
  updateProvider(tx, providerId, changed(row, want));
}
