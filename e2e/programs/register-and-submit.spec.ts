import { DEMO, expect, signIn, submitShownProgram, test } from "../fixtures";

test("an officer registers and submits a program, and a reviewer sees it", async ({ page, browser }) => {
  const title = `Pelatihan Pengolahan Ikan Asin bagi Perempuan Nelayan ${Date.now()}`;
  await signIn(page, DEMO.officerMahakam);
  await page.getByRole("link", { name: "Daftarkan program" }).first().click();
  await expect(page.getByRole("heading", { name: "Daftarkan program" })).toBeVisible();

  await page.getByLabel("Judul program").fill(title);
  await page
    .getByLabel("Deskripsi kegiatan")
    .fill("Pelatihan pengolahan dan pengemasan ikan asin selama tiga bulan bersama BUMDes dan Dinas Perikanan.");
  await page.getByLabel("Sektor").selectOption({ label: "Ekonomi" });
  // The category is suggested from the words as they are typed.
  await page.getByLabel("Kelompok sasaran", { exact: true }).fill("ibu-ibu pengolah ikan asin");
  await expect(page.getByTestId("target-group-suggestion")).toContainText("Disarankan: Perempuan");
  await expect(page.getByLabel("Kategori sasaran")).toHaveValue("women");
  await page.getByRole("searchbox", { name: "Cari desa, kecamatan, atau kabupaten" }).fill("Embalut");
  await page.getByRole("button", { name: /^Pilih Desa Embalut/ }).click();
  await expect(page.getByRole("list", { name: "Lokasi terpilih" })).toContainText("Desa Embalut");
  await page.getByLabel("Tanggal mulai").fill("01/03/2026");
  await page.getByLabel("Tanggal selesai").fill("30/11/2026");
  await page.getByLabel("Anggaran (Rp)").fill("150.000.000");
  await page.getByLabel("Rencana penerima manfaat (orang)").fill("40");
  await page.getByRole("button", { name: "Simpan draf" }).click();

  await expect(page.getByTestId("alert-saved")).toBeVisible();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(page.getByTestId("program-status")).toHaveText("Draf");
  await expect(page.getByTestId("program-areas")).toContainText("Desa Embalut");
  await expect(page.getByText("Rp 150.000.000")).toBeVisible();
  const programUrl = page.url().split("?")[0] ?? "";

  await submitShownProgram(page);
  await expect(page.getByTestId("alert-submitted")).toBeVisible();
  await expect(page.getByRole("link", { name: "Ubah draf" })).toHaveCount(0);

  const reviewerContext = await browser.newContext();
  const reviewer = await reviewerContext.newPage();
  await signIn(reviewer, DEMO.reviewer);
  await reviewer.goto("/programs");
  await reviewer.getByRole("searchbox", { name: "Cari judul, deskripsi, atau kode" }).fill(title);
  await reviewer.getByRole("button", { name: "Cari" }).click();
  await expect(reviewer.getByTestId("program-count")).toHaveText("1 program");
  await reviewer.getByRole("link", { name: title }).click();
  await expect(reviewer).toHaveURL(programUrl);
  await expect(reviewer.getByRole("heading", { name: title })).toBeVisible();
  await expect(reviewer.getByText("PT Mahakam Energi Lestari").first()).toBeVisible();
  await reviewerContext.close();
});

test("bad input is reported beside the fields and nothing is saved", async ({ page }) => {
  await signIn(page, DEMO.officerMahakam);
  await page.goto("/programs/new");
  await page.getByLabel("Judul program").fill("abc");
  await page.getByLabel("Tanggal mulai").fill("01/05/2026");
  await page.getByLabel("Tanggal selesai").fill("01/04/2026");
  await page.getByLabel("Anggaran (Rp)").fill("dua juta");
  await page.getByRole("button", { name: "Simpan draf" }).click();

  await expect(page.getByTestId("alert-form-error")).toHaveText("Periksa kembali isian yang ditandai.");
  // Each message is tied to its own field (aria-describedby), not just somewhere on the page.
  await expect(page.getByLabel("Judul program")).toHaveAccessibleDescription(/Judul 5–200 karakter\./);
  await expect(page.getByLabel("Tanggal selesai")).toHaveAccessibleDescription(/Tanggal selesai tidak boleh sebelum tanggal mulai\./);
  await expect(page.getByRole("searchbox", { name: "Cari desa, kecamatan, atau kabupaten" })).toHaveAccessibleDescription(
    /Pilih minimal satu lokasi\./,
  );
  await expect(page.getByLabel("Anggaran (Rp)")).toHaveAccessibleDescription(/Isi dengan angka\./);
  await expect(page.getByLabel("Tanggal mulai")).not.toHaveAttribute("aria-invalid");
  await expect(page.getByLabel("Judul program")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/programs\/new$/);
});
