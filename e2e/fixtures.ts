import { existsSync, readFileSync } from "node:fs";
import { expect, test as base, type BrowserContext, type Page } from "@playwright/test";
import { storageStatePath } from "./auth-state";

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

/** Where "/" leads each role: an officer's home ("/"), staff's review queue, a forum viewer's dashboard. */
export const LANDING = /\/(review|dashboard)?$/;

/**
 * Starts the page signed in as the account. A demo account reuses the session that global setup
 * opened through the form once per role (its cookies, from Playwright's storage state); any other
 * account, or a demo account with another password, signs in through the form.
 */
export async function signIn(page: Page, email: string, password: string = DEMO.password) {
  const saved = password === DEMO.password ? storageStatePath(email) : null;
  if (saved && existsSync(saved)) {
    const state = JSON.parse(readFileSync(saved, "utf8")) as { cookies: Parameters<BrowserContext["addCookies"]>[0] };
    await page.context().addCookies(state.cookies);
    await page.goto("/");
    await expect(page).toHaveURL(LANDING);
    return;
  }
  await signInWithForm(page, email, password);
}

/** Signs in through the sign-in form: for the specs about the form and about sessions themselves. */
export async function signInWithForm(page: Page, email: string, password: string = DEMO.password) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(LANDING);
}

export interface ProgramValues {
  title: string;
  description: string;
  sector: string;
  /** The category's label; chosen after the words, whatever they suggest. */
  targetGroup: string;
  /** Who the program is for in words; the category's label when not given. */
  targetGroupText?: string;
  areaSearch: string;
  areaButton: RegExp;
  startDate: string;
  endDate: string;
  budget: string;
  beneficiaries: string;
}

/** Fills the program form (the page must be on /programs/new or an edit page). */
export async function fillProgramForm(page: Page, v: ProgramValues) {
  await page.getByLabel("Judul program").fill(v.title);
  await page.getByLabel("Deskripsi kegiatan").fill(v.description);
  await page.getByLabel("Sektor").selectOption({ label: v.sector });
  await page.getByLabel("Kelompok sasaran", { exact: true }).fill(v.targetGroupText ?? v.targetGroup);
  await page.getByLabel("Kategori sasaran").selectOption({ label: v.targetGroup });
  await page.getByRole("searchbox", { name: "Cari desa, kecamatan, atau kabupaten" }).fill(v.areaSearch);
  await page.getByRole("button", { name: v.areaButton }).click();
  await page.getByLabel("Tanggal mulai").fill(v.startDate.split("-").reverse().join("/")); // typed dd/mm/yyyy
  await page.getByLabel("Tanggal selesai").fill(v.endDate.split("-").reverse().join("/"));
  await page.getByLabel("Anggaran (Rp)").fill(v.budget);
  await page.getByLabel("Rencana penerima manfaat (orang)").fill(v.beneficiaries);
}

/** Submits the program shown on its detail page, through the confirmation (answering any matches shown there as seen). */
export async function submitShownProgram(page: Page) {
  await page.getByRole("button", { name: "Ajukan ke Dinas Sosial" }).click();
  const step = page.getByRole("group", { name: "Ajukan ke Dinas Sosial" });
  const seen = step.getByRole("radio", { name: "Saya sudah melihat kemiripan ini" });
  if (await seen.isVisible()) await seen.check();
  await step.getByRole("button", { name: "Ajukan ke Dinas Sosial" }).click();
  await expect(page.getByTestId("program-status")).toHaveText("Diajukan");
}

export async function signOut(page: Page) {
  await page.context().clearCookies();
}

export const test = base;
export { expect };
