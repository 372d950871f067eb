import { expect, test as base, type Page } from "@playwright/test";

/** Demo accounts seeded on a fresh embedded database (db/seed/demo.ts). */
export const DEMO = {
  password: "Kaltim-Demo-2026",
  admin: "admin@dinsos.demo",
  reviewer: "reviewer@dinsos.demo",
  reviewerKutim: "reviewer.kutim@dinsos.demo",
  viewer: "viewer@forumcsr.demo",
  officerMahakam: "officer@mahakam-energi.demo",
  officerKutai: "officer@kutai-batubara.demo",
} as const;

export async function signIn(page: Page, email: string, password: string = DEMO.password) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/programs/);
}

export async function signOut(page: Page) {
  await page.context().clearCookies();
}

export const test = base;
export { expect };
