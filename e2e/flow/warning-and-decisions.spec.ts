import { DEMO, expect, fillProgramForm, signIn, test } from "../fixtures";

// Issue 11, points 1 and 2: the warning follows the program to the saved draft and the submit step,
// the officer's answer reaches the reviewer, and a decision survives a trivial edit but not a material one.
test("the match warning follows the draft to the submit step; the reviewer sees the answer; decisions last until a material edit", async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  const stamp = Date.now();
  const title = `Santunan dan Pendampingan Lansia Terlantar Kel. Kariangau ${stamp}`;
  const reason = "Kami hanya melayani lansia di RT 12–18 yang belum terdata Pelabuhan Teluk; daftar nama sudah dicocokkan dgn kelurahan.";
  const note = "Bagi wilayah: Pelabuhan RT 1–11, Kutai Batubara RT 12–18. Koordinasi bulanan di kelurahan.";

  // The officer saves a draft that matches Pelabuhan Teluk's programme for the same elderly in the same ward.
  await signIn(page, DEMO.officerKutai);
  await page.goto("/programs/new");
  await fillProgramForm(page, {
    title,
    description: "Paket nutrisi bulanan dan kunjungan rumah oleh relawan bagi lansia terlantar dan lansia yg hidup sendiri di Kel. Kariangau selama 9 bulan.",
    sector: "Sosial",
    targetGroup: "Lanjut usia",
    targetGroupText: "lansia terlantar",
    areaSearch: "Kariangau",
    areaButton: /^Pilih Kel\w*\.? Kariangau/,
    startDate: "2025-04-01",
    endDate: "2025-12-31",
    budget: "150.000.000",
    beneficiaries: "60",
  });
  await page.getByRole("button", { name: "Simpan draf" }).click();
  await expect(page.getByTestId("alert-saved")).toBeVisible();
  const programPath = new URL(page.url()).pathname;

  // The saved draft shows the warning again, in a region screen readers hear.
  const region = page.getByTestId("saved-matches-region");
  await expect(region).toHaveAttribute("aria-live", "polite");
  await expect(page.getByTestId("saved-matches")).toContainText("Program ini mirip dengan program lain");
  await expect(page.getByTestId("saved-matches")).toContainText("Pendampingan dan Santunan Lansia Terlantar");
  await expect(page.getByTestId("saved-matches")).toContainText("PT Pelabuhan");

  // The submit step shows the matches and asks for an answer before anything is sent.
  await page.getByRole("button", { name: "Ajukan ke Dinas Sosial" }).click();
  const step = page.getByRole("group", { name: "Ajukan ke Dinas Sosial" });
  await expect(step.getByTestId("submit-answer")).toContainText("Pendampingan dan Santunan Lansia Terlantar");
  await step.getByRole("button", { name: "Ajukan ke Dinas Sosial" }).click();
  await expect(step.getByTestId("field-error")).toContainText("Saya sudah melihat kemiripan ini");
  await step.getByRole("radio", { name: "Program saya berbeda, karena:" }).check();
  await step.getByRole("textbox", { name: "Alasan program Anda berbeda" }).fill("beda RT");
  await step.getByRole("button", { name: "Ajukan ke Dinas Sosial" }).click();
  await expect(step.getByRole("textbox", { name: "Alasan program Anda berbeda" })).toHaveAccessibleDescription(/minimal 10 karakter/);
  await expect(page.getByTestId("program-status")).toHaveText("Draf");
  await step.getByRole("textbox", { name: "Alasan program Anda berbeda" }).fill(reason);
  await step.getByRole("button", { name: "Ajukan ke Dinas Sosial" }).click();
  await expect(page.getByTestId("program-status")).toHaveText("Diajukan");

  // The reviewer reads the answer on the program's review page and on the pair's compare page.
  const reviewerContext = await browser.newContext();
  const reviewer = await reviewerContext.newPage();
  await signIn(reviewer, DEMO.reviewer);
  await expect(reviewer).toHaveURL(/\/review$/);
  await reviewer.goto(`/review${programPath}`);
  await expect(reviewer.getByTestId("officer-answers")).toContainText("Tanggapan pengusul");
  await expect(reviewer.getByTestId("officer-answers")).toContainText(reason);
  // The check after submit is a queue job: the pair appears in a moment.
  const compare = reviewer.getByTestId("program-flags").getByRole("link", { name: /Bandingkan/ }).first();
  await expect(async () => {
    await reviewer.reload();
    await expect(compare).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await compare.click();
  await expect(reviewer).toHaveURL(/\/review\/[0-9a-f-]{36}$/);
  const pairUrl = reviewer.url();
  await expect(reviewer.getByTestId("officer-answers")).toContainText(reason);
  await expect(reviewer.getByText("Belum ada keputusan untuk pasangan ini.")).toBeVisible();

  // The reviewer decides: collaboration, with a note. The history lists it.
  await reviewer.getByRole("radio", { name: /Kolaborasi/ }).check();
  await reviewer.getByRole("textbox", { name: "Catatan" }).fill(note);
  await reviewer.getByRole("button", { name: "Simpan keputusan" }).click();
  await expect(reviewer.getByTestId("alert-flag-resolved")).toBeVisible();
  await expect(reviewer.getByTestId("decision-history")).toContainText("Nur Aisyah memutuskan: kolaborasi");
  await expect(reviewer.getByTestId("decision-history")).toContainText(note);

  // The reviewer asks for a revision; the officer's edit form opens with the note on top.
  await reviewer.goto(`/review${programPath}`);
  await reviewer.getByRole("button", { name: "Minta revisi" }).click();
  await reviewer.getByRole("textbox", { name: "Catatan untuk perusahaan" }).fill("Mohon lampirkan daftar RT sasaran yang disepakati.");
  await reviewer.getByRole("button", { name: "Minta revisi" }).click();
  await expect(reviewer.getByTestId("program-status")).toHaveText("Perlu revisi");

  await page.goto(programPath);
  await page.getByRole("link", { name: "Perbaiki program" }).click();
  const reviewerNote = page.getByTestId("alert-reviewer-note");
  await expect(reviewerNote).toContainText("Catatan peninjau");
  await expect(reviewerNote).toContainText("Mohon lampirkan daftar RT sasaran");

  // A trivial edit (a typo in the description, budget within 10%): the pair stays decided.
  await page
    .getByLabel("Deskripsi kegiatan")
    .fill("Paket nutrisi bulanan dan kunjungan rumah oleh relawan bagi lansia terlantar dan lansia yang hidup sendiri di RT 12–18 Kel. Kariangau selama 9 bulan.");
  await page.getByLabel("Anggaran (Rp)").fill("155.000.000");
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page.getByTestId("alert-saved")).toBeVisible();
  for (let i = 0; i < 3; i++) {
    // Checked three times over a few seconds: the check after the edit runs as a job meanwhile.
    await reviewer.waitForTimeout(1_500);
    await reviewer.goto(pairUrl);
    await expect(reviewer.getByTestId("alert-flag-resolved")).toBeVisible();
  }
  await expect(reviewer.getByTestId("alert-earlier-decision")).toHaveCount(0);

  // A material edit (twice the beneficiaries): the pair opens again with the earlier decision and its note.
  await page.goto(`${programPath}/edit`);
  await page.getByLabel("Rencana penerima manfaat (orang)").fill("120");
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page.getByTestId("alert-saved")).toBeVisible();
  const earlier = reviewer.getByTestId("alert-earlier-decision");
  await expect(async () => {
    await reviewer.goto(pairUrl);
    await expect(earlier).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(earlier).toContainText("Keputusan sebelumnya");
  await expect(earlier).toContainText('"kolaborasi" oleh Nur Aisyah');
  await expect(earlier).toContainText(note);
  await expect(reviewer.getByTestId("decision-history").getByRole("listitem")).toHaveCount(2);
  await expect(reviewer.getByTestId("decision-history")).toContainText(`Dibuka lagi karena perubahan penting pada ${title}`);
  await expect(reviewer.getByRole("button", { name: "Simpan keputusan" })).toBeVisible();
  await reviewerContext.close();
});
