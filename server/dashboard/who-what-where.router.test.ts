import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { resolveViewer } from "@/server/auth/viewer";
import { exportChart } from "@/server/exports/dashboard.export";
import { callerFor, createTestDatabase } from "@/server/test/harness";
import { AREAS, insertProgram, seedFixtures, type Fixtures } from "@/server/test/fixtures";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
const as = (key: keyof Fixtures["users"]) => callerFor(h.db, fx.users[key]);
const M = 1_000_000;
const y26 = { startDate: "2026-02-01", endDate: "2026-11-30" };

// Programs as companies send them: typos in titles, budgets left blank, one program over two regencies.
beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
  const { a, b, c } = fx.companies;
  await insertProgram(h.db, { companyId: a, ref: "W1", title: "PMT balita  Rawa makmur", sector: "health", areas: [AREAS.samarindaWard], ...y26, budgetIdr: 120 * M });
  await insertProgram(h.db, { companyId: a, ref: "W2", title: "Posyandu plus (anggaran blm ada)", sector: "health", areas: [AREAS.samarindaWard], ...y26, budgetIdr: null });
  // Over Samarinda and Kutai Kartanegara: counted in each regency.
  await insertProgram(h.db, { companyId: a, ref: "W3", title: "Beasiswa SMK tambang", sector: "education", areas: ["64.72.01", AREAS.kukarVillage], ...y26, budgetIdr: 250 * M });
  await insertProgram(h.db, { companyId: b, ref: "W4", title: "bantuan bibit sawit - kaliorang", sector: "economy", areas: [AREAS.kutimVillage], ...y26, budgetIdr: null });
  await insertProgram(h.db, { companyId: c, ref: "W5", title: "Air bersih Kaliorang", sector: "infrastructure", areas: [AREAS.kutimVillage, AREAS.samarindaWard], ...y26, budgetIdr: 75 * M });
  await insertProgram(h.db, { companyId: a, ref: "W6-DRAFT", status: "draft", sector: "health", areas: [AREAS.samarindaWard], ...y26, budgetIdr: 999 * M });
  await insertProgram(h.db, { companyId: a, ref: "W7-2024", sector: "health", areas: [AREAS.samarindaWard], startDate: "2024-01-01", endDate: "2024-12-31", budgetIdr: 5 * M });
});
afterAll(() => h?.close());

describe(`who does what where (${process.env.TEST_DB_KIND})`, () => {
  it("counts programs and known rupiah per company, regency and sector, a program in two regencies in each", async () => {
    const { focus, rows } = await (await as("reviewer")).dashboard.matrix({ year: 2026 });
    expect(focus).toBe("64");
    const key = (r: (typeof rows)[number]) => `${r.company}|${r.area}|${r.sector}`;
    const byKey = new Map(rows.map((r) => [key(r), r]));
    // W1 + W2 (blank budget), never the draft nor the 2024 program.
    expect(byKey.get("PT Alfa Tambang|64.72|health")).toMatchObject({ programs: 2, budgetIdr: 120 * M, withoutBudget: 1, areaName: "Kota Samarinda" });
    expect(byKey.get("PT Alfa Tambang|64.72|education")).toMatchObject({ programs: 1, budgetIdr: 250 * M, withoutBudget: 0 });
    expect(byKey.get("PT Alfa Tambang|64.02|education")).toMatchObject({ programs: 1, budgetIdr: 250 * M });
    // A group none of whose programs states a budget has no sum: null, not 0.
    expect(byKey.get("PT Beta Sawit|64.08|economy")).toMatchObject({ programs: 1, budgetIdr: null, withoutBudget: 1 });
    expect(byKey.get("PT Gamma Kutim|64.08|infrastructure")?.programs).toBe(1);
    expect(byKey.get("PT Gamma Kutim|64.72|infrastructure")?.programs).toBe(1);
    expect(rows).toHaveLength(6);
    // Grouped by company, in name order.
    expect(rows.map((r) => r.company)).toEqual([...rows.map((r) => r.company)].sort((x, y) => x.localeCompare(y)));
  });

  it("drills to the districts of the area in the filter and keeps the other filters", async () => {
    const { focus, rows } = await (await as("reviewer")).dashboard.matrix({ year: 2026, area: "64.72", sector: "health" });
    expect(focus).toBe("64.72");
    expect(rows).toEqual([
      expect.objectContaining({ company: "PT Alfa Tambang", area: "64.72.01", areaLevel: 3, sector: "health", programs: 2, budgetIdr: 120 * M, withoutBudget: 1 }),
    ]);
  });

  it("never shows a regency reviewer another regency's rows, even for a program reaching into it", async () => {
    const kutim = await as("reviewerKutim");
    const own = await kutim.dashboard.matrix({ year: 2026 });
    expect(own.focus).toBe("64.08");
    expect(own.rows.length).toBeGreaterThan(0);
    expect(own.rows.every((r) => r.area.startsWith("64.08."))).toBe(true);
    // W5 lies in Kutim and Samarinda: the Kutim reviewer sees it, but no Samarinda district row.
    const samarinda = await kutim.dashboard.matrix({ year: 2026, area: "64.72" });
    expect(samarinda.rows).toEqual([]);
    const province = await kutim.dashboard.matrix({ year: 2026, area: "64" });
    expect(province.rows.map((r) => r.area)).toEqual(["64.08", "64.08"]);
    // Company A works only outside Kutim.
    expect(province.rows.some((r) => r.company === "PT Alfa Tambang")).toBe(false);
  });

  it("exports the matrix as XLSX with rupiah as numbers and a blank cell for an unknown sum", async () => {
    const reviewer = await resolveViewer(h.db, fx.users.reviewer);
    if (!reviewer || reviewer.role === "officer") throw new Error("no staff viewer");
    const file = await exportChart(h.db, reviewer, "matrix", { year: 2026 }, "xlsx", "id");
    expect(file.rows).toBe(6);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.body as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, "perusahaan", "kode_wilayah", "wilayah", "sektor", "program", "anggaran_rp", "program_tanpa_anggaran"]);
    const rows = sheet.getSheetValues().slice(2).map((r) => (Array.isArray(r) ? r.slice(1) : []));
    const health = rows.find((r) => r[0] === "PT Alfa Tambang" && r[1] === "64.72" && r[3] === "Kesehatan");
    expect(health).toEqual(["PT Alfa Tambang", "64.72", "Kota Samarinda", "Kesehatan", 2, 120 * M, 1]);
    const beta = rows.find((r) => r[0] === "PT Beta Sawit");
    expect(beta?.[5]).toBeUndefined();
    expect(beta?.[6]).toBe(1);
  });

  // Last: it adds a program the counts above do not expect.
  it("gives programs covering the drilled area as a whole a row of their own, first, in the page and the export", async () => {
    await insertProgram(h.db, { companyId: fx.companies.b, ref: "W8-KAB", title: "Bedah rumah se-Kabupaten Kutai Timur", sector: "social", areas: ["64.08"], ...y26, budgetIdr: 40 * M });
    const reviewer = await as("reviewer");
    // At the province the regency-wide program is in its regency like any other.
    const province = await reviewer.dashboard.matrix({ year: 2026 });
    expect(province.rows.find((r) => r.company === "PT Beta Sawit" && r.sector === "social")).toMatchObject({ area: "64.08", wide: false, programs: 1 });
    // Drilled into Kutai Timur it reaches no district: one row for the whole regency, before the districts.
    const kutim = await reviewer.dashboard.matrix({ year: 2026, area: "64.08" });
    const beta = kutim.rows.filter((r) => r.company === "PT Beta Sawit");
    expect(beta[0]).toMatchObject({ area: "64.08", areaName: "Kabupaten Kutai Timur", wide: true, sector: "social", programs: 1, budgetIdr: 40 * M });
    expect(beta.slice(1).every((r) => !r.wide && r.area.startsWith("64.08."))).toBe(true);
    expect(kutim.rows.filter((r) => r.wide)).toHaveLength(1);

    const viewer = await resolveViewer(h.db, fx.users.reviewer);
    if (!viewer || viewer.role === "officer") throw new Error("no staff viewer");
    const file = await exportChart(h.db, viewer, "matrix", { year: 2026, area: "64.08" }, "xlsx", "id");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.body as unknown as ArrayBuffer);
    const rows = wb.worksheets[0]!.getSheetValues().slice(2).map((r) => (Array.isArray(r) ? r.slice(1) : []));
    expect(rows.find((r) => r[0] === "PT Beta Sawit" && r[1] === "64.08")?.[2]).toBe("Seluruh Kabupaten Kutai Timur");
  });
});
