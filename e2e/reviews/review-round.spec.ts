import { DEMO, expect, fillProgramForm, signIn, submitShownProgram, test } from "../fixtures";

test("a whole review round: submit, revision requested, resubmit, approve, with the officer notified", async ({ page, browser }) => {
  const title = `Pelatihan Tata Boga bagi Ibu PKK Loa Janan Ilir ${Date.now()}`;
  await signIn(page, DEMO.officerMahakam);
  await page.goto("/programs/new");
  await fillProgramForm(page, {
    title,
    description: "Kursus tata boga dan pengemasan makanan olahan selama dua bulan bagi 40 anggota PKK, bersama BLK Samarinda.",
    sector: "Ekonomi",
    targetGroup: "Perempuan",
    areaSearch: "Loa Janan Ilir",
    areaButton: /^Pilih Kec\. Loa Janan Ilir/,
    startDate: "2026-03-02",
    endDate: "2026-04-30",
    budget: "75.000.000",
    beneficiaries: "40",
  });
  await page.getByRole("button", { name: "Simpan draf" }).click();
  await expect(page.getByTestId("alert-saved")).toBeVisible();
  const programPath = new URL(page.url()).pathname;
  await submitShownProgram(page);

  const reviewerContext = await browser.newContext();
  const reviewer = await reviewerContext.newPage();
  await signIn(reviewer, DEMO.reviewer);
  await reviewer.getByRole("link", { name: "Telaah" }).first().click();
  await reviewer
    .getByTestId("review-queue")
    .getByRole("link", { name: new RegExp(title) })
    .click();
  await reviewer.getByRole("button", { name: "Minta revisi" }).click();
  await expect(reviewer.getByRole("textbox", { name: "Catatan untuk perusahaan" })).toHaveAccessibleDescription(/Tuliskan catatan/);
  await reviewer.getByRole("textbox", { name: "Catatan untuk perusahaan" }).fill("Mohon rinci anggaran per peserta dan jadwal kelas.");
  await reviewer.getByRole("button", { name: "Minta revisi" }).click();
  await expect(reviewer.getByTestId("alert-done-request_revision")).toBeVisible();
  await expect(reviewer.getByTestId("program-status")).toHaveText("Perlu revisi");

  // The officer sees the notification and the note, revises and resubmits.
  await page.goto("/programs");
  await expect(page.getByRole("link", { name: /Notifikasi, \d+ belum dibaca/ })).toBeVisible();
  await page.getByRole("link", { name: /Notifikasi, \d+ belum dibaca/ }).click();
  await expect(page.getByRole("main")).toContainText("Program perlu revisi");
  await page
    .getByRole("main")
    .getByRole("link", { name: new RegExp(`Program perlu revisi|${title}`) })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(programPath));
  await expect(page.getByTestId("alert-reviewer-note")).toContainText("Mohon rinci anggaran per peserta");
  await page.getByRole("link", { name: "Perbaiki program" }).click();
  await expect(page.getByTestId("alert-reviewer-note")).toContainText("Catatan peninjau");
  await page.getByLabel("Anggaran (Rp)").fill("82.000.000");
  await page
    .getByLabel("Deskripsi kegiatan")
    .fill("Kursus tata boga 16 kelas (Rp 2.050.000 per peserta) selama dua bulan bagi 40 anggota PKK, bersama BLK Samarinda.");
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page.getByTestId("alert-saved")).toBeVisible();
  await submitShownProgram(page);

  // The reviewer sees both versions side by side and approves.
  await reviewer.goto(`/review${programPath}`);
  await expect(reviewer.getByTestId("version-diff")).toContainText("Rp 82.000.000");
  await reviewer.getByRole("button", { name: "Setujui" }).click();
  await expect(reviewer.getByTestId("program-status")).toHaveText("Disetujui");
  await expect(reviewer.getByTestId("program-history")).toContainText("menyetujui program");
  await reviewerContext.close();

  await page.goto("/notifications");
  await expect(page.getByRole("main")).toContainText("Program disetujui");
  await page.goto(programPath);
  await expect(page.getByTestId("program-status")).toHaveText("Disetujui");
});
