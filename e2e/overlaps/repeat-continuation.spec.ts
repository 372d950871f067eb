import { DEMO, expect, signIn, submitShownProgram, test } from "../fixtures";

test("an officer sees earlier aid in the village as history, and a reviewer marks the repeat as a continuation", async ({
  page,
  browser,
}) => {
  const title = `PMT Balita Gizi Kurang Desa Karangan Hilir Tahun 2027 ${Date.now()}`;
  await signIn(page, DEMO.officerKutai);
  await page.goto("/programs/new");
  await page.getByLabel("Judul program").fill(title);
  await page
    .getByLabel("Deskripsi kegiatan")
    .fill(
      "Pemberian makanan tambahan berbahan lokal bagi balita gizi kurang dan stunting bersama posyandu dan bidan desa selama enam bulan.",
    );
  await page.getByLabel("Sektor").selectOption({ label: "Kesehatan" });
  await page.getByLabel("Kelompok sasaran", { exact: true }).fill("balita gizi kurang");
  await page.getByLabel("Kategori sasaran").selectOption({ label: "Anak dan balita" });
  await page.getByRole("searchbox", { name: "Cari desa, kecamatan, atau kabupaten" }).fill("Karangan Hilir");
  await page.getByRole("button", { name: /^Pilih Desa Karangan Hilir/ }).click();
  // Sawit Berau's PMT in the same village ran May–Nov 2025: periods that do not overlap, about a year apart.
  await page.getByLabel("Tanggal mulai").fill("04/01/2027");
  await page.getByLabel("Tanggal selesai").fill("30/06/2027");

  // Shown as history, not as a warning.
  const history = page.getByTestId("live-history");
  await expect(history).toBeVisible();
  await expect(history).toContainText("Riwayat bantuan di wilayah ini");
  await expect(history).toContainText(
    "Desa Karangan Hilir sudah menerima Program Orang Tua Asuh dan Pemberian Makanan Tambahan bagi Balita Gizi Kurang di Karangan dari PT Sawit Berau Makmur pada 2025",
  );
  await expect(page.getByTestId("live-check")).toHaveCount(0);

  await page.getByLabel("Anggaran (Rp)").fill("120.000.000");
  await page.getByLabel("Rencana penerima manfaat (orang)").fill("60");
  await page.getByRole("button", { name: "Simpan draf" }).click();
  await expect(page.getByTestId("alert-saved")).toBeVisible();
  await submitShownProgram(page);
  const programUrl = page.url().split("?")[0] ?? "";

  const reviewerContext = await browser.newContext();
  const reviewer = await reviewerContext.newPage();
  await signIn(reviewer, DEMO.reviewer);
  await reviewer.getByRole("link", { name: "Tumpang tindih" }).first().click();
  // Repeats have their own tab; the check after submit is a queue job, so the pair may take a moment.
  const card = reviewer.getByRole("listitem").filter({ hasText: title }).filter({ hasText: "Program Orang Tua Asuh" });
  await expect(async () => {
    await reviewer.getByTestId("queue-tab-repeats").click();
    await expect(reviewer.getByTestId("queue-tab-repeats")).toHaveAttribute("aria-current", "page");
    await expect(card).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(card).toContainText("Pengulangan");
  await card.getByRole("link", { name: "Bandingkan" }).click();
  await expect(reviewer.getByRole("heading", { name: "Bandingkan dua program" })).toBeVisible();
  await expect(reviewer.getByTestId("flag-reasons")).toContainText("Tahun berbeda: 2025 lalu 2027");

  // A repeat is decided as a continuation or a call to coordinate, nothing else.
  await expect(reviewer.getByRole("radio")).toHaveCount(2);
  await expect(reviewer.getByRole("radio", { name: /Berbeda/ })).toHaveCount(0);
  await reviewer.getByRole("radio", { name: /Lanjutan/ }).check();
  await reviewer.getByRole("textbox", { name: "Catatan" }).fill("Melanjutkan PMT 2025 dengan sasaran balita yang sama.");
  await reviewer.getByRole("button", { name: "Simpan keputusan" }).click();
  await expect(reviewer.getByTestId("alert-flag-resolved")).toContainText("Diputuskan lanjutan dari bantuan sebelumnya");
  await reviewerContext.close();

  // The officer's program page keeps the history.
  await page.goto(programUrl);
  await expect(page.getByTestId("program-aid-history")).toContainText("PT Sawit Berau Makmur");
  await expect(page.getByTestId("program-aid-history")).toContainText("pada 2025");
});
