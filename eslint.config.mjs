import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The layers (README, "A map of the code") and which way imports may point. The rule resolves
// each import to a file, so "@/server/x", "../server/x" and `import type` are all caught.
const BOUNDARIES = [
  {
    target: "./components",
    from: ["./server", "./db"],
    message:
      "components/ is UI that ships to the browser: it must not pull in server or database code, not even types. Move what both sides need (types, constants, messages, formatting) to lib/.",
  },
  {
    target: ["./server", "./db"],
    from: "./app",
    message:
      "app/ is routing (pages, route handlers) on top of server/ and db/; the lower layers must not depend on it. Move the shared piece into server/ or lib/.",
  },
  {
    target: ["./server", "./db"],
    from: "./components",
    message:
      "components/ is React UI; server/ and db/ must not depend on it. Code both sides use (messages, formatting, labels) lives in lib/.",
  },
  {
    target: "./lib",
    from: ["./server", "./db", "./app", "./components"],
    message: "lib/ is the neutral layer that server and browser code both import, so it may import none of the app's layers.",
  },
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    name: "sinergi/style",
    rules: {
      // `const { secret: _omit, ...rest } = row` is how this code drops a field; allow it.
      "@typescript-eslint/no-unused-vars": ["warn", { ignoreRestSiblings: true, argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    name: "sinergi/boundaries",
    rules: {
      "import/no-restricted-paths": ["error", { basePath: import.meta.dirname, zones: BOUNDARIES }],
    },
  },
  {
    // Tests of route handlers call the handlers in app/ directly (server/http/routes.router.test.ts,
    // the authorization matrix): a test may look down into app/, production server code may not.
    name: "sinergi/boundaries-in-tests",
    files: ["server/**/*.test.ts"],
    rules: {
      "import/no-restricted-paths": [
        "error",
        { basePath: import.meta.dirname, zones: BOUNDARIES.filter((z) => z.from !== "./app") },
      ],
    },
  },
  {
    name: "sinergi/lib-is-framework-free",
    files: ["lib/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-dom", "react/*", "react-dom/*", "next", "next/*", "server-only"],
              message:
                "lib/ is plain TypeScript that runs anywhere (server, browser, command line, tests); keep React and Next in components/ and app/.",
            },
          ],
        },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    ".data/**",
    "db/migrations/**",
    "docs/**",
    "test-results/**",
    "playwright-report/**",
    "blob-report/**",
    "backups/**",
  ]),
]);
