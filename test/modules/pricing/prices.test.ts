import { beforeAll, describe, expect, it } from "vitest";
import { createTestServer, fixedClock, type TestServer } from "../../helpers/server.js";

type Price = {
  tier: string;
  inputPerMillion: number;
  outputPerMillion: number;
  effectiveTo: string | null;
};

describe("prices", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await createTestServer({ clock: fixedClock("2026-01-01") });
  });

  const pricesOf = async (slug: string, args = "") =>
    (
      await t.exec<{ model: { prices: Price[] } }>(
        `{ model(slug: "${slug}") { prices${args} { tier inputPerMillion outputPerMillion effectiveTo source { title } } } }`,
      )
    ).model.prices;

  it("are the ones in force on asOf, effectiveTo exclusive", async () => {
    const standard = (asOf: string) => pricesOf("o3", `(tier: STANDARD, asOf: "${asOf}")`);
    expect(await standard("2025-05-01")).toMatchObject([
      { inputPerMillion: 10, outputPerMillion: 40 },
    ]);
    expect(await standard("2025-06-09")).toMatchObject([
      { inputPerMillion: 10, effectiveTo: "2025-06-10" },
    ]);
    expect(await standard("2025-06-10")).toMatchObject([
      { inputPerMillion: 2, outputPerMillion: 8 },
    ]);
    expect(await standard("2025-01-01")).toEqual([]);
  });

  it("default to today, every tier in tier order", async () => {
    const tiers = (await pricesOf("o4-mini")).map((p) => p.tier);
    expect(tiers).toEqual(["STANDARD", "BATCH"]);
  });

  it("refuse an impossible date, literal or variable, with BAD_USER_INPUT naming the argument", async () => {
    const result = await t.execRaw(`{ model(slug: "o3") { prices(asOf: "2025-02-30") { tier } } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toBe(
      'asOf must be an ISO calendar date such as "2026-10-23", got "2025-02-30"',
    );
    const filter = await t.execRaw(
      `{ models(filter: { releasedAfter: "yesterday" }) { totalCount } }`,
    );
    expect(filter.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      argument: "filter.releasedAfter",
    });
    const variable = await t.execRaw(
      `query ($d: Date) { model(slug: "o3") { prices(asOf: $d) { tier } } }`,
      {
        d: "30/02/2025",
      },
    );
    expect(variable.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(variable.errors?.[0]?.message).toContain("ISO calendar date");
    const notAString = await t.execRaw(
      `query ($d: Date) { model(slug: "o3") { prices(asOf: $d) { tier } } }`,
      { d: 20250101 },
    );
    expect(notAString.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
