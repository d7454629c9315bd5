import { describe, expect, it } from "vitest";
import { agreement, winners, type Claim } from "../../../src/modules/claims/index.js";

const stated = (
  value: Claim["value"],
  origin = "models.dev",
  precision: Claim["precision"] = null,
) => ({
  value,
  precision,
  origin,
});

describe("agreement: when two sources' values say the same", () => {
  it("allows for units, window kinds, rounding, precision, spelling, subsets and listing dates, and nothing more", () => {
    const cases: [string, Claim["value"], Claim["value"], number[], string | null][] = [
      ["contextWindow", 200_000, 200_000, [], "equal"],
      ["contextWindow", 256_000, 262_144, [], "unit"],
      ["contextWindow", 400_000, 272_000, [128_000], "window-kind"],
      ["contextWindow", 400_000, 272_000, [], null],
      ["contextWindow", 131_072, 1_000_000, [8_192], null],
      ["maxOutputTokens", 16_384, 4_096, [], null],
      ["outputTokensPerSecond", 186.5, 186.49, [], "rounding"],
      ["knowledgeCutoff", "2024-06-01", "2024-05", [], null],
      ["knowledgeCutoff", "2024-05-31", "2024-05", [], "precision"],
      ["releaseDate", "2025-04-16", "2025", [], "precision"],
      ["name", "GPT-4o mini", "gpt 4o-mini", [], "spelling"],
      ["inputModalities", ["TEXT", "IMAGE"], ["IMAGE", "TEXT"], [], "spelling"],
      ["inputModalities", ["TEXT", "IMAGE"], ["TEXT"], [], null],
      ["capabilities", ["reasoning", "vision", "batch-api"], ["vision", "reasoning"], [], "subset"],
      ["capabilities", ["reasoning"], ["reasoning", "pdf-input"], [], null],
    ];
    expect(
      cases.map(([field, kept, other, outs]) =>
        agreement(field, stated(kept), stated(other), outs),
      ),
    ).toEqual(cases.map((c) => c[4]));
  });

  it("reads OpenRouter's dates as listing days: a listing after the release agrees, one before does not", () => {
    expect([
      agreement("releaseDate", stated("2025-04-16"), stated("2025-05-01", "openrouter")),
      agreement("releaseDate", stated("2025-04-16"), stated("2025-03-01", "openrouter")),
      agreement("releaseDate", stated("2025-04-16"), stated("2025-05-01", "litellm")),
    ]).toEqual(["listing", null, null]);
  });
});

describe("winners: one claim per field by precedence", () => {
  const claim = (id: number, field: string, origin: string, observedOn: string): Claim => ({
    id,
    modelId: 1,
    field,
    value: id,
    precision: null,
    origin,
    sourceId: id,
    observedOn,
    wins: false,
  });

  it("puts curated first, then the field's catalog order, then the newer observation, whatever the order given", () => {
    const claims = [
      claim(1, "contextWindow", "litellm", "2026-07-24"),
      claim(2, "contextWindow", "models.dev", "2026-07-02"),
      claim(3, "releaseDate", "models.dev", "2026-07-02"),
      claim(4, "releaseDate", "curated", "2025-04-16"),
      claim(5, "lifecycle.API.DEPRECATED", "models.dev", "2026-07-02"),
      claim(6, "lifecycle.API.DEPRECATED", "litellm", "2026-07-24"),
      claim(7, "family", "acme", "2026-01-01"),
      claim(8, "family", "zeta", "2026-02-01"),
    ];
    const pick = (list: Claim[]) =>
      Object.fromEntries([...winners(list)].map(([field, c]) => [field, c.id]));
    const expected = { contextWindow: 2, releaseDate: 4, "lifecycle.API.DEPRECATED": 6, family: 8 };
    expect(pick(claims)).toEqual(expected);
    expect(pick([...claims].reverse())).toEqual(expected);
  });
});
