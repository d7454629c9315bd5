import { describe, expect, it } from "vitest";
import { createTestServer, fixedClock, TEST_KEY } from "../../helpers/server.js";
import { valid, type UserError } from "./mutations.cases.js";

/** Invalid inputs: each must come back as userErrors naming the input path, changing nothing. */
const invalid: {
  case: string;
  mutation: number;
  variables: Record<string, unknown>;
  field: string[];
  code: string;
  /** Replaces the mutation's query, for input only a literal can carry. */
  query?: string;
  /** A write to make first. */
  before?: Record<string, unknown>;
}[] = [
  {
    case: "a negative price",
    mutation: 2,
    variables: {
      input: {
        model: "o4-mini",
        tier: "STANDARD",
        inputPerMillion: -1,
        effectiveFrom: "2026-01-01",
      },
    },
    field: ["input", "inputPerMillion"],
    code: "INVALID",
  },
  {
    case: "a non-finite price",
    mutation: 2,
    query: `mutation { setPrice(input: { model: "o4-mini", tier: STANDARD, outputPerMillion: 1e999, effectiveFrom: "2026-01-01" }) { model { slug } userErrors { field message code } } }`,
    variables: {},
    field: ["input", "outputPerMillion"],
    code: "INVALID",
  },
  {
    case: "an unknown model slug",
    mutation: 3,
    variables: { input: { model: "gpt-99", channel: "API", stage: "RETIRED", date: "2026-01-01" } },
    field: ["input", "model"],
    code: "NOT_FOUND",
  },
  {
    case: "an unknown provider",
    mutation: 1,
    variables: { input: { slug: "x-1", name: "X", provider: "nobody" } },
    field: ["input", "provider"],
    code: "NOT_FOUND",
  },
  {
    case: "an unknown benchmark",
    mutation: 5,
    variables: { input: { model: "o3", benchmark: "nope", score: 1 } },
    field: ["input", "benchmark"],
    code: "NOT_FOUND",
  },
  {
    case: "a self-link",
    mutation: 6,
    variables: { input: { from: "o3", to: "o3", kind: "RELATED" } },
    field: ["input", "to"],
    code: "INVALID",
  },
  {
    case: "a SUCCESSOR edge that duplicates one",
    mutation: 6,
    variables: { input: { from: "o4-mini", to: "gpt-5.4-mini", kind: "SUCCESSOR" } },
    field: ["input", "to"],
    code: "CONFLICT",
  },
  {
    case: "a derivation cycle",
    mutation: 6,
    before: { input: { from: "o4-mini", to: "o3", kind: "DISTILLED_FROM" } },
    variables: { input: { from: "o3", to: "o4-mini", kind: "DISTILLED_FROM" } },
    field: ["input", "to"],
    code: "CYCLE_NOT_ALLOWED",
  },
  {
    case: "a malformed slug",
    mutation: 0,
    variables: { input: { slug: "Open AI!", name: "x" } },
    field: ["input", "slug"],
    code: "INVALID",
  },
  {
    case: "a date in the wrong form",
    mutation: 3,
    variables: { input: { model: "o3", channel: "API", stage: "RETIRED", date: "11/12/2026" } },
    field: ["input", "date"],
    code: "INVALID",
  },
  {
    case: "a malformed URL",
    mutation: 4,
    variables: {
      input: {
        slug: "b-1",
        name: "B",
        category: "MATH",
        metric: "x",
        higherIsBetter: true,
        url: "not a url",
      },
    },
    field: ["input", "url"],
    code: "INVALID",
  },
  {
    case: "an impossible date inside a source",
    mutation: 0,
    variables: {
      input: { slug: "acme", name: "Acme", source: { title: "Acme", retrievedOn: "2025-13-01" } },
    },
    field: ["input", "source", "retrievedOn"],
    code: "INVALID",
  },
  {
    case: "effectiveFrom before the price in force",
    mutation: 2,
    variables: {
      input: { model: "o3", tier: "STANDARD", inputPerMillion: 1, effectiveFrom: "2025-05-01" },
    },
    field: ["input", "effectiveFrom"],
    code: "CONFLICT",
  },
  {
    case: "an alias another model already has",
    mutation: 1,
    variables: {
      input: { slug: "copycat", name: "Copycat", provider: "openai", aliases: ["openai/o4-mini"] },
    },
    field: ["input", "aliases", "0"],
    code: "CONFLICT",
  },
  {
    case: "unlinking an edge that is not there",
    mutation: 7,
    variables: { input: { from: "o3", to: "o1", kind: "SNAPSHOT_OF" } },
    field: ["input", "to"],
    code: "NOT_FOUND",
  },
];

describe("invalid writes", () => {
  it.each(invalid)(
    "$case comes back as a userError at its input path, changing nothing",
    async (c) => {
      const t = await createTestServer({ clock: fixedClock("2026-11-25") });
      const { name, query } = valid[c.mutation]!;
      if (c.before) await t.write(query, c.before);
      const before = t.database.sqlite.serialize();
      const result = await t.execRaw(c.query ?? query, c.variables, `Bearer ${TEST_KEY}`);
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      const payload = result.data?.[name] as { userErrors: UserError[] };
      expect(payload.userErrors).toContainEqual(
        expect.objectContaining({ field: c.field, code: c.code }),
      );
      expect(
        Object.entries(payload)
          .filter(([k]) => k !== "userErrors")
          .every(([, v]) => v === null),
      ).toBe(true);
      expect(Buffer.compare(t.database.sqlite.serialize(), before)).toBe(0);
    },
  );
});
