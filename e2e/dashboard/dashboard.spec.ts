import ExcelJS from "exceljs";
import { DEMO, expect, signIn, test } from "../fixtures";

const count = async (text: Promise<string | null>) => Number((await text)?.replace(/\D/g, "") ?? NaN);

/** Reads a downloaded XLSX's first sheet: its header and data rows as plain values. */
async function readXlsx(path: string) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { header: rows[0] as string[], data: rows.slice(1) };
}

test("the dashboard renders, a filter changes the figures and the URL, and the list behind a figure exports as XLSX", async ({ page }) => {
  await signIn(page, DEMO.viewer);
  await page.getByRole("link", { name: "Dasbor" }).first().click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1, name: "Dasbor" })).toBeVisible();

  const figures = page.getByTestId("key-figures");
  const allPrograms = await count(figures.getByTestId("figure-programs").textContent());
  expect(allPrograms).toBeGreaterThan(10);
  // The map: a tile per regency/city of Kaltim, each labelled with its figure.
  const map = page.getByRole("list", { name: "Jumlah program" });
  await expect(map.getByRole("link", { name: /^Kota Samarinda \d+$/ })).toBeVisible();
  await expect(map.getByRole("listitem")).toHaveCount(10);

  // Filter: the URL carries the sector, and the figures shrink to that sector's programs.
  await page.getByRole("search").getByLabel("Sektor").selectOption({ label: "Kesehatan" });
  await expect(page).toHaveURL(/[?&]sector=health/);
  await expect.poll(() => count(figures.getByTestId("figure-programs").textContent())).toBeLessThan(allPrograms);
  const healthPrograms = await count(figures.getByTestId("figure-programs").textContent());
  expect(healthPrograms).toBeGreaterThan(0);

  // A link to this URL shows the same view.
  await page.reload();
  await expect(page.getByRole("search").getByLabel("Sektor")).toHaveValue("health");
  expect(await count(figures.getByTestId("figure-programs").textContent())).toBe(healthPrograms);

  // The figure drills down to the list behind it: the same programs, the same count.
  await figures.getByRole("link", { name: /Program/ }).first().click();
  await expect(page).toHaveURL(/\/programs\?.*sector=health/);
  await expect(page.getByTestId("program-count")).toContainText(String(healthPrograms));

  // The list's XLSX holds exactly those rows.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh Excel" }).click();
  const file = await downloading;
  const { header, data } = await readXlsx(await file.path());
  expect(header.slice(0, 5)).toEqual(["kode_program", "perusahaan", "judul", "deskripsi", "sektor"]);
  expect(data).toHaveLength(healthPrograms);
  expect(new Set(data.map((r) => r[4]))).toEqual(new Set(["health"]));
});

test("a chart's data downloads as XLSX under the dashboard's filters", async ({ page }) => {
  await signIn(page, DEMO.reviewer);
  await page.goto("/dashboard?sector=education");
  const programs = await count(page.getByTestId("figure-programs").textContent());
  const card = page.locator("section", { has: page.getByRole("heading", { name: "Anggaran per sektor" }) });
  const downloading = page.waitForEvent("download");
  await card.getByRole("link", { name: "XLSX", exact: true }).click();
  const { header, data } = await readXlsx(await (await downloading).path());
  expect(header.slice(0, 3)).toEqual(["kode", "nama", "program"]);
  // Only the filtered sector, with the same number of programs as the key figure.
  expect(data.map((r) => r[0])).toEqual(["education"]);
  expect(Number(data[0]![2])).toBe(programs);
});

test("the company filter searches as one types, keeps its pick in the URL, and clears", async ({ page }) => {
  await signIn(page, DEMO.reviewer);
  await page.goto("/dashboard");
  const figures = page.getByTestId("key-figures");
  const allPrograms = await count(figures.getByTestId("figure-programs").textContent());
  const company = page.getByRole("search").getByRole("combobox", { name: "Perusahaan" });
  await expect(company).toHaveAttribute("placeholder", "Semua perusahaan");
  await expect(company).toHaveAttribute("aria-expanded", "false");

  await company.fill("mahak");
  await expect(company).toHaveAttribute("aria-expanded", "true");
  const list = page.getByRole("listbox", { name: "Perusahaan" });
  await expect(list.getByRole("option")).toHaveCount(1);
  await list.getByRole("option", { name: "PT Mahakam Energi Lestari" }).click();
  await expect(page).toHaveURL(/[?&]company=[0-9a-f-]{36}/);
  await expect.poll(() => count(figures.getByTestId("figure-programs").textContent())).toBeLessThan(allPrograms);

  // A link to this URL names the company, though the page no longer lists them all.
  await page.reload();
  await expect(company).toHaveValue("PT Mahakam Energi Lestari");

  // By keyboard: type, arrow down, Enter; Escape closes without changing the filter.
  const before = page.url();
  await company.fill("pupuk");
  // The search answers after a short pause; arrows move through what it has listed.
  await expect(list.getByRole("option")).toHaveText(["PT Pupuk Borneo Sejahtera"]);
  await company.press("ArrowDown");
  await expect(company).toHaveAttribute("aria-activedescendant", /.+/);
  await company.press("Escape");
  await expect(company).toHaveAttribute("aria-expanded", "false");
  expect(page.url()).toBe(before);
  await company.fill("pupuk");
  await expect(list.getByRole("option")).toHaveText(["PT Pupuk Borneo Sejahtera"]);
  await company.press("ArrowDown");
  await company.press("Enter");
  await expect(company).toHaveValue("PT Pupuk Borneo Sejahtera");
  await expect.poll(() => page.url()).not.toBe(before);

  await page.getByRole("button", { name: "Hapus pilihan perusahaan" }).click();
  await expect(page).not.toHaveURL(/company=/);
  await expect(company).toHaveValue("");
  await expect.poll(() => count(figures.getByTestId("figure-programs").textContent())).toBe(allPrograms);
});

test("the map drills down a level and the breadcrumb comes back up, keeping the filter", async ({ page }) => {
  await signIn(page, DEMO.viewer);
  await page.goto("/dashboard?sector=education");
  const crumbs = page.getByRole("navigation", { name: "Tingkat wilayah" });
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText("Provinsi Kalimantan Timur");
  await expect(crumbs.getByRole("link")).toHaveCount(0);

  const map = page.getByRole("list", { name: "Jumlah program" });
  await map.getByRole("link", { name: /^Kota Samarinda \d+$/ }).click();
  await expect(page).toHaveURL(/[?&]area=64\.72(&|$)/);
  await expect(page).toHaveURL(/[?&]sector=education/);
  // The province above is a link; the regency is where we are. The map now shows its kecamatan.
  await expect(crumbs.getByRole("listitem")).toHaveCount(2);
  await expect(crumbs.getByRole("link")).toHaveText(["Provinsi Kalimantan Timur"]);
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText("Kota Samarinda");
  await expect(map.getByRole("link", { name: /^Sungai Kunjang \d+$/ })).toBeVisible();

  await crumbs.getByRole("link", { name: "Provinsi Kalimantan Timur" }).click();
  await expect(page).not.toHaveURL(/area=/);
  await expect(page).toHaveURL(/[?&]sector=education/);
  await expect(page.getByRole("search").getByLabel("Sektor")).toHaveValue("education");
  await expect(map.getByRole("listitem")).toHaveCount(10);
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText("Provinsi Kalimantan Timur");
});

test("who does what where lists companies by area and sector and downloads as XLSX", async ({ page }) => {
  await signIn(page, DEMO.reviewer);
  await page.goto("/dashboard?year=2026");
  await page.getByRole("link", { name: "Siapa di mana" }).click();
  await expect(page).toHaveURL(/\/dashboard\/matrix\?year=2026/);
  await expect(page.getByRole("heading", { level: 1, name: "Siapa melakukan apa di mana" })).toBeVisible();
  const matrix = page.getByTestId("matrix");
  const companies = await matrix.getByRole("heading", { level: 2 }).allTextContents();
  expect(companies.length).toBeGreaterThan(1);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh Excel" }).click();
  const { header, data } = await readXlsx(await (await downloading).path());
  expect(header).toEqual(["perusahaan", "kode_wilayah", "wilayah", "sektor", "program", "anggaran_rp", "program_tanpa_anggaran"]);
  expect(new Set(data.map((r) => r[0]))).toEqual(new Set(companies));
  expect(data.every((r) => /^64\.\d{2}$/.test(String(r[1])))).toBe(true);
});
