// Every table, for drizzle-kit and for `drizzle(client, { schema })`.
export * from "./tables/sources.js";
export * from "./tables/providers.js";
export * from "./tables/models.js";
export * from "./tables/capabilities.js";
export * from "./tables/benchmarks.js";
export * from "./tables/prices.js";
export * from "./tables/lifecycle.js";
export * from "./tables/relations.js";
export * from "./tables/notices.js";
export * from "./tables/auth.js";
export * from "./tables/changes.js";
export * from "./tables/offerings.js";
export * from "./tables/claims.js";
export * from "./tables/syncs.js";
