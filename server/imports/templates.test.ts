import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readForTest } from "./read.fixtures";
import { readSheet } from "./sheet";
import { IMPORT_FIELDS } from "./columns";
import { MAX_SHEET_DATA_ROWS } from "./imports.schemas";
import { buildCsvTemplate, buildXlsxTemplate, isExampleRef, type TemplateArea } from "./templates";

async function loadWorkbook(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

const AREAS: TemplateArea[] = [
  { code: "64.74.01.1004", name: "Guntung", level: 4, district: "Bontang Utara", regency: "Kota Bontang", usedByCompany: true },
  { code: "64", name: "Kalimantan Timur", level: 1, district: null, regency: null, usedByCompany: false },
  { code: "64.74", name: "Kota Bontang", level: 2, district: null, regency: null, usedByCompany: false },
];

// A template that the import would not read back is worse than none.
describe("import templates", () => {
  it.each(["id", "en"] as const)("reads back the %s templates' headers as every column", async (lang) => {
    const csv = await readSheet("t.csv", new TextEncoder().encode(buildCsvTemplate(lang) + "A-1\r\n"));
    const xlsx = await readSheet("t.xlsx", await buildXlsxTemplate(lang));
    for (const sheet of [csv, xlsx]) {
      const withRow = [...sheet.slice(0, 1), { row: 2, cells: ["A-1", "", "Pembangunan sumur bor Guntung"] }];
      const read = readForTest(withRow);
      // Every template column is read as its field; only the blank cells of the data row are wrong.
      const columnsRead = read.fileMessages.find((m) => m.message === "importNotes.columnsRead")?.params?.columns ?? "";
      expect(columnsRead.split("; ").map((c) => c.split(" → ")[1])).toEqual([...IMPORT_FIELDS]);
      expect(read.errors.map((e) => [e.row, e.field, e.message])).toEqual([
        [2, "target_group", "errors.targetGroupRequired"],
        [2, "locations", "errors.importPlaceMissing"],
        [2, "start_date", "errors.importStartMissing"],
      ]);
    }
    expect(csv[0]?.cells[0]).toBe(lang === "id" ? "kode_program" : "ref");
  });

  it.each(["id", "en"] as const)("carries an example row (%s) that the import skips, and imports the rows beside it", async (lang) => {
    for (const [name, bytes] of [
      ["t.csv", new TextEncoder().encode(buildCsvTemplate(lang))],
      ["t.xlsx", await buildXlsxTemplate(lang)],
    ] as const) {
      const sheet = await readSheet(name, bytes);
      expect(sheet[1]?.cells[0], name).toBe("CONTOH-1");
      expect(readForTest(sheet).errors, name).toEqual([{ row: null, field: null, message: "errors.importEmpty" }]);
      // A person's own row after it (here: the example with its ref changed) is read, the example is not.
      const own = { row: 3, cells: ["PKT-01", ...(sheet[1]?.cells.slice(1) ?? [])] };
      const { rows, errors } = readForTest([...sheet, own]);
      expect(rows.map((r) => [r.row, r.ref]), name).toEqual([[3, "PKT-01"]]);
      expect(errors, name).toEqual([]);
      expect(rows[0], name).toMatchObject({ areas: [{ code: "64.02.04.2006" }], targetGroup: "children", budgetIdr: 150_000_000, startDate: "2027-02-01" });
    }
  });

  it("writes the CSV example as text a person would type, quoted where it has commas", () => {
    const [, example] = buildCsvTemplate("id").replace(/^\uFEFF/, "").split("\r\n");
    expect(example).toBe(
      'CONTOH-1,PT Contoh Energi Kaltim,Posyandu balita stunting Desa Sungai Meriam,"Pemberian makanan tambahan (PMT) lokal, kelas gizi untuk ibu balita, dan pemantauan tumbuh kembang bulanan di 4 posyandu desa, bersama Puskesmas Anggana dan kader desa.",Kesehatan,balita stunting,"Desa Sungai Meriam, Kec. Anggana, Kukar",01/02/2027,31/12/2027,Rp 150.000.000,120',
    );
  });

  it("styles the XLSX example as one, with a note, typed cells, and the guide explaining it", async () => {
    const wb = await loadWorkbook(await buildXlsxTemplate("id", { areas: AREAS }));
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ["Program", "visible"],
      ["Petunjuk", "visible"],
      ["Wilayah", "visible"],
      ["Daftar", "hidden"],
    ]);
    const program = wb.getWorksheet("Program");
    const row = program?.getRow(2);
    expect(row?.getCell(5).value).toBe("Kesehatan");
    expect(row?.getCell(6).value).toBe("balita stunting");
    expect(row?.getCell(8).value).toEqual(new Date(Date.UTC(2027, 1, 1)));
    expect(row?.getCell(10).value).toBe(150_000_000);
    expect(row?.getCell(10).numFmt).toBe('"Rp "#,##0');
    expect(row?.getCell(3).font).toMatchObject({ italic: true, color: { argb: "FF808080" } });
    expect(String(row?.getCell(1).note)).toMatch(/CONTOH dilewati/);
    expect(wb.getWorksheet("Petunjuk")?.getCell("A1").value).toMatch(/^Baris contoh/);
  });

  it("offers drop-downs from the hidden list sheet: sector warns, target group only suggests", async () => {
    const wb = await loadWorkbook(await buildXlsxTemplate("id"));
    const program = wb.getWorksheet("Program");
    const lists = wb.getWorksheet("Daftar");
    const sector = program?.getCell("E2").dataValidation;
    expect(sector).toMatchObject({ type: "list", formulae: ["'Daftar'!$A$2:$A$8"], errorStyle: "warning", showErrorMessage: true, allowBlank: true });
    const last = MAX_SHEET_DATA_ROWS + 1;
    expect(program?.getCell(`E${last}`).dataValidation).toEqual(sector);
    const target = program?.getCell("F2").dataValidation;
    expect(target).toMatchObject({ type: "list", formulae: ["'Daftar'!$B$2:$B$14"], errorStyle: "information", allowBlank: true });
    expect(target?.showErrorMessage).toBeFalsy();
    expect(target?.prompt).toMatch(/balita stunting/);
    for (const cell of ["D2", "G2", `E${last + 1}`]) expect(program?.getCell(cell).dataValidation, cell).toBeUndefined();
    const column = (c: number) => (lists?.getColumn(c).values ?? []).slice(2);
    expect(column(1)).toEqual(["Ekonomi", "Pendidikan", "Kesehatan", "Lingkungan", "Sosial", "Infrastruktur", "Kebencanaan"]);
    expect(column(2)).toHaveLength(13);
    expect(column(2)).toContain("Anak dan balita");
    // The English template lists English labels, which the import reads as well.
    const en = await loadWorkbook(await buildXlsxTemplate("en"));
    expect(en.getWorksheet("Lists")?.getCell("A4").value).toBe("Health");
    expect(en.getWorksheet("Program")?.getCell("E2").dataValidation?.formulae).toEqual(["'Lists'!$A$2:$A$8"]);
  });

  it("lists areas with code, name, level, district and regency, the company's own first and marked", async () => {
    const wb = await loadWorkbook(await buildXlsxTemplate("id", { areas: AREAS }));
    const rows = (wb.getWorksheet("Wilayah")?.getSheetValues() ?? []).slice(1).map((r) => (Array.isArray(r) ? r.slice(1) : r));
    expect(rows).toEqual([
      ["kode", "nama", "tingkat", "kecamatan", "kabupaten/kota", "dipakai program Anda"],
      ["64.74.01.1004", "Guntung", "Desa/Kelurahan", "Bontang Utara", "Kota Bontang", "ya"],
      ["64", "Kalimantan Timur", "Provinsi", "", "", ""],
      ["64.74", "Kota Bontang", "Kabupaten/Kota", "", "", ""],
    ]);
  });
});

describe("example rows", () => {
  it.each([
    ["CONTOH-1", true],
    ["contoh 2", true],
    [" Contoh", true],
    ["EXAMPLE_3", true],
    ["CONTOHKU-1", false],
    ["PKT-CONTOH", false],
    ["", false],
  ])("%j is an example: %s", (ref, expected) => expect(isExampleRef(ref)).toBe(expected));
});
