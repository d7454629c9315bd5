/**
 * The capabilities importers map catalog flags onto, with their names: created in the graph the
 * first time an import needs one that the curated catalog does not define.
 */
export const capabilities = [
  { slug: "reasoning", name: "Reasoning" },
  { slug: "vision", name: "Vision" },
  { slug: "pdf-input", name: "PDF input" },
  { slug: "tool-calling", name: "Tool calling" },
  { slug: "structured-output", name: "Structured output" },
  { slug: "prompt-caching", name: "Prompt caching" },
  { slug: "web-search", name: "Web search" },
  { slug: "batch-api", name: "Batch API" },
] as const;
