import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { resolveViewer } from "@/server/auth/viewer";
import { readImportRows } from "@/server/imports/rows";
import { readSheet } from "@/server/imports/sheet";
import { createTestDatabase } from "@/server/test/harness";
import { AREAS, insertProgram, seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { exportPrograms } from "./programs.export";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
  await insertProgram(h.db, {
    companyId: fx.companies.a,
    ref: "EXP-1",
    sector: "health",
    areas: [AREAS.samarindaWard],
    title: 'PMT "Balita", Rawa Makmur',
    targetGroupText: "balita stunting & ibu hamil",
  });
  await insertProgram(h.db, { companyId: fx.companies.b, ref: "EXP-2", sector: "education", areas: [AREAS.kutimVillage] });
  await insertProgram(h.db, { companyId: fx.companies.a, ref: "EXP-DRAFT", status: "draft", areas: [AREAS.samarindaWard] });
});
afterAll(() => h?.close());

describe(`program export (${process.env.TEST_DB_KIND})`, () => {
  it("exports the filtered list a reviewer sees, never a draft, in the import's columns", async () => {
    const reviewer = await resolveViewer(h.db, fx.users.reviewer);
    if (!reviewer) throw new Error("no viewer");
    const csv = await exportPrograms(h.db, reviewer, { sector: "health" }, "csv", "id");
    const text = String(csv.body);
    expect(text.split("\r\n")[0]).toMatch(/^\uFEFFkode_program,perusahaan,judul/);
    expect(text.split("\r\n")[0]).toContain(",sektor,kelompok_sasaran,kelompok_sasaran_teks,lokasi,");
    expect(text).toContain(",health,children,balita stunting & ibu hamil,64.72.01.1001,");
    expect(text).toContain('"PMT ""Balita"", Rawa Makmur"');
    expect(text).toContain("64.72.01.1001");
    expect(text).not.toContain("EXP-2");
    expect(text).not.toContain("EXP-DRAFT");
    expect(csv.rows).toBe(1);
  });

  it("writes an XLSX the importer can read back", async () => {
    const officerB = await resolveViewer(h.db, fx.users.officerB);
    if (!officerB) throw new Error("no viewer");
    const file = await exportPrograms(h.db, officerB, {}, "xlsx", "en");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.body as unknown as ArrayBuffer);
    const refs = wb.worksheets[0]?.getColumn(1).values.slice(2).map(String).sort();
    expect(refs).toEqual(["EXP-1", "EXP-2"]);
    const sheet = await readSheet("program.xlsx", file.body as Uint8Array);
    const read = readImportRows(sheet, { companyRequired: true });
    expect(read.errors).toEqual([]);
    expect(read.rows.map((r) => r.ref).sort()).toEqual(["EXP-1", "EXP-2"]);
  });
});

describe(`dashboard chart export (${process.env.TEST_DB_KIND})`, () => {
  it("holds the same buckets as the chart, filtered", async () => {
    const { exportChart } = await import("./dashboard.export");
    const reviewer = await resolveViewer(h.db, fx.users.reviewer);
    if (!reviewer || reviewer.role === "officer") throw new Error("no staff viewer");
    const file = await exportChart(h.db, reviewer, "sector", { year: 2026 }, "xlsx", "id");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.body as unknown as ArrayBuffer);
    const rows = wb.worksheets[0]
      ?.getSheetValues()
      .slice(2)
      .map((r) => (Array.isArray(r) ? r.slice(1, 4) : []));
    expect(rows).toEqual([
      ["education", "Pendidikan", 1],
      ["health", "Kesehatan", 1],
    ]);
  });
});
