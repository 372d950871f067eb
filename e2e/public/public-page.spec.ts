import { DEMO, expect, signIn, test } from "../fixtures";

test("the public page is not found until an admin turns it on, then shows anyone figures by area and sector, and goes away again", async ({
  page,
  browser,
}) => {
  // Visitors without a session. (A 404 from notFound() is drawn by the browser's JavaScript in a
  // production build, so the not-found text is checked with JavaScript on; the page itself without.)
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  const notFound = await visitor.goto("/public");
  expect(notFound?.status()).toBe(404);
  await expect(visitor).toHaveURL(/\/public$/);
  await expect(visitor.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();

  await signIn(page, DEMO.admin);
  await page.locator("summary").filter({ hasText: "Administrasi" }).click();
  await page.getByRole("link", { name: "Pengaturan" }).click();
  const toggle = page.getByRole("switch", { name: "Tampilkan halaman publik" });
  await expect(toggle).toHaveAttribute("aria-checked", "false");
  await expect(page.getByTestId("public-page-state")).toContainText("Nonaktif");
  // Publishing asks first, naming what becomes public; cancelling leaves it off.
  await toggle.click();
  const confirm = page.getByRole("dialog", { name: "Terbitkan halaman publik?" });
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText("Tidak pernah tampil: draf");
  await confirm.getByRole("button", { name: "Batal" }).click();
  await expect(confirm).toBeHidden();
  await expect(toggle).toHaveAttribute("aria-checked", "false");
  expect((await visitor.goto("/public"))?.status()).toBe(404);
  await toggle.click();
  await page.getByRole("dialog", { name: "Terbitkan halaman publik?" }).getByRole("button", { name: "Ya, terbitkan untuk umum" }).click();
  await expect(toggle).toHaveAttribute("aria-checked", "true");
  await expect(page.getByTestId("public-page-state")).toContainText("Aktif");
  await expect(page.getByRole("link", { name: "Buka halaman publik" })).toHaveAttribute("href", "/public");

  // The public page is plain server-rendered HTML: it reads the same without JavaScript.
  const plainContext = await browser.newContext({ javaScriptEnabled: false });
  const plain = await plainContext.newPage();
  const shown = await plain.goto("/public");
  expect(shown?.status()).toBe(200);
  await expect(plain).toHaveTitle(/Program CSR untuk kesejahteraan sosial/);
  await expect(plain.getByRole("heading", { level: 1, name: "Program CSR di Kalimantan Timur" })).toBeVisible();
  await expect(plain.getByTestId("public-as-of")).toHaveText(/^Data per \d{2}\/\d{2}\/\d{4} \d{2}\.\d{2} WITA\.$/);
  await expect(plain.getByTestId("public-sign-in")).toHaveAttribute("href", "/sign-in");
  await expect(plain.getByRole("link", { name: "Masuk ke Sinergi CSR" })).toBeVisible();

  // Figures by sector and by regency/city, from the approved, running and completed demo programs.
  await expect(plain.getByTestId("public-total-programs")).toContainText(/\d+/);
  const sectors = plain.getByTestId("public-sectors");
  await expect(sectors.getByRole("rowheader", { name: "Lingkungan" })).toBeVisible();
  await expect(sectors.getByRole("rowheader", { name: "Pendidikan" })).toBeVisible();
  const bontang = plain.getByTestId("public-area-64.74");
  await expect(bontang.getByRole("heading", { name: "Kota Bontang" })).toBeVisible();
  // Bontang's decided programs come from fewer than 3 companies: no figure of it is shown (info finding).
  await expect(bontang.getByTestId("public-area-64.74-suppressed")).toHaveText("< 3 perusahaan");
  await expect(bontang).not.toContainText("program");
  await expect(plain.getByTestId("public-sector-environment-suppressed")).toHaveText("< 3 perusahaan");
  await expect(sectors.getByRole("row", { name: /Kesehatan/ })).toContainText("3");
  await expect(plain.getByTestId("public-area-64.07")).toContainText("Belum ada program.");

  // Aggregates only: no program titles, companies, contacts or people.
  const body = plain.locator("body");
  // innerText: what the visitor reads (the body's textContent would include the page's inline scripts).
  for (const text of [
    "Rehabilitasi Mangrove",
    "Skrining dan Pendampingan Pasien TBC",
    "PT Mahakam Energi Lestari",
    "Rina Wulandari",
    "Nur Aisyah",
    "@",
  ]) {
    await expect(body).not.toContainText(text, { useInnerText: true });
  }

  // The language switch is a plain link, too.
  await plain.getByRole("link", { name: "English" }).click();
  await expect(plain.getByRole("heading", { level: 1, name: "CSR programs in Kalimantan Timur" })).toBeVisible();
  await plain.getByRole("link", { name: "Bahasa Indonesia" }).click();
  await expect(plain.getByRole("heading", { level: 1, name: "Program CSR di Kalimantan Timur" })).toBeVisible();

  // Off again (and left off: later specs share this database).
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-checked", "false");
  await expect(page.getByTestId("public-page-state")).toContainText("Nonaktif");
  const gone = await visitor.goto("/public");
  expect(gone?.status()).toBe(404);
  await expect(visitor.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  const goneForPlain = await plain.goto("/public");
  expect(goneForPlain?.status()).toBe(404);
  await expect(plain.getByText("Program CSR di Kalimantan Timur")).toHaveCount(0);
  await Promise.all([visitorContext.close(), plainContext.close()]);
});
