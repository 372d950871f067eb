import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DEMO, expect, signIn, test } from "../fixtures";

const HEADER = "kode;perusahaan;judul;deskripsi;sektor;kelompok_sasaran;lokasi;tanggal_mulai;tanggal_selesai;anggaran;penerima_manfaat";

function csv(name: string, rows: string[]): string {
  const file = path.join(os.tmpdir(), `${name}-${Date.now()}.csv`);
  writeFileSync(file, [HEADER, ...rows].join("\r\n"));
  return file;
}

test("an officer imports a spreadsheet: a bad row stops everything, a good file is imported with progress", async ({ page }) => {
  const stamp = Date.now();
  await signIn(page, DEMO.officerMahakam);
  await page.goto("/programs");
  await page.getByRole("link", { name: "Impor" }).click();
  await expect(page.getByRole("heading", { name: "Impor program" })).toBeVisible();

  const bad = csv("impor-salah", [
    `IMP-${stamp}-1;;Pelatihan Barista Pemuda Anggana;Kursus barista dua bulan bagi pemuda putus sekolah di Anggana.;Ekonomi;Pemuda;64.02.04.2001;2026-02-01;2026-03-31;45.000.000;30`,
    `IMP-${stamp}-2;;Bantuan Mesin Jahit;Mesin jahit untuk kelompok PKK.;Ekonomi;Perempuan;64.99.99.9999;2026-02-01;2026-01-01;20000000;15`,
  ]);
  await page.getByLabel("Berkas CSV atau XLSX").setInputFiles(bad);
  await page.getByRole("button", { name: "Periksa dan impor" }).click();
  const problems = page.getByRole("table");
  await expect(problems).toBeVisible();
  await expect(problems).toContainText("3");
  await expect(problems).toContainText("64.99.99.9999");

  const good = csv("impor-benar", [
    `IMP-${stamp}-1;;Pelatihan Barista Pemuda Anggana;Kursus barista dua bulan bagi pemuda putus sekolah di Anggana.;Ekonomi;Pemuda;64.02.04.2001;2026-02-01;2026-03-31;45.000.000;30`,
    `IMP-${stamp}-2;;Bantuan Mesin Jahit Ibu PKK Sepatin;Sepuluh mesin jahit dan kursus tata busana untuk kelompok PKK Sepatin.;Ekonomi;Perempuan;64.02.04.2001;2026-04-01;2026-09-30;60000000;20`,
  ]);
  // The rejected file left the form in place: choose the corrected file.
  await page.getByLabel("Berkas CSV atau XLSX").setInputFiles(good);
  await page.getByRole("button", { name: "Periksa dan impor" }).click();
  await expect(page.getByText("2 program diimpor dan diajukan ke Dinas Sosial.")).toBeVisible({ timeout: 30_000 });

  await page.goto(`/programs?q=IMP-${stamp}`);
  await expect(page.getByTestId("program-count")).toHaveText("2 program");
  await expect(page.getByRole("table")).toContainText("Diajukan");
});
