import { DEMO, expect, signIn, test } from "../fixtures";

// Issue 10, point 3: a reviewer records the regency's APBD house repairs (RTLH) in a demo village
// by the form; an officer typing a house-repair program there sees it before submitting, and
// names it as the government program theirs supports.

test("a reviewer enters an APBD RTLH activity; an officer typing 'bedah rumah' in that village sees it in the live warning", async ({
  page,
  browser,
}) => {
  const ref = `1.04.02.2.01.0015-E2E-${Date.now().toString(36)}`;
  await signIn(page, DEMO.reviewer);
  await page.goto("/government");
  await page.getByRole("link", { name: "Tambah kegiatan" }).click();
  await expect(page.getByRole("heading", { name: "Tambah kegiatan pemerintah" })).toBeVisible();

  // Saved empty: every required field says what is missing, beside it.
  await page.getByRole("button", { name: "Simpan kegiatan" }).click();
  await expect(page.getByTestId("alert-form-error")).toBeVisible();
  await expect(page.getByText("Pilih sumber dana: APBN, APBD Provinsi")).toBeVisible();

  await page.getByLabel("Instansi pelaksana").fill("Dinas  Perumahan dan Kawasan Permukiman Kabupaten Kutai Timur");
  await page.getByLabel("Sumber dana").selectOption({ label: "APBD Kabupaten/Kota" });
  await page.getByLabel("Kode rujukan").fill(ref);
  await page.getByLabel("Judul kegiatan").fill("Rehabilitasi Rumah Tidak Layak Huni");
  await page.getByLabel("Sektor").selectOption({ label: "Infrastruktur" });
  await page.getByLabel("Kelompok sasaran", { exact: true }).fill("keluarga miskin pemilik rumah tdk layak huni");
  await page.getByLabel("Kode sub-kegiatan").fill("1.04.02.2.01.0015");
  await page.getByLabel("Nama sub-kegiatan").fill("Rehabilitasi Rumah Tidak Layak Huni");
  await page.getByRole("searchbox", { name: "Cari desa, kecamatan, atau kabupaten" }).fill("Baay");
  await page.getByRole("button", { name: /^Pilih Desa Baay/ }).click();
  await page.getByLabel("Tanggal mulai").fill("01/03/2026");
  await page.getByLabel("Tanggal selesai").fill("30/11/2026");
  await page.getByLabel("Anggaran (Rp)").fill("1.740.000.000");
  await page.getByLabel("Jumlah penerima/unit").fill("87");
  await page.getByLabel("Nama sumber").fill("DPA Dinas Perkim Kab. Kutai Timur 2026");
  await page.getByLabel("Tanggal sumber").fill("15/01/2026");
  await page.getByRole("button", { name: "Simpan kegiatan" }).click();

  await expect(page.getByTestId("alert-saved")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Rehabilitasi Rumah Tidak Layak Huni" })).toBeVisible();
  await expect(page.getByText("Dinas Perumahan dan Kawasan Permukiman Kabupaten Kutai Timur ·")).toBeVisible();
  await expect(page.getByTestId("activity-areas")).toContainText("Desa Baay");
  const activityPath = new URL(page.url()).pathname;

  // The officer of Kutai Batubara writes a house-repair program in the same village.
  const officerContext = await browser.newContext();
  const officer = await officerContext.newPage();
  await signIn(officer, DEMO.officerKutai);
  await officer.goto("/programs/new");
  await officer.getByLabel("Judul program").fill("bedah rumah warga kurang mampu");
  await officer
    .getByLabel("Deskripsi kegiatan")
    .fill("Perbaikan atap, lantai dan dinding rumah warga kurang mampu di Desa Baay bersama aparat desa.");
  await officer.getByLabel("Sektor").selectOption({ label: "Infrastruktur" });
  await officer.getByRole("searchbox", { name: "Cari desa, kecamatan, atau kabupaten" }).fill("Baay");
  await officer.getByRole("button", { name: /^Pilih Desa Baay/ }).click();
  await officer.getByLabel("Tanggal mulai").fill("01/06/2026");
  await officer.getByLabel("Tanggal selesai").fill("31/12/2026");

  // Before anything is saved: the government's activity in the same village, as a sentence with a link.
  const warning = officer.getByTestId("live-government");
  await expect(warning).toBeVisible();
  const line = warning.getByRole("listitem").filter({ hasText: "Rehabilitasi Rumah Tidak Layak Huni" });
  await expect(line).toContainText(
    "Dinas Perumahan dan Kawasan Permukiman Kabupaten Kutai Timur melaksanakan Rehabilitasi Rumah Tidak Layak Huni untuk 87 penerima/unit di Desa Baay pada 2026",
  );
  await expect(line.getByRole("link", { name: "Lihat kegiatan" })).toHaveAttribute("href", activityPath);
  // Same sector: it comes before the village's APBN social assistance.
  await expect(warning.getByRole("listitem").first()).toContainText("Rehabilitasi Rumah Tidak Layak Huni");
  await expect(warning).toContainText("Mendukung program pemerintah");

  // Theirs complements it: they name it, and the program shows it.
  const supports = officer.getByLabel("Mendukung program pemerintah (opsional)");
  const option = supports.locator("option", { hasText: "Kutai Timur: Rehabilitasi Rumah Tidak Layak Huni (2026)" });
  await expect(option).toHaveCount(1);
  await supports.selectOption((await option.getAttribute("value")) ?? "");
  await officer.getByLabel("Kelompok sasaran", { exact: true }).fill("warga kurang mampu");
  await officer.getByLabel("Anggaran (Rp)").fill("450.000.000");
  await officer.getByLabel("Rencana penerima manfaat (orang)").fill("15");
  await officer.getByRole("button", { name: "Simpan draf" }).click();
  await expect(officer.getByTestId("alert-saved")).toBeVisible();
  await expect(officer.getByTestId("supports-activity")).toHaveText(
    "Dinas Perumahan dan Kawasan Permukiman Kabupaten Kutai Timur: Rehabilitasi Rumah Tidak Layak Huni",
  );
  await expect(officer.getByTestId("program-government")).toContainText("87 penerima/unit di Desa Baay");
  await officerContext.close();
});
