import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "providers/**/*.test.ts", "plugins/**/*.test.ts", "examples/**/*.test.ts"],
    // Each file boots its own server and database; two workers suit the two-core machines.
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
