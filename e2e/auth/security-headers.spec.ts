import type { APIResponse, Page } from "@playwright/test";
import { DEMO, expect, signInWithForm, test } from "../fixtures";

const FIXED = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
};

function expectFixedHeaders(res: APIResponse) {
  const h = res.headers();
  for (const [name, value] of Object.entries(FIXED)) expect(h[name], `${res.url()} ${name}`).toBe(value);
  expect(h["permissions-policy"]).toContain("camera=()");
  expect(h["permissions-policy"]).toContain("microphone=()");
  expect(h["permissions-policy"]).toContain("geolocation=()");
}

function nonceOf(res: APIResponse): string {
  const csp = res.headers()["content-security-policy"] ?? "";
  expect(csp).toContain("'strict-dynamic'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  return /'nonce-([^']+)'/.exec(csp)?.[1] ?? "";
}

/** Collects CSP violations the page reports, from the DOM event and from the console. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (msg) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(msg.text())) violations.push(msg.text());
  });
  await page.exposeFunction("reportCspViolation", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { reportCspViolation: (v: string) => void }).reportCspViolation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return violations;
}

test("V6: every response carries the security headers; pages get a fresh nonce; personal JSON is not cached", async ({ request }) => {
  const signInPage = await request.get("/sign-in");
  expectFixedHeaders(signInPage);
  const first = nonceOf(signInPage);
  const second = nonceOf(await request.get("/sign-in"));
  expect(first.length).toBeGreaterThan(16);
  expect(second).not.toBe(first);
  // Next puts the nonce on the scripts it renders.
  expect(await signInPage.text()).toContain(`nonce="${first}"`);

  const publicPage = await request.get("/public");
  expectFixedHeaders(publicPage);
  nonceOf(publicPage);

  const me = await request.get("/api/trpc/users.me");
  expect(me.status()).toBe(401);
  expectFixedHeaders(me);
  expect(me.headers()["cache-control"]).toBe("no-store");
  expect(me.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");

  const chunk = /\/_next\/static\/[^"]+\.js/.exec(await signInPage.text())?.[0] ?? "";
  expect(chunk).not.toBe("");
  expectFixedHeaders(await request.get(chunk));
});

test("V10: TRACE and other odd methods are refused with 405, never a 500", async ({ request }) => {
  for (const method of ["TRACE", "PUT", "DELETE"]) {
    const res = await request.fetch("/", { method });
    expect(res.status(), method).toBe(405);
    expect(await res.text()).not.toMatch(/at .*\.js:\d+/);
  }
});

test("V6: no CSP violations on the sign-in page, the dashboard and the password page", async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Masuk" })).toBeVisible();
  await signInWithForm(page, DEMO.admin);
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // The password page is one click from the user's name in the header.
  await page.getByRole("link", { name: "Ubah kata sandi" }).click();
  await expect(page.getByRole("heading", { name: "Ubah kata sandi" })).toBeVisible();
  // Client-side navigation loads more chunks under the same policy.
  await page.getByRole("link", { name: "Program", exact: true }).first().click();
  await expect(page).toHaveURL(/\/programs/);
  expect(violations).toEqual([]);
});

test("V2: a next path that would leave the site is dropped after sign-in", async ({ page, baseURL }) => {
  await page.goto("/sign-in?next=%2F%5C127.0.0.1%3A9%2Fphish");
  await page.getByLabel("Email").fill(DEMO.viewer);
  await page.getByLabel("Kata sandi").fill(DEMO.password);
  await page.getByRole("button", { name: "Masuk" }).click();
  // The forum viewer's start page.
  await expect(page).toHaveURL(/\/dashboard$/);
  expect(new URL(page.url()).origin).toBe(new URL(baseURL ?? page.url()).origin);
});
