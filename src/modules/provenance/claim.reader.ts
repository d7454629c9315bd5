import type { Database } from "../../db/client.js";
import {
  agreement,
  outputLimitsOf,
  byPrecedence,
  claimsForModels,
  displayValue,
  loseReason,
  winners,
  winReason,
  type Claim as StoredClaim,
} from "../claims/index.js";
import { Claim } from "./claim.type.js";

/**
 * Every claim about a model, field by field, the winner first, each with why it wins or loses.
 * It holds no SQL: it reads the claims through the claims module and ranks them.
 */
export class ClaimReader {
  constructor(private readonly db: Database) {}

  forModels(modelIds: readonly number[]): Claim[] {
    const stored = claimsForModels(this.db, modelIds);
    const byModel = new Map<number, StoredClaim[]>();
    for (const c of stored) byModel.set(c.modelId, [...(byModel.get(c.modelId) ?? []), c]);
    const out: Claim[] = [];
    for (const [modelId, claims] of byModel) {
      const best = winners(claims);
      const outputLimits = outputLimitsOf(claims);
      const ordered = [...claims].sort(
        (a, b) => a.field.localeCompare(b.field) || byPrecedence(a, b),
      );
      for (const c of ordered) {
        const won = best.get(c.field)!;
        const wins = won.id === c.id;
        const others = claims.filter((o) => o.field === c.field).length - 1;
        let reason = wins ? winReason(c, others) : loseReason(c, won);
        if (!wins) {
          const kind = agreement(c.field, won, c, outputLimits);
          if (kind !== null)
            reason += kind === "equal" ? "; it says the same" : `; it agrees but for ${kind}`;
        }
        out.push(
          Object.assign(new Claim(), {
            modelId,
            sourceId: c.sourceId,
            origin: c.origin,
            field: c.field,
            value: displayValue(c.value),
            precision: c.precision,
            observedOn: c.observedOn,
            wins,
            reason,
          }),
        );
      }
    }
    return out;
  }
}
