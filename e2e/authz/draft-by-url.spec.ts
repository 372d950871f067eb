import { DEMO, expect, signIn, test } from "../fixtures";

test("an officer of another company cannot open a draft by its URL", async ({ page, browser }) => {
  const title = `Draf Rahasia Beasiswa ${Date.now()}`;
  await signIn(page, DEMO.officerMahakam);
  await page.goto("/programs/new");
  await page.getByLabel("Judul program").fill(title);
  await page.getByLabel("Deskripsi kegiatan").fill("Rencana beasiswa yang belum siap dibagikan kepada forum.");
  await page.getByLabel("Sektor").selectOption({ label: "Pendidikan" });
  await page.getByLabel("Kelompok sasaran", { exact: true }).fill("pelajar SMA");
  await page.getByLabel("Kategori sasaran").selectOption({ label: "Pelajar dan mahasiswa" });
  await page.getByRole("searchbox", { name: "Cari desa, kecamatan, atau kabupaten" }).fill("Samarinda");
  await page.getByRole("button", { name: /^Pilih Kota Samarinda/ }).click();
  await page.getByLabel("Tanggal mulai").fill("01/07/2026");
  await page.getByLabel("Tanggal selesai").fill("30/06/2027");
  await page.getByLabel("Anggaran (Rp)").fill("500000000");
  await page.getByLabel("Rencana penerima manfaat (orang)").fill("100");
  await page.getByRole("button", { name: "Simpan draf" }).click();
  await expect(page.getByTestId("alert-saved")).toBeVisible();
  const id = new URL(page.url()).pathname.split("/").pop() ?? "";
  expect(id).toMatch(/^[0-9a-f-]{36}$/);

  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signIn(other, DEMO.officerKutai);
  for (const path of [`/programs/${id}`, `/programs/${id}/edit`]) {
    await other.goto(path);
    await expect(other.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
    await expect(other.getByText(title)).toHaveCount(0);
  }
  const api = await other.request.get(`/api/trpc/programs.byId?input=${encodeURIComponent(JSON.stringify({ json: { id } }))}`);
  expect(api.status()).toBe(404);
  expect(await api.text()).not.toContain(title);
  await other.goto(`/programs?q=${encodeURIComponent(title)}`);
  await expect(other.getByTestId("program-count")).toHaveText("0 program");
  await otherContext.close();
});
