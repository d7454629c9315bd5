import { and, asc, eq, isNull } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { apiKeys } from "../../db/schema.js";
import { generateKey, hashKey } from "./keys.js";

export interface KeyListing {
  name: string;
  prefix: string;
  createdAt: string;
  revokedAt: string | null;
}

/** The key store: named keys, kept as SHA-256 hashes only. */
export class KeyRepository {
  constructor(private readonly db: Database) {}

  /** Creates a key and returns it: the only time it is ever shown. */
  create(name: string, now: Date): string {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(name)) {
      throw new Error("a key name is 1 to 64 letters, digits, '.', '_' or '-'");
    }
    if (this.db.select().from(apiKeys).where(eq(apiKeys.name, name)).get()) {
      throw new Error(`a key named "${name}" already exists`);
    }
    const key = generateKey();
    this.db
      .insert(apiKeys)
      .values({
        name,
        keyHash: hashKey(key).toString("hex"),
        prefix: key.slice(0, 8),
        createdAt: now.toISOString(),
      })
      .run();
    return key;
  }

  list(): KeyListing[] {
    return this.db
      .select({
        name: apiKeys.name,
        prefix: apiKeys.prefix,
        createdAt: apiKeys.createdAt,
        revokedAt: apiKeys.revokedAt,
      })
      .from(apiKeys)
      .orderBy(asc(apiKeys.id))
      .all();
  }

  /** Revokes a key by name; false when no active key has that name. */
  revoke(name: string, now: Date): boolean {
    const result = this.db
      .update(apiKeys)
      .set({ revokedAt: now.toISOString() })
      .where(and(eq(apiKeys.name, name), isNull(apiKeys.revokedAt)))
      .run();
    return result.changes > 0;
  }

  /** The hashes of every key not revoked. */
  active(): { name: string; hash: Buffer }[] {
    return this.db
      .select({ name: apiKeys.name, hash: apiKeys.keyHash })
      .from(apiKeys)
      .where(isNull(apiKeys.revokedAt))
      .all()
      .map((k) => ({ name: k.name, hash: Buffer.from(k.hash, "hex") }));
  }
}
