import { mkdirSync, rmSync } from "node:fs";
import { chromium, type FullConfig } from "@playwright/test";
import { chromiumExecutable } from "./browser";
import { AUTH_STATE_DIR, storageStatePath } from "./auth-state";
import { DEMO } from "./fixtures";

const ACCOUNTS = [DEMO.admin, DEMO.reviewer, DEMO.reviewerKutim, DEMO.viewer, DEMO.officerMahakam, DEMO.officerKutai];

/**
 * Runs after Playwright has started the app (webServer): signs each demo account in once through
 * the sign-in form and keeps its cookies (storage state), so specs start signed in instead of
 * filling the form again. The specs about the form and about sessions still use the form.
 */
export default async function globalSetup(config: FullConfig) {
  const executablePath = chromiumExecutable();
  if (!executablePath) {
    throw new Error(
      "No Chromium browser found for the end-to-end tests.\n" +
        "Install one, then run the tests again:\n" +
        "  Debian/Ubuntu:  sudo apt-get install chromium\n" +
        "  or:             npx playwright install chromium\n" +
        "  or point CHROMIUM_PATH at an existing Chromium or Chrome executable.",
    );
  }
  const use = config.projects[0]!.use;
  rmSync(AUTH_STATE_DIR, { recursive: true, force: true });
  mkdirSync(AUTH_STATE_DIR, { recursive: true });
  // The web server answers its readiness URL before every route is warm; wait for the sign-in
  // page itself (bounded) so the first sign-in does not meet a refused connection.
  const signInUrl = new URL("/sign-in", use.baseURL).toString();
  for (let waited = 0; ; waited += 1000) {
    const ok = await fetch(signInUrl).then((r) => r.ok, () => false);
    if (ok) break;
    if (waited > 120_000) throw new Error(`The app did not answer ${signInUrl} within 2 minutes.`);
    await new Promise((r) => setTimeout(r, 1000));
  }
  const browser = await chromium.launch({ executablePath, args: use.launchOptions?.args });
  try {
    for (const email of ACCOUNTS) {
      const context = await browser.newContext({ baseURL: use.baseURL, locale: use.locale, timezoneId: use.timezoneId });
      const page = await context.newPage();
      await page.goto("/sign-in");
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Kata sandi").fill(DEMO.password);
      await page.getByRole("button", { name: "Masuk" }).click();
      await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"), { timeout: 30_000 });
      await context.storageState({ path: storageStatePath(email) });
      await context.close();
    }
  } finally {
    await browser.close();
  }
}
