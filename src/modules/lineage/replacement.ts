import type { ModelStatus } from "../../db/tables/enums.js";
import type { Channel } from "../../db/tables/enums.js";
import { type Notice, noticeInForce } from "../claims/index.js";
import type { ModelRelation } from "../graph/index.js";
import type { LifecycleEvent } from "../lifecycle/index.js";
import { statusAt } from "../lifecycle/index.js";

/**
 * How a replacement was found: named in the deprecation notice in force (NAMED), along an edge a
 * source or curator states (SOURCED), or along an edge a rule proposed (INFERRED). A walk of
 * several steps takes the weakest kind of its steps.
 */
export const replacementKinds = ["NAMED", "SOURCED", "INFERRED"] as const;
export type ReplacementKind = (typeof replacementKinds)[number];

/** What the walk reads of each model; the resolvers answer it through their loaders. */
export interface LineageReader {
  notices(modelId: number): Promise<Notice[]>;
  edges(modelId: number): Promise<ModelRelation[]>;
  events(modelId: number): Promise<LifecycleEvent[]>;
}

/** One model a step names as a replacement. */
export interface Named {
  modelId: number;
  kind: ReplacementKind;
  /** The notice that names it (NAMED), or the edge followed (SOURCED, INFERRED). */
  notice?: Notice;
  edge?: ModelRelation;
}

export interface Replacement extends Named {
  /** How many steps from the model asked about. */
  depth: number;
  /** The models walked through, the model asked about first and the replacement last. */
  path: number[];
}

/** The deepest the walk goes: as far as `successorChain` goes by default. */
export const MAX_REPLACEMENT_DEPTH = 10;

const weakest = (a: ReplacementKind, b: ReplacementKind) =>
  replacementKinds[Math.max(replacementKinds.indexOf(a), replacementKinds.indexOf(b))]!;

/**
 * The replacements a model names on `day` for `channel`, best first:
 * 1. the models named by the deprecation notice in force on the channel (the API's notice when
 *    the channel has none of its own);
 * 2. else its stated SUCCESSOR edges true on that day (no `since`, or `since` on or before it),
 *    the most recently stated first;
 * 3. else, unless told not to, the edges a rule proposed, the most confident first.
 */
export async function namedReplacements(
  reader: LineageReader,
  modelId: number,
  channel: Channel,
  day: string,
  inferred: boolean,
): Promise<Named[]> {
  const notices = await reader.notices(modelId);
  const notice =
    noticeInForce(notices, channel, day) ??
    (channel === "API" ? undefined : noticeInForce(notices, "API", day));
  if (notice && notice.replacementIds.length > 0)
    return notice.replacementIds.map((id) => ({ modelId: id, kind: "NAMED", notice }));
  const edges = (await reader.edges(modelId)).filter(
    (e) => e.kind === "SUCCESSOR" && (e.since === null || e.since <= day),
  );
  const sourced = edges
    .filter((e) => !e.inferred)
    .sort((a, b) => (b.since ?? "").localeCompare(a.since ?? "") || a.rowId - b.rowId);
  if (sourced.length > 0)
    return sourced.map((edge) => ({ modelId: edge.toModelId, kind: "SOURCED", edge }));
  if (!inferred) return [];
  return edges
    .filter((e) => e.inferred)
    .sort((a, b) => (b.confidence ?? 0) - (a.confidence ?? 0) || a.rowId - b.rowId)
    .map((edge) => ({ modelId: edge.toModelId, kind: "INFERRED", edge }));
}

/** Of the candidates at one depth, an ACTIVE model beats a PREVIEW, DEPRECATED or UNKNOWN one. */
const preference: Partial<Record<ModelStatus, number>> = {
  ACTIVE: 0,
  PREVIEW: 1,
  DEPRECATED: 2,
  UNKNOWN: 3,
};

/**
 * What to move to from a model on `channel` on `day`: follow the replacements each model names
 * (see `namedReplacements`) step by step until one is neither RETIRED nor UNRELEASED on the
 * channel that day. At one depth a NAMED or SOURCED replacement beats an INFERRED one, then an
 * ACTIVE one beats a PREVIEW, DEPRECATED or UNKNOWN one, then the order the step gives. Each
 * model is visited once; null when no replacement qualifies within `MAX_REPLACEMENT_DEPTH` steps.
 */
export async function findReplacement(
  reader: LineageReader,
  startId: number,
  channel: Channel,
  day: string,
  inferred = true,
): Promise<Replacement | null> {
  const seen = new Set([startId]);
  let frontier: Replacement[] = [{ modelId: startId, kind: "NAMED", depth: 0, path: [startId] }];
  for (let depth = 1; depth <= MAX_REPLACEMENT_DEPTH && frontier.length > 0; depth++) {
    const next: Replacement[] = [];
    for (const from of frontier)
      for (const named of await namedReplacements(reader, from.modelId, channel, day, inferred)) {
        if (seen.has(named.modelId)) continue;
        seen.add(named.modelId);
        next.push({
          ...named,
          kind: depth === 1 ? named.kind : weakest(from.kind, named.kind),
          depth,
          path: [...from.path, named.modelId],
        });
      }
    const ranked = await Promise.all(
      next.map(async (candidate, order) => ({
        candidate,
        order,
        rank: preference[statusAt(await reader.events(candidate.modelId), channel, day)],
      })),
    );
    const best = ranked
      .filter((r) => r.rank !== undefined)
      .sort(
        (a, b) =>
          Number(a.candidate.kind === "INFERRED") - Number(b.candidate.kind === "INFERRED") ||
          a.rank! - b.rank! ||
          a.order - b.order,
      )[0];
    if (best) return best.candidate;
    frontier = next;
  }
  return null;
}
