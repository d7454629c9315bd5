import type { Database } from "../../db/client.js";
import { KeyRepository } from "./key.repository.js";
import { bearerToken, hashKey, matchKey, type NamedKey } from "./keys.js";

export { KeyRepository } from "./key.repository.js";
export { parseApiKeys, type NamedKey } from "./keys.js";

/**
 * Tells who is writing from a request's Authorization header: the name of a key from API_KEYS or
 * the key store, or null. Keys are never logged or kept in clear.
 */
export function createAuthenticator(db: Database, envKeys: NamedKey[]) {
  const repository = new KeyRepository(db);
  const fromEnv = envKeys.map((k) => ({ name: k.name, hash: hashKey(k.key) }));
  return (authorization: string | undefined): string | null => {
    const token = bearerToken(authorization);
    if (token === null) return null;
    return matchKey(token, [...fromEnv, ...repository.active()]);
  };
}

export type Authenticator = ReturnType<typeof createAuthenticator>;
