import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { modelRelations, models, relationVerdicts } from "../../db/schema.js";
import { identify } from "../identity/index.js";
import { deleteRelations, insertRelations } from "../graph/index.js";

/** The one rule that proposes edges so far. */
export const FAMILY_RELEASE_ORDER = "family-release-order";

/** Words that mark a release stage, not another line of models. */
const stageWords = new Set(["preview", "latest", "exp", "experimental"]);

/**
 * The line a model belongs to within its family: its name without versions and dates, so that
 * `claude-3-opus-20240229`, `claude-opus-4-1` and `claude-opus-4-5` share the line `claude-opus`
 * while `gpt-5.1-codex-mini` (`gpt-codex-mini`) and `gpt-5.1-codex` (`gpt-codex`) do not. Sizes
 * (`72b`) stay: a 7B model is not the successor of a 72B one.
 */
export function lineOf(slug: string): string {
  const { key } = identify(slug);
  return key
    .split("-")
    .filter((token) => !stageWords.has(token))
    .map((token) => (/^\d+(?:\.\d+)?[bmk]$/.test(token) ? token : token.replace(/[\d.]/g, "")))
    .filter((token) => token !== "")
    .join("-");
}

interface Candidate {
  id: number;
  slug: string;
  providerId: number;
  family: string;
  releaseDate: string;
  precision: string | null;
}

export interface Proposal {
  fromModelId: number;
  toModelId: number;
  confidence: number;
  note: string;
}

/**
 * How sure the rule is: 0.7 when both days are known to the day, 0.5 when either is a month or a
 * year; 0.1 less when more than two years apart (a line may have been left and picked up again).
 */
function confidenceOf(from: Candidate, to: Candidate): number {
  const exact = from.precision === "DAY" && to.precision === "DAY";
  const years = (Date.parse(to.releaseDate) - Date.parse(from.releaseDate)) / (365.25 * 864e5);
  return Math.round(((exact ? 0.7 : 0.5) - (years > 2 ? 0.1 : 0)) * 100) / 100;
}

/**
 * The rule `family-release-order`: within a maker's family, on one line (see `lineOf`), each
 * model is proposed to be succeeded by the next model released after it. Dated snapshots are left
 * out (their undated model stands for them), as are models without a release date.
 */
export function proposeSuccessors(candidates: readonly Candidate[]): Proposal[] {
  const lines = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (identify(c.slug).undatedKey !== undefined) continue;
    const key = `${c.providerId}|${c.family.toLowerCase()}|${lineOf(c.slug)}`;
    lines.set(key, [...(lines.get(key) ?? []), c]);
  }
  const proposals: Proposal[] = [];
  for (const line of lines.values()) {
    line.sort((a, b) => a.releaseDate.localeCompare(b.releaseDate) || a.slug.localeCompare(b.slug));
    for (const [i, from] of line.entries()) {
      const to = line.slice(i + 1).find((c) => c.releaseDate > from.releaseDate);
      if (!to) continue;
      proposals.push({
        fromModelId: from.id,
        toModelId: to.id,
        confidence: confidenceOf(from, to),
        note: `Next release of the ${from.family} family's ${lineOf(from.slug)} line (${from.releaseDate} → ${to.releaseDate}); no source names a successor.`,
      });
    }
  }
  return proposals;
}

/**
 * Writes the rule's proposals as inferred SUCCESSOR edges, whole-graph, or for the `families` a
 * write touched (only their lines can change): a model with a stated
 * SUCCESSOR edge (curated, or named by a notice) gets none, a proposal a curator rejected is not
 * made again, and proposals the rule no longer makes are removed. Returns how many edges changed.
 */
export function inferLineage(
  tx: Executor,
  families?: readonly (string | null | undefined)[],
): number {
  // A write touches one model: only its families' lines can change (an import re-reads them all).
  const scope = families
    ?.filter((f): f is string => typeof f === "string")
    .map((f) => f.toLowerCase());
  if (scope?.length === 0) return 0;
  const inScope = scope
    ? inArray(sql<string>`lower(${models.family})`, [...new Set(scope)])
    : isNotNull(models.family);
  const members = tx
    .select({
      id: models.id,
      slug: models.slug,
      providerId: models.providerId,
      family: models.family,
      releaseDate: models.releaseDate,
      precision: models.releaseDatePrecision,
    })
    .from(models)
    .where(inScope)
    .all();
  const candidates = members.filter((m) => m.releaseDate !== null) as Candidate[];
  const memberIds = members.map((m) => m.id);
  const edges = tx
    .select()
    .from(modelRelations)
    .where(
      and(
        eq(modelRelations.kind, "SUCCESSOR"),
        scope ? inArray(modelRelations.fromModelId, [...memberIds]) : undefined,
      ),
    )
    .all();
  const stated = new Set(edges.filter((e) => e.origin !== "inferred").map((e) => e.fromModelId));
  const pair = (from: number, to: number) => `${from}>${to}`;
  const rejected = new Set(
    tx
      .select()
      .from(relationVerdicts)
      .where(and(eq(relationVerdicts.kind, "SUCCESSOR"), eq(relationVerdicts.holds, false)))
      .all()
      .map((v) => pair(v.fromModelId, v.toModelId)),
  );
  const taken = new Set(edges.map((e) => pair(e.fromModelId, e.toModelId)));
  const wanted = new Map(
    proposeSuccessors(candidates)
      .filter((p) => !stated.has(p.fromModelId) && !rejected.has(pair(p.fromModelId, p.toModelId)))
      .map((p) => [pair(p.fromModelId, p.toModelId), p]),
  );
  let changed = 0;
  const stale: number[] = [];
  for (const edge of edges.filter((e) => e.origin === "inferred")) {
    const want = wanted.get(pair(edge.fromModelId, edge.toModelId));
    wanted.delete(pair(edge.fromModelId, edge.toModelId));
    if (!want) stale.push(edge.id);
    else if (want.confidence !== edge.confidence || want.note !== edge.note) {
      tx.update(modelRelations)
        .set({ confidence: want.confidence, note: want.note })
        .where(eq(modelRelations.id, edge.id))
        .run();
      changed++;
    }
  }
  deleteRelations(tx, stale);
  const added = [...wanted].filter(([key]) => !taken.has(key));
  insertRelations(
    tx,
    added.map(([, p]) => ({
      fromModelId: p.fromModelId,
      toModelId: p.toModelId,
      kind: "SUCCESSOR" as const,
      note: p.note,
      origin: "inferred" as const,
      rule: FAMILY_RELEASE_ORDER,
      confidence: p.confidence,
    })),
  );
  changed += added.length;
  return changed + stale.length;
}
