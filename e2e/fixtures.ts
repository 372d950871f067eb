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

/** Submits the program shown on its detail page, through the confirmation. */
export async function submitShownProgram(page: Page) {
  await page.getByRole("button", { name: "Ajukan ke Dinas Sosial" }).click();
  await page.getByRole("group", { name: "Ajukan ke Dinas Sosial" }).getByRole("button", { name: "Ajukan ke Dinas Sosial" }).click();
  await expect(page.getByTestId("program-status")).toHaveText("Diajukan");
}

export async function signOut(page: Page) {
  await page.context().clearCookies();
}

export const test = base;
export { expect };
