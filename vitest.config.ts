import { defineConfig } from "vitest/config";

const exclude = ["node_modules/**", "build/**", "e2e/**", "data/**", ".scratch/**"];
const alias = { "~": new URL("./app", import.meta.url).pathname };

/**
 * `*.test.ts` are unit tests (run once). `*.db.test.ts` run against a fresh database:
 * on PGlite always, and again on a real Postgres server when TEST_DATABASE_URL is set.
 */
export default defineConfig({
  resolve: { alias },
  test: {
    reporters: process.env.CI
      ? ["default", ["json", { outputFile: "reports/vitest.json" }]]
      : ["default"],
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["**/*.test.ts"], exclude: [...exclude, "**/*.db.test.ts"] },
      },
      {
        resolve: { alias },
        test: {
          name: "db:pglite",
          include: ["**/*.db.test.ts"],
          exclude,
          env: { TEST_DB_KIND: "pglite" },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      ...(process.env.TEST_DATABASE_URL
        ? [
            {
              resolve: { alias },
              test: {
                name: "db:postgres",
                include: ["**/*.db.test.ts"],
                exclude,
                env: { TEST_DB_KIND: "postgres" },
                testTimeout: 60_000,
                hookTimeout: 120_000,
              },
            },
          ]
        : []),
    ],
  },
});
