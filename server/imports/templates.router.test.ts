import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as templateRoute } from "@/app/api/templates/[file]/route";
import { resolveViewer } from "@/server/auth/viewer";
import { createTestDatabase } from "@/server/test/harness";
import { AREAS, insertProgram, seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { readImportRows } from "./rows";
import { readSheet } from "./sheet";
import { listTemplateAreas } from "./templates.queries";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
  await insertProgram(h.db, { companyId: fx.companies.a, ref: "ALFA-1", areas: [AREAS.samarindaWard, "64.74.01.1004"] });
  await insertProgram(h.db, { companyId: fx.companies.b, ref: "BETA-1", areas: [AREAS.kutimVillage] });
});
afterAll(() => h?.close());

/** The template as a signed-in user downloads it, read back as rows of its area sheet. */
async function downloadAreas(user: keyof Fixtures["users"], file = "impor-program.xlsx") {
  const serve = templateRoute.withResolver(async () => ({ db: h.db, viewer: await resolveViewer(h.db, fx.users[user]), locale: "id" }));
  const res = await serve(new Request(`http://localhost/api/templates/${file}`), { params: Promise.resolve({ file }) });
  expect(res.status).toBe(200);
  const bytes = await res.arrayBuffer();
  // The whole download still reads back as a program sheet holding only its (skipped) example.
  const sheet = await readSheet(file, new Uint8Array(bytes));
  expect(readImportRows(sheet, { companyRequired: false }).errors.map((e) => e.message)).toEqual(["errors.importEmpty"]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  const areas = wb.getWorksheet(file.startsWith("impor") ? "Wilayah" : "Areas");
  return (areas?.getSheetValues() ?? []).slice(1).map((r) => (Array.isArray(r) ? r.slice(1) : []));
}

describe(`the template's area sheet (${process.env.TEST_DB_KIND})`, () => {
  it("lists every regency, district and village of the home province with the names around it", async () => {
    const areas = await listTemplateAreas(h.db, "64", null);
    expect(areas.filter((a) => a.level === 2)).toHaveLength(10);
    expect(areas.filter((a) => a.level === 3)).toHaveLength(105);
    expect(areas.filter((a) => a.level === 4).length).toBeGreaterThan(1000);
    expect(areas.every((a) => a.code === "64" || a.code.startsWith("64."))).toBe(true);
    expect(areas.find((a) => a.code === "64.74.01.1004")).toEqual({
      code: "64.74.01.1004",
      name: "Guntung",
      level: 4,
      district: "Bontang Utara",
      regency: "Kota Bontang",
      usedByCompany: false,
    });
    expect(areas.find((a) => a.code === "64.02.04")).toMatchObject({ name: "Anggana", district: null, regency: "Kabupaten Kutai Kartanegara" });
  });

  it("puts an officer's own company's areas first and marks them, and no other company's", async () => {
    const rows = await downloadAreas("officerA");
    expect(rows[0]).toEqual(["kode", "nama", "tingkat", "kecamatan", "kabupaten/kota", "dipakai program Anda"]);
    expect(rows.slice(1, 3)).toEqual([
      ["64.72.01.1001", "Rawa Makmur", "Desa/Kelurahan", "Palaran", "Kota Samarinda", "ya"],
      ["64.74.01.1004", "Guntung", "Desa/Kelurahan", "Bontang Utara", "Kota Bontang", "ya"],
    ]);
    expect(rows[3]?.slice(0, 2)).toEqual(["64", "Kalimantan Timur"]);
    // Company B's village is listed, unmarked.
    expect(rows.find((r) => r[0] === AREAS.kutimVillage)?.[5]).toBe("");
    expect(rows.filter((r) => r[5] === "ya")).toHaveLength(2);
  });

  it("lists the areas in code order, without the company column, for staff and for English", async () => {
    const rows = await downloadAreas("reviewer");
    expect(rows[0]).toEqual(["kode", "nama", "tingkat", "kecamatan", "kabupaten/kota"]);
    expect(rows.slice(1, 3).map((r) => r.slice(0, 2))).toEqual([
      ["64", "Kalimantan Timur"],
      ["64.01", "Kabupaten Paser"],
    ]);
    expect(rows).toContainEqual(["64.74.01.1004", "Guntung", "Desa/Kelurahan", "Bontang Utara", "Kota Bontang"]);
    const english = await downloadAreas("officerB", "program-import.xlsx");
    expect(english[0]?.slice(0, 2)).toEqual(["code", "name"]);
    expect(english[1]?.[0]).toBe(AREAS.kutimVillage);
  });
});
