import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { createDocumentStore, HEAP_BYTES_PER_SOURCE_CHAR } from "../../src/http/document-store.js";

describe("the document store", () => {
  it("keeps parsed documents and evicts the oldest once their estimated heap passes the bound", async () => {
    const sources = Array.from({ length: 10 }, (_, i) => `# ${i}\n{ model(slug: "o3") { slug } }`);
    const each = sources[0]!.length * HEAP_BYTES_PER_SOURCE_CHAR;
    // Room for six documents and a half.
    const store = createDocumentStore(each * 6.5);
    const documents = sources.map((source) => parse(source));
    for (const [i, document] of documents.entries()) await store.set(`q${i}`, document);
    const kept = await Promise.all(documents.map((_, i) => store.get(`q${i}`)));
    expect(kept.map((d) => d !== undefined)).toEqual([
      false,
      false,
      false,
      false,
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(await store.get("q9")).toBe(documents[9]);
    await store.delete("q9");
    expect(await store.get("q9")).toBeUndefined();
  });
});
