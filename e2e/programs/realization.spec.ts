import { DEMO, expect, signIn, test } from "../fixtures";

test("the owning officer starts an approved program, reports its realisation, is told beside the field what is wrong, then sees the saved figures", async ({
  page,
  browser,
}) => {
  await signIn(page, DEMO.officerMahakam);
  await page.goto(`/programs?q=${encodeURIComponent("Rehabilitasi Mangrove")}`);
  await page.getByRole("table").getByRole("link", { name: /Rehabilitasi Mangrove/ }).click();
  await expect(page).toHaveURL(/\/programs\/[0-9a-f-]{36}$/);
  const programPath = new URL(page.url()).pathname;
  await expect(page.getByTestId("program-status")).toHaveText("Disetujui");

  // Approved but not started: the company is told that starting comes first.
  const card = page.getByTestId("program-realization");
  await expect(card.getByTestId("realization-start-first")).toBeVisible();
  await expect(card.getByRole("button", { name: "Laporkan realisasi" })).toHaveCount(0);
  await page.getByRole("button", { name: "Mulai pelaksanaan" }).click();
  await page.getByRole("group", { name: "Mulai pelaksanaan" }).getByRole("button", { name: "Mulai pelaksanaan" }).click();
  await expect(page.getByTestId("program-status")).toHaveText("Berjalan");
  await expect(card).toContainText("Perusahaan belum melaporkan realisasi.");

  await card.getByRole("button", { name: "Laporkan realisasi" }).click();
  const reached = card.getByRole("textbox", { name: "Penerima manfaat terjangkau (orang)" });
  const budget = card.getByRole("textbox", { name: "Anggaran terealisasi" });
  const note = card.getByRole("textbox", { name: /^Catatan/ });
  await reached.fill("-5");
  await budget.fill("12,5");
  await note.fill("Berita acara penanaman triwulan I");
  await card.getByRole("button", { name: "Simpan laporan" }).click();

  // Each message stands beside its field, the first one gets the focus, and nothing typed is lost.
  await expect(reached).toHaveAccessibleDescription("Tidak boleh negatif.");
  await expect(reached).toHaveAttribute("aria-invalid", "true");
  await expect(reached).toBeFocused();
  await expect(budget).toHaveAccessibleDescription(/^Isi dalam rupiah penuh\./);
  await expect(card.getByTestId("field-error")).toHaveText(["Tidak boleh negatif.", "Isi dalam rupiah penuh."]);
  await expect(card.getByTestId("alert-form-error")).toHaveText("Periksa kembali isian yang ditandai.");
  await expect(reached).toHaveValue("-5");
  await expect(budget).toHaveValue("12,5");
  await expect(note).toHaveValue("Berita acara penanaman triwulan I");
  await expect(card).toContainText("Perusahaan belum melaporkan realisasi.");

  await reached.fill("95");
  await budget.fill("412500000");
  await note.click();
  await expect(budget).toHaveValue("412.500.000");
  await card.getByRole("button", { name: "Simpan laporan" }).click();
  await expect(card.getByTestId("alert-realization-saved")).toHaveText("Laporan realisasi tersimpan.");
  await expect(card.getByTestId("realization-beneficiaries")).toContainText("95 dari 120 orang (79%)");
  await expect(card.getByTestId("realization-budget")).toContainText("Rp 412.500.000 dari Rp 650.000.000 (63%)");
  await expect(card.getByRole("button", { name: "Perbarui realisasi" })).toBeVisible();

  // Saved, not only on screen: another company's officer reads the same figures, without a form.
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signIn(other, DEMO.officerKutai);
  await other.goto(programPath);
  const otherCard = other.getByTestId("program-realization");
  await expect(otherCard.getByTestId("realization-beneficiaries")).toContainText("95 dari 120 orang (79%)");
  await expect(otherCard.getByTestId("realization-budget")).toContainText("Rp 412.500.000 dari Rp 650.000.000 (63%)");
  await expect(otherCard.getByRole("button", { name: /realisasi/ })).toHaveCount(0);
  await otherContext.close();
});
