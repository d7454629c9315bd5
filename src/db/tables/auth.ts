import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * API keys for writes, created by `npm run keys -- create <name>`. Only a SHA-256 hash of each
 * key is kept; `prefix` (the key's first characters) lets people tell keys apart in `list`.
 */
export const apiKeys = sqliteTable(
  "api_keys",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull().unique(),
    keyHash: text("key_hash").notNull().unique(),
    prefix: text("prefix").notNull(),
    createdAt: text("created_at").notNull(),
    revokedAt: text("revoked_at"),
  },
  (t) => [index("api_keys_active_idx").on(t.revokedAt)],
);
