import { createHash } from "node:crypto";
import { and, desc, eq, gt, inArray } from "drizzle-orm";
import type { Database } from "../db/client.js";
import * as t from "../db/schema.js";
import type { SyncOutcome } from "../db/tables/syncs.js";
import { applyImport, type ImportSummary } from "./apply.js";
import { type CatalogName, parseCatalog } from "./load.js";

/** A public catalog to pull, and where from. */
export interface SyncSource {
  name: CatalogName;
  url: string;
}

/** Where each catalog publishes itself (each overridable, see `syncSourcesFrom`). */
export const defaultSyncSources: readonly SyncSource[] = [
  { name: "models.dev", url: "https://models.dev/api.json" },
  {
    name: "litellm",
    url: "https://raw.githubusercontent.com/BerriAI/litellm/main/model_prices_and_context_window.json",
  },
  { name: "openrouter", url: "https://openrouter.ai/api/v1/models" },
  {
    name: "genai-prices",
    url: "https://raw.githubusercontent.com/pydantic/genai-prices/main/prices/new_data/v2/data.json",
  },
  {
    name: "deprecations",
    url: "https://raw.githubusercontent.com/quora/model-deprecation-tracker/main/data/deprecations.json",
  },
];

/**
 * The sources to pull: the defaults, each URL overridable with `SYNC_URL_<NAME>`
 * (`SYNC_URL_MODELS_DEV`, `SYNC_URL_LITELLM`…); `SYNC_SOURCES` (a comma-separated list of names)
 * picks some of them.
 */
export function syncSourcesFrom(env: NodeJS.ProcessEnv): SyncSource[] {
  const picked = env.SYNC_SOURCES?.split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const unknown = picked?.filter((name) => !defaultSyncSources.some((s) => s.name === name));
  if (unknown?.length)
    throw new Error(
      `SYNC_SOURCES names no known catalog: ${unknown.join(", ")} (known: ${defaultSyncSources.map((s) => s.name).join(", ")})`,
    );
  return defaultSyncSources
    .filter((s) => !picked || picked.includes(s.name))
    .map((s) => ({
      ...s,
      url: env[`SYNC_URL_${s.name.replace(/[^a-z0-9]+/gi, "_").toUpperCase()}`] ?? s.url,
    }));
}

export interface SyncOptions {
  /** The snapshot's date: the day the catalog was fetched (YYYY-MM-DD). */
  today: string;
  /** When the sync starts and ends (ISO instants). */
  now: () => Date;
  timeoutMs?: number;
  /** How many more times a fetch that failed on the network or with a 5xx is tried. */
  retries?: number;
}

export interface SyncResult {
  source: string;
  outcome: Exclude<SyncOutcome, "RUNNING">;
  summary: string;
}

/** A sync still RUNNING after this long died with its process: it no longer holds the lock. */
const STALE_RUN_MS = 30 * 60_000;

const describe = (s: ImportSummary) =>
  `models ${s.models.added} added, ${s.models.updated} updated; offerings ${s.offerings.added} added, ${s.offerings.updated} updated; price periods ${s.prices.opened} opened, ${s.prices.closed} closed${s.notices.added > 0 ? `; deprecation notices ${s.notices.added} new` : ""}`;

async function fetchWithRetries(
  url: string,
  headers: Record<string, string>,
  timeoutMs: number,
  retries: number,
): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetch(url, { headers, signal: AbortSignal.timeout(timeoutMs) });
      if (response.status < 500 || attempt >= retries) return response;
    } catch (error) {
      if (attempt >= retries) {
        const cause = (error as Error & { cause?: { code?: string } }).cause;
        const why =
          (error as Error).name === "TimeoutError"
            ? `no answer within ${timeoutMs / 1000} s`
            : (cause?.code ?? (error as Error).message);
        throw new Error(`could not fetch ${url}: ${why}`, { cause: error });
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
  }
}

/**
 * Pulls each source once, one sync at a time across processes: a conditional request with the
 * last pull's ETag and Last-Modified; an answer of 304, or a body like the last one, changes
 * nothing; a changed body is imported as the catalog's snapshot of `today`, in one transaction
 * logged as a change. A source that fails (unreachable, too slow, not the catalog's format)
 * leaves the database as it was and is recorded as FAILED with the reason.
 */
export async function runSync(
  db: Database,
  sources: readonly SyncSource[],
  options: SyncOptions,
): Promise<SyncResult[]> {
  const results: SyncResult[] = [];
  for (const source of sources) results.push(await syncOne(db, source, options));
  return results;
}

async function syncOne(
  db: Database,
  source: SyncSource,
  options: SyncOptions,
): Promise<SyncResult> {
  const startedAt = options.now().toISOString();
  const runId = db.transaction(
    (tx) => {
      const running = tx
        .select({ id: t.syncs.id, source: t.syncs.source })
        .from(t.syncs)
        .where(
          and(
            eq(t.syncs.outcome, "RUNNING"),
            gt(t.syncs.startedAt, new Date(options.now().getTime() - STALE_RUN_MS).toISOString()),
          ),
        )
        .get();
      if (running) return undefined;
      return tx
        .insert(t.syncs)
        .values({ source: source.name, url: source.url, startedAt, outcome: "RUNNING" })
        .returning({ id: t.syncs.id })
        .get().id;
    },
    { behavior: "immediate" },
  );
  if (runId === undefined)
    return { source: source.name, outcome: "FAILED", summary: "another sync is running" };
  const last = db
    .select()
    .from(t.syncs)
    .where(
      and(
        eq(t.syncs.source, source.name),
        eq(t.syncs.url, source.url),
        inArray(t.syncs.outcome, ["CHANGED", "UNCHANGED"]),
      ),
    )
    .orderBy(desc(t.syncs.id))
    .limit(1)
    .get();
  const finish = (
    outcome: SyncResult["outcome"],
    summary: string,
    seen: { etag?: string | null; lastModified?: string | null; bodyHash?: string | null } = {},
  ): SyncResult => {
    db.update(t.syncs)
      .set({
        outcome,
        summary,
        finishedAt: options.now().toISOString(),
        etag: seen.etag ?? last?.etag ?? null,
        lastModified: seen.lastModified ?? last?.lastModified ?? null,
        bodyHash: seen.bodyHash ?? last?.bodyHash ?? null,
      })
      .where(eq(t.syncs.id, runId))
      .run();
    return { source: source.name, outcome, summary };
  };
  try {
    const headers: Record<string, string> = { accept: "application/json" };
    if (last?.etag) headers["if-none-match"] = last.etag;
    if (last?.lastModified) headers["if-modified-since"] = last.lastModified;
    const response = await fetchWithRetries(
      source.url,
      headers,
      options.timeoutMs ?? 30_000,
      options.retries ?? 2,
    );
    if (response.status === 304) return finish("UNCHANGED", "not modified since the last sync");
    if (!response.ok)
      throw new Error(`${source.url} answered HTTP ${response.status} ${response.statusText}`);
    const body = await response.text();
    const seen = {
      etag: response.headers.get("etag"),
      lastModified: response.headers.get("last-modified"),
      bodyHash: createHash("sha256").update(body).digest("hex"),
    };
    if (last?.bodyHash === seen.bodyHash)
      return finish("UNCHANGED", "the same catalog as at the last sync", seen);
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch (error) {
      throw new Error(`${source.url} did not answer with JSON: ${(error as Error).message}`, {
        cause: error,
      });
    }
    const batch = parseCatalog(source.name, json, options.today, source.url);
    const summary = applyImport(db, batch, {
      beforeCommit: (work, s) =>
        work.log({
          at: options.now().toISOString(),
          actor: "sync",
          operation: "import",
          target: `catalog:${source.name}`,
          summary: `${source.name} snapshot ${options.today}: ${describe(s)}`,
        }),
    });
    return finish("CHANGED", `snapshot ${options.today}: ${describe(summary)}`, seen);
  } catch (error) {
    return finish("FAILED", (error as Error).message);
  }
}
