import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Node loads graphql 16's CommonJS build for every package (it has no "exports" map); Vite would give our
    // own files the .mjs build instead, and graphql refuses a schema from "another realm". One build for all.
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    include: ["src/**/*.test.ts", "providers/**/*.test.ts", "plugins/**/*.test.ts", "examples/**/*.test.ts"],
    // Each file boots its own server and database; two workers suit the two-core machines.
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
