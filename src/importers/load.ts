import { existsSync, readFileSync, statSync } from "node:fs";
import type { ImportBatch } from "./import.types.js";
import { parseDeprecations } from "./deprecations.js";
import { parseGenaiPrices } from "./genai-prices.js";
import { parseLiteLLM } from "./litellm.js";
import { parseModelsDevApi, parseModelsDevRepository } from "./models-dev.js";
import { parseOpenRouter } from "./openrouter.js";

export const catalogs = [
  "models.dev",
  "litellm",
  "openrouter",
  "genai-prices",
  "deprecations",
] as const;
export type CatalogName = (typeof catalogs)[number];

/** How long a catalog URL may take to answer. */
export const FETCH_TIMEOUT_MS = 30_000;

/** Fetches a JSON document, with a timeout and errors that say what went wrong. */
export async function fetchJson(url: string, timeoutMs = FETCH_TIMEOUT_MS): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: "application/json" },
    });
  } catch (error) {
    const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
    const why =
      (error as Error).name === "TimeoutError"
        ? `no answer within ${timeoutMs / 1000} s`
        : (cause?.code ?? cause?.message ?? (error as Error).message);
    throw new Error(`could not fetch ${url}: ${why}`, { cause: error });
  }
  if (!response.ok)
    throw new Error(`could not fetch ${url}: HTTP ${response.status} ${response.statusText}`);
  try {
    return await response.json();
  } catch (error) {
    throw new Error(`${url} did not answer with JSON`, { cause: error });
  }
}

function readJson(path: string): unknown {
  if (!existsSync(path)) throw new Error(`${path} does not exist`);
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`${path} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Reads one catalog snapshot from a file, a folder (models.dev's repository layout) or an http(s)
 * URL, and parses it into an ImportBatch dated `snapshot`.
 */
export async function loadBatch(
  from: CatalogName,
  location: string,
  snapshot: string,
): Promise<ImportBatch> {
  const remote = /^https?:\/\//i.test(location);
  if (
    from === "models.dev" &&
    !remote &&
    existsSync(location) &&
    statSync(location).isDirectory()
  ) {
    return parseModelsDevRepository(location, { snapshot });
  }
  const json = remote ? await fetchJson(location) : readJson(location);
  return parseCatalog(from, json, snapshot, remote ? location : undefined);
}

/** Parses one catalog's JSON (models.dev's api.json, not its repository) into a batch. */
export function parseCatalog(
  from: CatalogName,
  json: unknown,
  snapshot: string,
  url?: string,
): ImportBatch {
  switch (from) {
    case "models.dev":
      return parseModelsDevApi(json, { snapshot });
    case "litellm":
      return parseLiteLLM(json, { snapshot, url });
    case "openrouter":
      return parseOpenRouter(json, { snapshot, url });
    case "genai-prices":
      return parseGenaiPrices(json, { snapshot, url });
    case "deprecations":
      return parseDeprecations(json, { snapshot, url });
  }
}
