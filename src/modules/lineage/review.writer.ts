import { and, eq } from "drizzle-orm";
import { modelRelations, relationVerdicts } from "../../db/schema.js";
import type { UserErrors } from "../../graphql/user-errors.js";
import type { Work, Written } from "../changes/index.js";
import { ModelRelation } from "../graph/index.js";
import { requireModel } from "../identity/index.js";
import { sourceIdFor, validateSource } from "../sources/index.js";
import type { ReviewInferredRelationInput } from "./lineage.input.js";

/**
 * A curator's verdict on an edge a rule proposed, kept as a curated claim: confirmed, the edge
 * becomes a curated one (it then counts as sourced); rejected, it is removed and the rule does
 * not propose it again. Refused: an edge that is not there, or one a source already states.
 */
export function reviewInferredRelation(
  work: Work,
  errors: UserErrors,
  input: ReviewInferredRelationInput,
  now: string,
): Written<ModelRelation | null> | undefined {
  const { tx } = work;
  errors.text(["input", "note"], input.note, { max: 2000 });
  validateSource(errors, ["input", "source"], input.source);
  const from = requireModel(tx, errors, ["input", "from"], input.from);
  const to = requireModel(tx, errors, ["input", "to"], input.to);
  if (errors.any || from === null || to === null) return undefined;
  const same = and(
    eq(modelRelations.fromModelId, from.id),
    eq(modelRelations.toModelId, to.id),
    eq(modelRelations.kind, input.kind),
  );
  const edge = tx.select().from(modelRelations).where(same).get();
  if (!edge) {
    errors.add(
      ["input", "to"],
      `no rule proposes a ${input.kind} edge from ${from.slug} to ${to.slug}`,
      "NOT_FOUND",
    );
    return undefined;
  }
  if (edge.origin !== "inferred") {
    errors.add(
      ["input", "to"],
      `the ${input.kind} edge from ${from.slug} to ${to.slug} is stated by a source, not inferred; use unlinkModels to remove it`,
      "CONFLICT",
    );
    return undefined;
  }
  const sourceId = sourceIdFor(tx, input.source);
  const verdict = {
    fromModelId: from.id,
    toModelId: to.id,
    kind: input.kind,
    holds: input.holds,
    note: input.note ?? null,
    sourceId,
    rule: edge.rule,
    decidedAt: now,
  };
  tx.insert(relationVerdicts)
    .values(verdict)
    .onConflictDoUpdate({
      target: [relationVerdicts.fromModelId, relationVerdicts.toModelId, relationVerdicts.kind],
      set: verdict,
    })
    .run();
  let value: ModelRelation | null = null;
  if (input.holds) {
    const row = tx
      .update(modelRelations)
      .set({
        origin: "curated",
        rule: null,
        confidence: null,
        sourceId,
        note: input.note ?? `Confirmed by a curator (proposed by the rule ${edge.rule}).`,
      })
      .where(eq(modelRelations.id, edge.id))
      .returning()
      .get();
    value = ModelRelation.fromRow(row);
  } else tx.delete(modelRelations).where(eq(modelRelations.id, edge.id)).run();
  return {
    value,
    change: {
      operation: "reviewInferredRelation",
      target: `model:${from.slug}`,
      modelSlug: from.slug,
      summary: `${input.holds ? "confirmed" : "rejected"} ${from.slug} ${input.kind} ${to.slug}`,
    },
  };
}
