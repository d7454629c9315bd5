import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../src/shared/paths.js";
import { createTestServer, fixedClock, type TestServer } from "./helpers/server.js";

/** The README's GraphQL examples, as written. */
const examples = [
  ...readFileSync(join(projectRoot, "README.md"), "utf8").matchAll(/```graphql\n([\s\S]*?)```/g),
].map((m) => m[1]!);

describe("the README's GraphQL examples", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await createTestServer({ clock: fixedClock("2026-12-04") });
  });

  it.each(examples.map((query, i) => [i, query]))(
    "example %i runs without errors",
    async (_, query) => {
      const result = await t.execRaw(query as string);
      expect(result.errors).toBeUndefined();
    },
  );

  it("say what the lineage example answers", async () => {
    const lineage = examples.find((q) => q.includes("migrationsDue"))!;
    const { model } = await t.exec<{
      model: { recommendedReplacement: { slug: string }; july: { slug: string }; azure: string };
    }>(lineage);
    expect(lineage).toContain(`today: ${model.recommendedReplacement.slug}.`);
    expect(lineage).toContain(`then: ${model.july.slug}.`);
    expect(model.azure).toBe("RETIRED");
  });
});
