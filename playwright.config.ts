import { defineConfig, devices } from "@playwright/test";
import { chromiumExecutable } from "./e2e/browser";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// E2E_BASE_URL runs the specs against a server already running on a fresh demo database
// (for example while another build keeps this machine busy); by default Playwright starts its own.
const EXTERNAL = process.env.E2E_BASE_URL;
const BASE_URL = EXTERNAL ?? `http://127.0.0.1:${PORT}`;
// The e2e server gets its own embedded database (never the developer's .data/pglite), seeded with the demo forum.
const DATA_DIR = ".data/e2e";

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  globalSetup: "./e2e/global-setup.ts",
  use: {
    baseURL: BASE_URL,
    locale: "id-ID",
    timezoneId: "Asia/Makassar",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1366, height: 900 } }, testIgnore: /.*\.phone\.spec\.ts/ },
    { name: "phone", use: { ...devices["Pixel 7"] }, testMatch: /.*\.phone\.spec\.ts/ },
  ],
  webServer: EXTERNAL
    ? undefined
    : {
        command: `rm -rf ${DATA_DIR} && npm run build && node_modules/.bin/next start -p ${PORT} -H 127.0.0.1`,
        url: `${BASE_URL}/sign-in`,
        timeout: 480_000,
        reuseExistingServer: false,
        stdout: "ignore",
        stderr: "pipe",
        env: {
          PGLITE_DIR: `${DATA_DIR}/pglite`,
          DEMO_DATA: "1",
          NEXT_TELEMETRY_DISABLED: "1",
          AUTH_SECRET: "e2e-only-secret-not-for-production-0123456789",
          // `npm test` has type-checked the code just before (next.config.ts).
          SKIP_BUILD_TYPECHECK: "1",
        },
      },
});
