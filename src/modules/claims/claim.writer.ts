import type { Executor } from "../../db/client.js";
import {
  channels,
  lifecycleStages,
  type Channel,
  type LifecycleStage,
} from "../../db/tables/enums.js";
import {
  firstDay,
  isDateField,
  lifecycleField,
  precisionOf,
  scalarFields,
  type Claim,
  type ClaimValue,
  type StatedFacts,
} from "./claim.fields.js";
import {
  capabilityRows,
  claimsOfModel,
  deleteClaims,
  deleteLifecycleEvents,
  insertClaim,
  insertLifecycleEvent,
  lifecycleRows,
  makerPriceRows,
  markWinners,
  modalityRows,
  modelRow,
  replaceCapabilities,
  replaceClaim,
  replaceModalities,
  setSuperseded,
  updateModelColumns,
  type ModelColumns,
} from "./claim.store.js";
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
  const mine = new Map(
    claimsOfModel(tx, modelId)
      .filter((c) => c.origin === by.origin)
      .map((c) => [c.field, c]),
  );
  let changed = false;
  let sourceId: number | null | undefined =
    typeof by.sourceId === "function" ? undefined : by.sourceId;
  const cite = () => (sourceId ??= (by.sourceId as () => number)());
  for (const [field, value] of Object.entries(facts) as [string, ClaimValue | null | undefined][]) {
    if (value === undefined) continue;
    const have = mine.get(field);
    if (value === null || (Array.isArray(value) && value.length === 0)) {
      if (have) {
        deleteClaims(tx, [have.id]);
        changed = true;
      }
      continue;
    }
    const precision =
      isDateField(field) && typeof value === "string" ? (precisionOf(value) ?? null) : null;
    if (have && same(have.value, value) && (by.origin !== CURATED || have.sourceId === cite()))
      continue;
    const claim = {
      modelId,
      field,
      value,
      precision,
      origin: by.origin,
      sourceId: cite(),
      observedOn: by.observedOn,
    };
    if (have) replaceClaim(tx, have.id, claim);
    else insertClaim(tx, claim);
    changed = true;
  }
  return changed;
}

/** The winning claim of each field, by the documented precedence. */
export function winners(claims: Claim[]): Map<string, Claim> {
  const best = new Map<string, Claim>();
  for (const claim of claims) {
    const kept = best.get(claim.field);
    if (!kept || byPrecedence(claim, kept) < 0) best.set(claim.field, claim);
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
  const claims = claimsOfModel(tx, modelId);
  const best = winners(claims);
  const winnerIds = [...best.values()].map((c) => c.id).sort((a, b) => a - b);
  const wonBefore = claims.filter((c) => c.wins).map((c) => c.id);
  if (winnerIds.join() !== wonBefore.join()) markWinners(tx, modelId, winnerIds);

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
  projectPrices(tx, modelId);
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
}

/**
 * Lifecycle events from catalogs: a catalog's winning `lifecycle.*` claim, and a RELEASED event
 * on the API from a catalog's winning release date, where no curated event for that stage exists.
 */
function projectLifecycle(tx: Executor, modelId: number, best: Map<string, Claim>): void {
  const wanted = new Map<
    string,
    { channel: Channel; stage: LifecycleStage; claim: Claim; note: string }
  >();
  for (const channel of channels)
    for (const stage of lifecycleStages) {
      const claim = best.get(lifecycleField(channel, stage));
      if (claim && claim.origin !== CURATED)
        wanted.set(`${channel}|${stage}`, {
          channel,
          stage,
          claim,
          note: `${stage.toLowerCase()} per ${claim.origin}`,
        });
    }
  const released = best.get("releaseDate");
  if (released && released.origin !== CURATED && !wanted.has("API|RELEASED"))
    wanted.set("API|RELEASED", {
      channel: "API",
      stage: "RELEASED",
      claim: released,
      note:
        released.precision === "DAY"
          ? `release date per ${released.origin}`
          : `released in ${String(released.value)} per ${released.origin} (${released.precision?.toLowerCase()} precision)`,
    });
  const events = lifecycleRows(tx, modelId);
  const curated = new Set(events.filter((e) => !e.imported).map((e) => `${e.channel}|${e.stage}`));
  const stale: number[] = [];
  for (const event of events.filter((e) => e.imported)) {
    const want = wanted.get(`${event.channel}|${event.stage}`);
    if (
      want &&
      !curated.has(`${event.channel}|${event.stage}`) &&
      event.date === firstDay(String(want.claim.value)) &&
      event.sourceId === want.claim.sourceId &&
      event.note === want.note
    ) {
      wanted.delete(`${event.channel}|${event.stage}`);
      continue;
    }
    stale.push(event.id);
  }
  deleteLifecycleEvents(tx, stale);
  for (const [key, want] of wanted) {
    if (curated.has(key)) continue;
    insertLifecycleEvent(tx, {
      modelId,
      channel: want.channel,
      stage: want.stage,
      date: firstDay(String(want.claim.value)),
      note: want.note,
      sourceId: want.claim.sourceId,
    });
  }
}

/**
 * Of the maker prices several origins give for one tier and threshold, the best-ranked origin's
 * are served; the others stay as their catalog's record, marked superseded.
 */
function projectPrices(tx: Executor, modelId: number): void {
  const rows = makerPriceRows(tx, modelId);
  const rank = (catalog: string | null) => originRank("prices", catalog ?? CURATED);
  const best = new Map<string, number>();
  for (const r of rows) {
    const key = `${r.tier}|${r.minPromptTokens ?? 0}`;
    best.set(key, Math.min(best.get(key) ?? Infinity, rank(r.catalog)));
  }
  const served = (r: (typeof rows)[number]) =>
    rank(r.catalog) === best.get(`${r.tier}|${r.minPromptTokens ?? 0}`);
  setSuperseded(
    tx,
    rows.filter((r) => r.superseded && served(r)).map((r) => r.id),
    false,
  );
  setSuperseded(
    tx,
    rows.filter((r) => !r.superseded && !served(r)).map((r) => r.id),
    true,
  );
}
