import { defineConfig } from "vitest/config";

// Two projects, both run by `npm test`: "unit" needs no built site (under a minute: `npm run test:unit`);
// "site" builds the site twice first (test/setup/build-site.ts) and reads the pages, drives Chromium, builds project copies.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/**/*.test.ts", "bench/**/*.test.ts"],
          exclude: ["test/site/**"],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "site",
          include: ["test/site/**/*.test.ts"],
          globalSetup: ["test/setup/build-site.ts"],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          pool: "forks",
        },
      },
    ],
  },
});
