import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTranslator } from "@/lib/i18n/translate";
import { readCsvSheet } from "@/server/imports/sheet-csv";
import { callerFor, createTestDatabase } from "@/server/test/harness";
import { seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { arrangeTargeting, sourceOf, YEAR } from "@/server/targeting/targeting.fixtures";
import { exportTargeting } from "./targeting.export";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
const M = 1_000_000;

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
  await arrangeTargeting(h.db, fx);
});
afterAll(() => h?.close());

/** The sheet's cells row by row (header first), empty cells as null. */
async function readBack(body: Uint8Array | string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((body as Uint8Array).buffer as ArrayBuffer);
  const sheet = wb.worksheets[0];
  if (!sheet) throw new Error("no sheet");
  const rows: (string | number | null)[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    rows.push(Array.from({ length: 15 }, (_, i) => (row.getCell(i + 1).value as string | number | null) ?? null));
  }
  return { name: sheet.name, rows };
}

describe(`targeting export (${process.env.TEST_DB_KIND})`, () => {
  it("writes an XLSX holding the view's rows and figures", async () => {
    const view = await (await callerFor(h.db, fx.users.reviewer)).targeting.view({ year: YEAR });
    const file = await exportTargeting(view, "xlsx", "id");
    expect(file.filename).toBe("sasaran-kemiskinan-64-2026.xlsx");
    expect(file.rows).toBe(10);
    const { name, rows } = await readBack(file.body);
    const t = createTranslator("id");
    expect(name).toBe(t("targeting.sheetName"));
    expect(rows[0]?.slice(0, 3)).toEqual(["kode_wilayah", "nama_wilayah", "persentase_penduduk_miskin"]);
    expect(rows[0]?.[14]).toBe("penumpukan");

    const data = rows.slice(1);
    expect(data.map((r) => r[0])).toEqual(view.areas.map((a) => a.code));
    // Every figure of the view, cell for cell (empty cells where nothing was published or marked).
    expect(data).toEqual(
      view.areas.map((a) => [
        a.code,
        a.name,
        a.povertyRate?.value ?? null,
        a.povertyRate?.year ?? null,
        a.povertyRate?.source ?? null,
        a.poorPeople?.value ?? null,
        a.poorPeople?.year ?? null,
        a.poorPeople?.source ?? null,
        a.programs,
        a.budgetIdr,
        a.plannedBeneficiaries,
        a.rupiahPerPoorPerson === null ? null : Math.round(a.rupiahPerPoorPerson),
        a.beneficiariesPerPoorPerson === null ? null : Math.round(a.beneficiariesPerPoorPerson * 1000) / 1000,
        a.isBlankSpot ? t("targeting.blankSpot") : null,
        a.pileUp.length ? a.pileUp.map((r) => t(`targeting.pileUpReasons.${r}`)).join("; ") : null,
      ]),
    );
    // And by hand, for three regencies.
    const byCode = Object.fromEntries(data.map((r) => [r[0], r]));
    expect(byCode["64.08"]).toEqual([
      "64.08",
      "Kabupaten Kutai Timur",
      8.81,
      2024,
      sourceOf("64.08", 2024),
      30_170,
      2016,
      sourceOf("64.08", 2016),
      2,
      603.4 * M,
      350,
      20_000,
      0.012,
      null,
      null,
    ]);
    expect(byCode["64.11"]?.slice(8)).toEqual([0, 0, 0, 0, 0, "Titik kosong", null]);
    // Kutai Barat gets more than its share but is poorer than the province: no pile-up (issue 11).
    expect(byCode["64.07"]?.slice(11)).toEqual([40_000, 0.1, null, null]);
    expect(byCode["64.71"]?.[14]).toBe(t("targeting.pileUpReasons.rupiah"));
    expect(byCode["64.01"]?.slice(2, 8)).toEqual([null, null, null, null, null, null]);
  });

  it("writes the same rows as CSV, with English headers on request", async () => {
    const view = await (await callerFor(h.db, fx.users.reviewerKutim)).targeting.view({ year: YEAR });
    const file = await exportTargeting(view, "csv", "en");
    expect(file.filename).toBe("sasaran-kemiskinan-64.08-2026.csv");
    const text = String(file.body);
    expect(text.startsWith("\uFEFFarea_code,area_name,poverty_rate_pct,")).toBe(true);
    const [header, ...rows] = readCsvSheet(new TextEncoder().encode(text));
    // The last two columns count the programs left out of the sums for lack of a budget or beneficiaries.
    expect(header?.cells).toHaveLength(19);
    expect(header?.cells.slice(15)).toEqual([
      "programs_without_budget",
      "programs_without_beneficiaries",
      "share_of_rp_over_share_of_poor",
      "under_served",
    ]);
    expect(rows.map((r) => r.cells[0])).toEqual(view.areas.map((a) => a.code));
    const karangan = rows.find((r) => r.cells[0] === "64.08.16")?.cells;
    expect(karangan).toEqual(["64.08.16", "Karangan", "12", "2024", sourceOf("64.08.16", 2024), "1200", "2024", sourceOf("64.08.16", 2024), "0", "0", "0", "0", "0", "Blank spot", "", "0", "0", "0", ""]);
    // Kaliorang gets 2.05 times its share (Rp 400 M of 400 M for 2,000 of 4,100 poor people) but is poorer than Kutai Timur.
    expect(rows.find((r) => r.cells[0] === "64.08.10")?.cells.slice(14)).toEqual(["", "0", "0", "2.05", ""]);
  });
});
