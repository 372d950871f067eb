import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { DEMO, expect, signIn, test } from "../fixtures";

// A company's own spreadsheet, not the template: semicolons, odd spacing, words for target groups,
// place names instead of codes, a blank budget, rupiah written by hand, and one row that cannot be saved.
const HEADER = "Kode;Judul Program;Uraian Kegiatan;Sektor;Sasaran;Lokasi;Tgl Mulai;Tgl Selesai;Anggaran;Jumlah Penerima";

function messyCsv(stamp: number): string {
  const rows = [
    `PRV-${stamp}-1; Posyandu Lansia Guntung ;Pemeriksaan kesehatan bulanan dan senam untuk lansia di Kelurahan Guntung.;Kesehatan;lansia;Kel. Guntung, Bontang Utara, Kota Bontang;1 Maret 2026;30/11/2026;;120`,
    `PRV-${stamp}-2;Gizi Balita Stunting Kampung Baru;Makanan tambahan dan pendampingan gizi untuk balita stunting.;Kesehatan;  balita stunting ;Kampung Baru;01/04/2026;31/12/2026;Rp 75.000.000;60`,
    `PRV-${stamp}-3;Bedah Rumah;Perbaikan rumah.;Infrastruktur;keluarga miskin;Kota Bontang;01/06/2026;01/01/2026;25000000;5`,
  ];
  const file = path.join(os.tmpdir(), `rencana-csr-${stamp}.csv`);
  writeFileSync(file, [HEADER, ...rows].join("\r\n"));
  return file;
}

const rowCard = (page: Page, title: string) => page.getByTestId("preview-row").filter({ hasText: title });

// The screenshots go to test-results (looked at after a run); `E2E_DOC_SHOTS=1` writes them over
// the ones in docs/screenshots instead, when the page has changed on purpose.
const SHOTS = process.env.E2E_DOC_SHOTS === "1" ? "docs/screenshots" : path.join("test-results", "screenshots");

async function screenshot(page: Page, name: string, size: { width: number; height: number }) {
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize(size);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SHOTS, `import-preview-${name}.png`) });
  await page.screenshot({ path: path.join(os.tmpdir(), `import-preview-${name}-full.png`), fullPage: true });
}

test("an officer previews a messy spreadsheet, picks a place, and imports the rows as drafts", async ({ page }) => {
  const stamp = Date.now();
  await signIn(page, DEMO.officerMahakam);
  await page.goto("/programs/import");
  await page.getByLabel("Berkas CSV atau XLSX").setInputFiles(messyCsv(stamp));
  await page.getByRole("button", { name: "Periksa berkas" }).click();

  // The preview has its own address, so a reload keeps it; nothing is saved yet.
  await expect(page).toHaveURL(/\/programs\/import\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { name: "Pratinjau impor" })).toBeVisible();
  await expect(page.getByTestId("alert-preview-not-saved")).toContainText("Belum ada yang disimpan");
  await expect(page.getByTestId("preview-summary")).toContainText("3 baris:", { timeout: 30_000 });
  await page.reload();
  await expect(page.getByTestId("preview-summary")).toContainText("3 baris:");

  const lansia = rowCard(page, "Posyandu Lansia Guntung");
  await expect(lansia).toContainText("'lansia' → Lanjut usia");
  await expect(lansia).toContainText("Guntung");
  await expect(lansia).toContainText("belum diisi");

  const balita = rowCard(page, "Gizi Balita Stunting Kampung Baru");
  await expect(balita).toContainText("'balita stunting' → Anak dan balita");
  await expect(balita).toContainText("Rp 75.000.000");

  const bad = rowCard(page, "Bedah Rumah");
  await expect(bad.getByTestId("preview-row-status")).toHaveText("Bermasalah");
  await expect(bad).toContainText("Dilewati");
  // Until its place is chosen, the Kampung Baru row is held back like the error row.
  await expect(balita).toContainText("Dilewati sampai tempatnya dipilih");
  await expect(page.getByTestId("preview-confirm-summary")).toHaveText("Impor 1 baris, lewati 2");

  await screenshot(page, "desktop", { width: 1366, height: 768 });
  await screenshot(page, "phone", { width: 390, height: 844 });
  await page.setViewportSize({ width: 1366, height: 900 });

  // The ambiguous place: three areas are called Kampung Baru in Kaltim; choose one by keyboard-friendly select.
  const ask = balita.getByLabel(/'Kampung Baru': \d+ tempat cocok, pilih satu/);
  await expect(ask.locator("option")).not.toHaveCount(1);
  await ask.selectOption({ index: 1 });
  const picked = (await ask.locator("option").nth(1).textContent()) ?? "";
  await balita.getByRole("button", { name: "Pakai" }).click();
  await expect(balita).toContainText(`'Kampung Baru' → ${picked}`);
  await expect(page.getByRole("status").filter({ hasText: /Baris \d+ diperbarui/ })).toBeAttached();
  await expect(page.getByTestId("preview-confirm-summary")).toHaveText("Impor 2 baris, lewati 1");

  // Drafts are the default; the button says what will happen.
  await expect(page.getByRole("radio", { name: /Simpan sebagai draf/ })).toBeChecked();
  await page.getByRole("button", { name: "Simpan 2 program sebagai draf" }).click();

  const result = page.getByTestId("import-result");
  await expect(result).toContainText("Impor selesai: 2 program disimpan sebagai draf (2 baru, 0 diperbarui).", { timeout: 60_000 });
  const created = page.getByTestId("imported-programs");
  await expect(created.getByRole("link")).toHaveCount(2);
  await expect(created).toContainText("Posyandu Lansia Guntung");
  await expect(created).toContainText("Gizi Balita Stunting Kampung Baru");
  await expect(created).not.toContainText("Bedah Rumah");
  await expect(page.getByRole("link", { name: "Lihat program perusahaan" })).toHaveAttribute("href", "/programs?mine=1");

  await page.screenshot({ path: path.join(SHOTS, "import-preview-result.png"), fullPage: true });
  // The row left out comes back as a spreadsheet to fix and upload again.
  const download = page.waitForEvent("download");
  await result.getByRole("link", { name: "Unduh baris yang dilewati" }).click();
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);

  // The blank budget stays unknown ("belum diisi"), never Rp 0.
  await created.getByRole("link", { name: "Posyandu Lansia Guntung" }).click();
  await expect(page.getByRole("heading", { name: "Posyandu Lansia Guntung" })).toBeVisible();
  await expect(page.getByTestId("program-status")).toHaveText("Draf");
  await expect(page.locator("dt", { hasText: /^Anggaran$/ }).locator("xpath=following-sibling::dd[1]")).toHaveText("belum diisi");
});

test("an admin imports on behalf of a company chosen by search: the preview belongs to it", async ({ page }) => {
  const stamp = Date.now();
  await signIn(page, DEMO.admin);
  await page.goto("/programs/import");
  const company = page.getByRole("combobox", { name: "Impor atas nama perusahaan" });
  await company.fill("mahak");
  await page.getByRole("listbox", { name: "Impor atas nama perusahaan" }).getByRole("option", { name: "PT Mahakam Energi Lestari" }).click();
  await expect(company).toHaveValue("PT Mahakam Energi Lestari");

  // No company column at all: the chosen company owns every row.
  await page.getByLabel("Berkas CSV atau XLSX").setInputFiles(messyCsv(stamp));
  await page.getByRole("button", { name: "Periksa berkas" }).click();
  await expect(page).toHaveURL(/\/programs\/import\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  await expect(page.getByText("Perusahaan: PT Mahakam Energi Lestari")).toBeVisible();
  await expect(page.getByTestId("preview-summary")).toContainText("3 baris:");
});
