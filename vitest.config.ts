import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql ships CJS and ESM side by side; without this alias type-graphql and our code can
    // load two copies ("Cannot use GraphQLObjectType from another module or realm").
    alias: { graphql: require.resolve("graphql/index.js") },
  },
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/helpers/setup.ts"],
    pool: "forks",
    // Timeouts are for a test that hangs, never for a slow machine: every test's work is bounded
    // (a count of requests, rows or processes), and on a busy 2-core machine a test that starts
    // a process, or a hook that builds a large database, can take many times its usual time.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 60_000,
  },
});
