import type { DocumentStore } from "@apollo/server";
import type { DocumentNode } from "graphql";
import { LRUCache } from "lru-cache";

/** A parsed document takes about this many bytes of heap per character of its source (measured). */
export const HEAP_BYTES_PER_SOURCE_CHAR = 40;

/**
 * Apollo's store of parsed and validated documents, bounded by the heap they take. Apollo's own
 * store measures each new document by serialising it to JSON, which cost more than a tenth of
 * answering a query sent for the first time; here the size comes from the source's length.
 */
export function createDocumentStore(maxBytes: number): DocumentStore {
  const documents = new LRUCache<string, DocumentNode>({
    // A backstop, should a document ever come without its source location.
    max: 100_000,
    maxSize: maxBytes,
    sizeCalculation: (document) =>
      Math.max(1, (document.loc?.end ?? 0) * HEAP_BYTES_PER_SOURCE_CHAR),
  });
  return {
    get: (key) => Promise.resolve(documents.get(key)),
    set: (key, document) => {
      documents.set(key, document);
      return Promise.resolve();
    },
    delete: (key) => Promise.resolve(documents.delete(key)),
  };
}
