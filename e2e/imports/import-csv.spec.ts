import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DEMO, expect, signIn, test } from "../fixtures";

const HEADER = "kode;perusahaan;judul;deskripsi;sektor;kelompok_sasaran;lokasi;tanggal_mulai;tanggal_selesai;anggaran;penerima_manfaat";

function csv(name: string, lines: string[]): string {
  const file = path.join(os.tmpdir(), `${name}-${Date.now()}.csv`);
  writeFileSync(file, lines.join("\r\n"));
  return file;
}

test("an officer imports a spreadsheet: an unreadable file is refused, a bad row is skipped, the rest is submitted with progress", async ({
  page,
}) => {
  const stamp = Date.now();
  await signIn(page, DEMO.officerMahakam);
  await page.goto("/programs");
  await page.getByRole("link", { name: "Impor" }).click();
  await expect(page.getByRole("heading", { name: "Impor program" })).toBeVisible();

  // No header the import knows: refused as a file, on the upload page.
  await page.getByLabel("Berkas CSV atau XLSX").setInputFiles(csv("impor-tanpa-judul", ["apa;ini", "1;2"]));
  await page.getByRole("button", { name: "Periksa berkas" }).click();
  await expect(page.getByTestId("import-errors")).toBeVisible({ timeout: 30_000 });
  await expect(page).toHaveURL(/\/programs\/import$/);

  const file = csv("impor-campur", [
    HEADER,
    `IMP-${stamp}-1;;Pelatihan Barista Pemuda Anggana;Kursus barista dua bulan bagi pemuda putus sekolah di Anggana.;Ekonomi;Pemuda;64.02.04.2001;2026-02-01;2026-03-31;45.000.000;30`,
    `IMP-${stamp}-2;;Bantuan Mesin Jahit;Mesin jahit untuk kelompok PKK.;Ekonomi;Perempuan;64.99.99.9999;2026-02-01;2026-01-01;20000000;15`,
  ]);
  // The refused file left the form in place: choose the other file.
  await page.getByLabel("Berkas CSV atau XLSX").setInputFiles(file);
  await page.getByRole("button", { name: "Periksa berkas" }).click();
  await expect(page).toHaveURL(/\/programs\/import\/[0-9a-f-]{36}$/, { timeout: 30_000 });

  const bad = page.getByTestId("preview-row").filter({ hasText: "Bantuan Mesin Jahit" });
  await expect(bad.getByTestId("preview-row-status")).toHaveText("Bermasalah", { timeout: 30_000 });
  await expect(bad).toContainText("64.99.99.9999");
  await expect(page.getByTestId("preview-confirm-summary")).toHaveText("Impor 1 baris, lewati 1");

  await page.getByRole("radio", { name: /Ajukan ke Dinas Sosial/ }).check();
  await page.getByRole("button", { name: "Ajukan 1 program ke Dinas Sosial" }).click();
  await expect(page.getByText("Impor selesai: 1 program diajukan ke Dinas Sosial (1 baru, 0 diperbarui).")).toBeVisible({ timeout: 60_000 });

  await page.goto(`/programs?q=IMP-${stamp}`);
  await expect(page.getByTestId("program-count")).toHaveText("1 program");
  await expect(page.getByRole("table")).toContainText("Diajukan");
});
