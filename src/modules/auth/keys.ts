import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** A key as configured: the name the change log shows, and the secret. */
export interface NamedKey {
  name: string;
  key: string;
}

export const MIN_KEY_LENGTH = 16;

export function hashKey(key: string): Buffer {
  return createHash("sha256").update(key, "utf8").digest();
}

/** A new random key: `mg_` and 43 base64url characters (256 bits). */
export function generateKey(): string {
  return `mg_${randomBytes(32).toString("base64url")}`;
}

/**
 * Reads `API_KEYS`: comma-separated `name:key` pairs (a bare key is named `env-1`, `env-2`…).
 * Throws on a key too short to be safe or a name used twice.
 */
export function parseApiKeys(value: string | undefined): NamedKey[] {
  const entries = (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const keys = entries.map((entry, i) => {
    const colon = entry.indexOf(":");
    const [name, key] =
      colon > 0 ? [entry.slice(0, colon), entry.slice(colon + 1)] : [`env-${i + 1}`, entry];
    if (key.length < MIN_KEY_LENGTH) {
      throw new Error(
        `API_KEYS: the key named "${name}" is shorter than ${MIN_KEY_LENGTH} characters`,
      );
    }
    return { name, key };
  });
  const names = keys.map((k) => k.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice) throw new Error(`API_KEYS: the name "${twice}" is used twice`);
  return keys;
}

/**
 * The name of the key whose hash matches `presented`, or null. Every candidate is compared, in
 * constant time, so the time taken does not tell how close a guess came.
 */
export function matchKey(
  presented: string,
  candidates: { name: string; hash: Buffer }[],
): string | null {
  const hash = hashKey(presented);
  let match: string | null = null;
  for (const candidate of candidates) {
    if (timingSafeEqual(hash, candidate.hash) && match === null) match = candidate.name;
  }
  return match;
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return match ? match[1]! : null;
}
