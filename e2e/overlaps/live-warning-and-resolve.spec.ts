import { DEMO, expect, signIn, test } from "../fixtures";

test("an officer sees a match before submitting, and a reviewer decides the cluster it joins once, as a collaboration", async ({
  page,
  browser,
}) => {
  const title = `PMT Balita Stunting Desa Karangan Hilir ${Date.now()}`;
  await signIn(page, DEMO.officerKutai);
  await page.goto("/programs/new");
  await page.getByLabel("Judul program").fill(title);
  await page
    .getByLabel("Deskripsi kegiatan")
    .fill("Pemberian makanan tambahan lokal bagi balita gizi kurang bersama posyandu selama enam bulan.");
  await page.getByLabel("Sektor").selectOption({ label: "Kesehatan" });
  await page.getByLabel("Kelompok sasaran", { exact: true }).fill("balita gizi kurang");
  await page.getByLabel("Kategori sasaran").selectOption({ label: "Anak dan balita" });
  await page.getByRole("searchbox", { name: "Cari desa, kecamatan, atau kabupaten" }).fill("Karangan Hilir");
  await page.getByRole("button", { name: /^Pilih Desa Karangan Hilir/ }).click();
  await page.getByLabel("Tanggal mulai").fill("01/06/2025");
  await page.getByLabel("Tanggal selesai").fill("30/11/2025");

  // The warning appears before anything is saved: Sawit Berau's submitted program in the same village.
  const warning = page.getByTestId("live-check");
  await expect(warning).toBeVisible();
  await expect(warning).toContainText("Program Orang Tua Asuh dan Pemberian Makanan Tambahan");
  await expect(warning).toContainText("PT Sawit Berau Makmur");
  await expect(warning).toContainText("Lokasi sama: Desa Karangan Hilir");
  await expect(page.getByTestId("live-check-count")).toBeVisible();

  await page.getByLabel("Anggaran (Rp)").fill("90.000.000");
  await page.getByLabel("Rencana penerima manfaat (orang)").fill("45");
  await page.getByRole("button", { name: "Simpan draf" }).click();
  await expect(page.getByTestId("alert-saved")).toBeVisible();
  // The saved draft keeps the warning, and the submit step asks the officer to answer it.
  await expect(page.getByTestId("saved-matches")).toContainText("Program Orang Tua Asuh dan Pemberian Makanan Tambahan");
  await page.getByRole("button", { name: "Ajukan ke Dinas Sosial" }).click();
  const step = page.getByRole("group", { name: "Ajukan ke Dinas Sosial" });
  await step.getByRole("radio", { name: "Saya sudah melihat kemiripan ini" }).check();
  await step.getByRole("button", { name: "Ajukan ke Dinas Sosial" }).click();
  await expect(page.getByTestId("program-status")).toHaveText("Diajukan");
  const programUrl = page.url().split("?")[0] ?? "";

  const reviewerContext = await browser.newContext();
  const reviewer = await reviewerContext.newPage();
  await signIn(reviewer, DEMO.reviewer);
  await reviewer.getByRole("link", { name: "Tumpang tindih" }).first().click();
  await expect(reviewer).toHaveURL(/\/review$/);
  // The new program, Sawit Berau's and Kutai Batubara's "Bapak Asuh" program in Kecamatan Karangan
  // are flagged with one another: one cluster in the queue, decided once. The check after submit
  // is a queue job, so the cluster may take a moment.
  const card = reviewer.getByTestId("cluster-card").filter({ hasText: title }).filter({ hasText: "Program Orang Tua Asuh" });
  await expect(async () => {
    await reviewer.reload();
    await expect(card).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(card.getByTestId("cluster-summary")).toHaveText("3 program di satu tempat · 3 pasangan");
  await card.getByRole("link", { name: "Putuskan sekali" }).click();
  await expect(reviewer.getByRole("heading", { name: "Klaster program yang tumpang tindih" })).toBeVisible();
  await expect(reviewer.getByTestId("cluster-members")).toContainText("PT Sawit Berau Makmur");
  await expect(reviewer.getByTestId("cluster-members")).toContainText(title);

  // "Distinct" needs a reason: refused beside the field, nothing changes.
  await reviewer.getByRole("radio", { name: /Berbeda/ }).check();
  await reviewer.getByRole("button", { name: "Simpan keputusan" }).click();
  await expect(reviewer.getByRole("textbox", { name: "Alasan" })).toHaveAccessibleDescription(/Tuliskan alasan/);

  await reviewer.getByRole("radio", { name: /Kolaborasi/ }).check();
  await reviewer.getByRole("textbox", { name: "Catatan" }).fill("Bagi sasaran: Kutai Batubara di RT 1–5, Sawit Berau di RT 6–10.");
  await reviewer.getByRole("button", { name: "Simpan keputusan" }).click();
  await expect(reviewer.getByTestId("alert-cluster-decided")).toContainText("Klaster ini sudah diputuskan: Kolaborasi");
  await reviewerContext.close();

  // The officer now sees whom to coordinate with.
  await page.goto(programUrl);
  await expect(page.getByTestId("collaborations")).toContainText("PT Sawit Berau Makmur");
  await expect(page.getByTestId("collaborations")).toContainText("csr@sawit-berau.demo");
});
