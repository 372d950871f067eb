import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

// Every test runs on the embedded database; tests that touch a database (`*.router.test.ts`,
// `*.db.test.ts`) run again on PostgreSQL when TEST_DATABASE_URL is set.
const DB_TESTS = ["server/**/*.router.test.ts", "server/**/*.db.test.ts", "db/**/*.db.test.ts"];

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // `server-only` throws outside React Server Components; tests call server code directly.
      "server-only": path.join(root, "server/test/server-only-stub.ts"),
    },
  },
  test: {
    // next-auth imports `next/server` without an extension, which Node's ESM loader refuses;
    // inlined, Vite resolves it, so route handler modules can be imported in tests.
    server: { deps: { inline: ["next-auth"] } },
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
    projects: [
      {
        extends: true,
        test: {
          name: "pglite",
          include: ["server/**/*.test.ts", "db/**/*.test.ts", "lib/**/*.test.ts", "components/**/*.test.ts"],
          env: { TEST_DB_KIND: "pglite" },
          globalSetup: ["server/test/global-setup.ts"],
        },
      },
      ...(process.env.TEST_DATABASE_URL
        ? [
            {
              extends: true,
              test: {
                name: "postgres",
                include: DB_TESTS,
                env: { TEST_DB_KIND: "postgres" },
                globalSetup: ["server/test/global-setup.ts"],
              },
            },
          ]
        : []),
    ],
  },
});
