import type { Channel } from "../db/tables/enums.js";
import { isIsoDate } from "../shared/dates.js";
import { familyMaker, identify, modelSlug } from "../modules/identity/index.js";
import type { ImportBatch, ImportedNotice } from "./import.types.js";

/**
 * The importer of quora/model-deprecation-tracker's `data/deprecations.json`: one entry per model
 * a maker's or a cloud's deprecation page lists (`provider`, `model_name`, `model_id`,
 * `deprecated_date`, `shutdown_date`, `replacement`, `status`), refreshed from those pages by the
 * tracker's own scheduled job. Pure: it reads nothing and writes nothing.
 *
 * - The provider says whose page the entry copies: a maker's API (OpenAI, Anthropic, Gemini) or a
 *   cloud (Vertex AI, Bedrock, Azure), whose retirements are their own channel. Others (a host
 *   such as Fireworks) have no channel here and are reported.
 * - A maker's entry names the model by its API id; a cloud's by its own id (`anthropic.claude-…
 *   -v1:0`), from which the maker's id is read, or by a display name, which only finds a model
 *   the graph already has. Rows that are not models (an endpoint, "Assistants API", a header) and
 *   fine-tuned variants (`ft-…`) are reported, not guessed at.
 * - The free-text replacement is split into models ("gpt-live-transcribe or gpt-transcribe",
 *   "gpt-image-2, gpt-image-1, or gpt-image-1-mini"); what a part adds in words or brackets
 *   ("gpt-5.6-sol (reasoning.mode: pro)") stays in the notice's note, and a part that names no
 *   model id ("The most capable cyber model available to you.") is reported.
 * - The same model listed twice on one channel keeps its first entry (the tracker lists the
 *   newest announcements first); the other is reported.
 */

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined);

/** Whose page a provider name copies: a maker's API, or a cloud's channel. */
const pages: { pattern: RegExp; channel: Channel; maker?: string }[] = [
  { pattern: /^openai$/i, channel: "API", maker: "openai" },
  { pattern: /^anthropic$/i, channel: "API", maker: "anthropic" },
  { pattern: /^(gemini|google|google ai|gemini api)$/i, channel: "API", maker: "google" },
  { pattern: /^(mistral|mistral ai)$/i, channel: "API", maker: "mistral" },
  { pattern: /^(xai|x\.ai)$/i, channel: "API", maker: "xai" },
  { pattern: /^deepseek$/i, channel: "API", maker: "deepseek" },
  { pattern: /vertex/i, channel: "GOOGLE_VERTEX" },
  { pattern: /bedrock/i, channel: "AWS_BEDROCK" },
  { pattern: /azure/i, channel: "AZURE" },
];

/** An API id as makers write them: no spaces, no slashes, no headers. */
const apiId = /^[a-z0-9][a-z0-9._:-]*$/i;

/** Words that say a replacement list has no model in it. */
const noReplacement = /^(—|-|–|n\/a|none|tbd|to be announced|)$/i;

/** "Claude 3.7 Sonnet on Google Cloud" → "claude-3.7-sonnet"; a display name, lower-kebab. */
function displayName(name: string): string {
  return modelSlug(
    name
      .replace(/\bon google cloud\b/i, "")
      .replace(/^anthropic's\s+/i, "")
      .trim(),
  );
}

export interface ParsedReplacement {
  models: string[];
  /** Parts that name no model id, as written. */
  unparsed: string[];
}

/**
 * Splits a replacement text into model ids: parts separated by commas, "or" and "and"; from each,
 * a bracketed remark and a trailing `*` (a family wildcard) are dropped, and what is left must be
 * one API id.
 */
export function parseReplacement(text: string): ParsedReplacement {
  const models: string[] = [];
  const unparsed: string[] = [];
  const trimmed = text.trim().replace(/\.$/, "");
  if (noReplacement.test(trimmed)) return { models, unparsed };
  for (const raw of trimmed.split(/\s*,\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and\s+/i)) {
    const part = raw
      .replace(/\([^)]*\)/g, "")
      .replace(/\*+$/, "")
      .trim();
    if (part === "") continue;
    if (apiId.test(part)) models.push(part.toLowerCase());
    else unparsed.push(raw.trim());
  }
  return { models: [...new Set(models)], unparsed };
}

function dateOf(value: unknown): string | undefined | null {
  const s = str(value);
  if (s === undefined) return undefined;
  return isIsoDate(s) ? s : null;
}

/**
 * Reads the tracker's file into notices dated `snapshot`. Throws only when the input as a whole
 * is not that file; a bad entry is reported in `skipped`, never fatal.
 */
export function parseDeprecations(
  json: unknown,
  options: { snapshot: string; url?: string },
): ImportBatch {
  if (!Array.isArray(json) || json.length === 0 || !json.every(isObject))
    throw new Error(
      "not a deprecations tracker file: expected a non-empty JSON array of { provider, model_name, … } objects",
    );
  const skipped: ImportBatch["skipped"] = [];
  const notices: ImportedNotice[] = [];
  const seen = new Map<string, string>();
  for (const [index, entry] of (json as Json[]).entries()) {
    const provider = str(entry.provider) ?? "";
    const name = str(entry.model_name) ?? "";
    const id = `${provider || "?"}/${name || index}`;
    const page = pages.find((p) => p.pattern.test(provider));
    if (!page) {
      skipped.push({ id, reason: `"${provider}" is neither a maker's API nor a cloud channel` });
      continue;
    }
    const status = (str(entry.status) ?? "").toLowerCase();
    const deprecatedOn = dateOf(entry.deprecated_date);
    const retiresOn = dateOf(entry.shutdown_date);
    if (deprecatedOn === null || retiresOn === null) {
      skipped.push({ id, reason: "a date is not YYYY-MM-DD" });
      continue;
    }
    const replacementText = str(entry.replacement) ?? "";
    if (status === "active" && !retiresOn) {
      skipped.push({ id, reason: "listed as active, with no shutdown date: not a notice" });
      continue;
    }
    // The model: a maker's API id; for a cloud, the maker's id read from the cloud's own id. A
    // maker's row may list a model's ids together (`o4-mini-2025-04-16 | o4-mini`): the first is
    // the row's model, and the others get the same notice where the graph holds them.
    const cloudId = str(entry.model_id);
    let model: string | undefined;
    let also: string[] = [];
    let maker = page.maker;
    let byName = false;
    if (page.maker) {
      const ids = name
        .split(/\s*[|,]\s*/)
        .filter((id) => apiId.test(id) && !/^ft[-:]/i.test(id))
        .map((id) => id.toLowerCase());
      if (ids.length === name.split(/[|,]/).length) {
        model = ids[0];
        also = ids.slice(1);
      }
    } else if (cloudId && apiId.test(cloudId)) {
      const identity = identify(cloudId);
      model = identity.slug || undefined;
      maker = identity.maker ?? familyMaker(identity.slug);
    } else if (name) {
      model = displayName(name);
      maker = familyMaker(model);
      byName = true;
    }
    if (!model || !maker) {
      skipped.push({
        id,
        reason: /^ft[-:]/i.test(name)
          ? "a fine-tuned variant's availability, not a model of its own"
          : model
            ? `no maker can be told from "${name}"`
            : "names no model id (an endpoint, a feature or an API)",
      });
      continue;
    }
    const key = (model: string) => `${page.channel}|${maker}/${model}`;
    const first = seen.get(key(model));
    if (first !== undefined) {
      skipped.push({
        id,
        reason: `listed again on ${page.channel}; the first entry (${first}) is kept`,
      });
      continue;
    }
    also = also.filter((other) => !seen.has(key(other)));
    for (const listed of [model, ...also])
      seen.set(key(listed), `shutdown ${retiresOn ?? "unset"}`);
    const replacement = parseReplacement(replacementText);
    for (const part of replacement.unparsed)
      skipped.push({
        id,
        reason: `replacement "${part}" names no model id: kept in the note only`,
      });
    const notice: ImportedNotice = {
      id,
      maker,
      model,
      byName,
      channel: page.channel,
      deprecatedOn: deprecatedOn ?? null,
      retiresOn: retiresOn ?? null,
      replacements: replacement.models,
      note:
        replacementText && !noReplacement.test(replacementText)
          ? `Replacement: ${replacementText}`
          : null,
    };
    notices.push(notice, ...also.map((other) => ({ ...notice, model: other, alsoNamed: true })));
  }
  return {
    catalog: "deprecations",
    title: "Model deprecation tracker (quora/model-deprecation-tracker)",
    url: options.url ?? "https://github.com/quora/model-deprecation-tracker",
    publisher: "Quora (a tracker of the makers' and clouds' deprecation pages)",
    snapshot: options.snapshot,
    providers: [],
    models: [],
    offerings: [],
    notices,
    skipped,
  };
}
