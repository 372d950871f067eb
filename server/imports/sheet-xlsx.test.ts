import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readWithExcelJs, trimEnd } from "./exceljs-reader.fixtures";
import { readForTest } from "./read.fixtures";
import { readSheet } from "./sheet";
import { readSheetOrRefuse } from "./preview.service";
import { isPercentFormat } from "./xlsx-parts";
import { buildXlsx, buildZip, SHEET_HEAD, SHEET_TAIL, workbookParts } from "./zip.fixtures";

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

async function readBoth(wb: ExcelJS.Workbook) {
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const bounded = (await readSheet("f.xlsx", bytes)).map((r) => ({ row: r.row, cells: trimEnd(r.cells) }));
  return { bounded, full: await readWithExcelJs(bytes) };
}

describe("the bounded XLSX reader reads what exceljs's full reader read", () => {
  it("text, numbers, dates by format, booleans, formula results, rich text, links, merges and gaps", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Program");
    wb.addWorksheet("Catatan").addRow(["this sheet is ignored"]);
    ws.addRow(["ref", "title", "start", "budget", "flag", "note"]);
    ws.addRow(["A-1", "Judul <&> \"kutip\" 'x'", utc(2026, 2, 1), 250_000_000, true, "  spasi  \nbaris"]);
    ws.getCell("C3").value = 45_000; // a number under a date format, typed by hand
    ws.getCell("C3").numFmt = "dd/mm/yyyy";
    ws.getCell("D3").value = 0.25;
    ws.getCell("D3").numFmt = "#,##0.00"; // percent formats differ on purpose: see below
    ws.getCell("E3").value = false;
    ws.getCell("A3").value = { richText: [{ text: "PT " }, { text: "Alfa", font: { bold: true } }] };
    ws.getCell("B3").value = { text: "Situs", hyperlink: "https://example.org" };
    ws.getCell("A4").value = { formula: "D2/1000", result: 250_000 };
    ws.getCell("B4").value = { formula: 'UPPER("abc")', result: "ABC" };
    ws.getCell("C4").value = { formula: "DATE(2026,3,1)", result: utc(2026, 3, 1) };
    ws.getCell("C4").numFmt = "yyyy-mm-dd";
    ws.getCell("D4").value = { formula: "1=1", result: true };
    ws.getCell("E4").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    ws.getCell("F4").value = { formula: "A4+1" };
    ws.getCell("A5").value = { formula: "A4*2", result: 500_000 };
    ws.getCell("A6").value = { sharedFormula: "A5", result: 1_000_000 };
    // row 7 left empty, row 8 styled but empty
    ws.getCell("B8").numFmt = "0.00";
    ws.getCell("B9").value = "PT Beta (merged down)";
    ws.mergeCells("B9:B11");
    ws.getCell("C11").value = "own row";
    ws.getCell("C12").value = utc(2027, 12, 31);
    ws.mergeCells("C12:E12");
    ws.getCell("F13").value = "150.000.000";
    const { bounded, full } = await readBoth(wb);
    expect(bounded).toEqual(full);
    // And what that is, spelled out for the cases an import depends on.
    expect(bounded.map((r) => r.row)).toEqual([1, 2, 3, 4, 5, 6, 9, 10, 11, 12, 13]);
    expect(bounded[1]?.cells).toEqual(["A-1", "Judul <&> \"kutip\" 'x'", utc(2026, 2, 1), 250_000_000, "TRUE", "  spasi  \nbaris"]);
    expect(bounded[2]?.cells).toEqual(["PT Alfa", "Situs", new Date(Date.UTC(2023, 2, 15)), 0.25, "FALSE"]);
    expect(bounded[3]?.cells).toEqual([250_000, "ABC", utc(2026, 3, 1), "TRUE"]);
    expect(bounded[8]?.cells).toEqual([null, "PT Beta (merged down)", "own row"]);
    expect(bounded[9]?.cells).toEqual([null, null, utc(2027, 12, 31), utc(2027, 12, 31), utc(2027, 12, 31)]);
  });

  it("reads dates of a 1904 workbook", async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet("Program");
    ws.addRow(["start"]);
    ws.addRow([utc(2026, 2, 1)]);
    const { bounded, full } = await readBoth(wb);
    expect(bounded).toEqual(full);
    expect(bounded[1]?.cells).toEqual([utc(2026, 2, 1)]);
  });
});

describe("percent-formatted cells: the text they show, not the fraction they hold", () => {
  it("reads 0.0881 under a percent format as 8.81%, and a quoted or escaped % as a plain number", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Kemiskinan");
    ws.addRow(["a", "b", "c", "d", "e", "f", "g"]);
    const cells: [ExcelJS.CellValue, string][] = [
      [0.0881, "0.00%"],
      [0.0881, "0%"], // Excel shows 9%; the value is kept, not the rounding
      [0.123456, "0.0%"],
      [{ formula: "A2*2", result: 0.1762 }, "0.00%"],
      [0.0881, '0.00"%"'],
      [8.81, "0.00\\%"],
      [0.0881, "0.0000"],
    ];
    cells.forEach(([value, numFmt], i) => {
      const cell = ws.getCell(2, i + 1);
      cell.value = value;
      cell.numFmt = numFmt;
    });
    const rows = await readSheet("f.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(rows[1]?.cells).toEqual(["8.81%", "8.81%", "12.3456%", "17.62%", 0.0881, 8.81, 0.0881]);
  });

  it("knows the built-in percent formats 9 and 10 and custom codes with a bare %", async () => {
    const styles =
      '<numFmts><numFmt numFmtId="164" formatCode="0.0%;[Red]\\-0.0%"/><numFmt numFmtId="165" formatCode="0.0&quot;%&quot;"/></numFmts>' +
      '<cellXfs><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="10"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs>';
    const row =
      '<row r="1"><c r="A1" s="1"><v>0.5</v></c><c r="B1" s="2"><v>8.8100000000000001E-2</v></c>' +
      '<c r="C1" s="3"><v>-0.05</v></c><c r="D1" s="4"><v>8.81</v></c><c r="E1"><v>0.0881</v></c></row>';
    expect(await readSheet("f.xlsx", buildXlsx(row, { styles }))).toEqual([{ row: 1, cells: ["50%", "8.81%", "-5%", 8.81, 0.0881] }]);
    expect(["0%", "0.00%", "#,##0.0%", "0.0%;-0.0%", '[Red]0%;"n/a"'].map(isPercentFormat)).toEqual([true, true, true, true, true]);
    expect(["0.00", '0.0"%"', "0.0\\%", "0.0_%", "[$%-409]0", "General"].map(isPercentFormat)).toEqual([false, false, false, false, false, false]);
  });

  it("refuses a percent-styled budget in a program sheet instead of reading it a hundred times smaller", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Program");
    ws.addRow(["ref", "title", "description", "sector", "target_group", "locations", "start_date", "end_date", "budget_idr", "beneficiaries"]);
    ws.addRow(["A-1", "PMT balita", "PMT lokal bagi balita gizi kurang di posyandu.", "Kesehatan", "children", "64.72.01.1001", "1/2/2026", "30/11/2026", 1.5, 120]);
    ws.getCell("I2").numFmt = "0%";
    const rows = await readSheet("f.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(readForTest(rows).errors).toEqual([{ row: 2, field: "budget_idr", message: "errors.importRupiah", params: { value: "150%" } }]);
  });
});

describe("XLSX files other writers make", () => {
  it("reads inline strings, prefixed elements, cells and rows without references, and ISO date cells", async () => {
    const rows =
      '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>ref</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:r><x:t>ju</x:t></x:r><x:r><x:t xml:space="preserve">dul</x:t></x:r></x:is></x:c></x:row>' +
      '<x:row><x:c t="s"><x:v>1</x:v></x:c><x:c t="d"><x:v>2026-02-01</x:v></x:c><x:c r="D2" s="1"><x:v>46054</x:v></x:c></x:row>';
    const file = buildXlsx(rows.replace(/<(\/?)(?!x:)/g, "<$1"), {
      sharedStrings: "<si><t>unused</t></si><si><r><t>PT </t></r><r><t>Alfa</t></r><rPh><t>ピーティー</t></rPh></si>",
      styles:
        '<numFmts><numFmt numFmtId="164" formatCode="d&quot; &quot;mmmm&quot; &quot;yyyy"/></numFmts><cellStyleXfs><xf numFmtId="14"/></cellStyleXfs><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>',
    });
    const rowsRead = await readSheet("f.xlsx", file);
    expect(rowsRead).toEqual([
      { row: 1, cells: ["ref", "judul"] },
      { row: 2, cells: ["PT Alfa", utc(2026, 2, 1), null, utc(2026, 2, 1)] },
    ]);
  });

  it("reads the first sheet in tab order, whatever order the archive stores the parts in", async () => {
    const parts = workbookParts({ sharedStrings: "<si><t>dari sheet2</t></si>" });
    const [workbook, rels, strings] = parts;
    if (!workbook || !rels || !strings) throw new Error("fixture parts missing");
    workbook.data = String(workbook.data).replace(
      /<sheets>.*<\/sheets>/,
      '<sheets><sheet name="Satu" sheetId="1" r:id="rId9"/><sheet name="Dua" sheetId="2" r:id="rId1"/></sheets>',
    );
    rels.data = String(rels.data).replace(
      "</Relationships>",
      '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/></Relationships>',
    );
    const file = buildZip([
      { name: "xl/worksheets/sheet1.xml", data: `${SHEET_HEAD}<row r="1"><c r="A1"><v>1</v></c></row>${SHEET_TAIL}` },
      { name: "xl/worksheets/sheet2.xml", data: `${SHEET_HEAD}<row r="3"><c r="B3" t="s"><v>0</v></c></row>${SHEET_TAIL}` },
      strings,
      workbook,
      rels,
    ]);
    expect(await readSheet("f.xlsx", file)).toEqual([{ row: 3, cells: [null, "dari sheet2"] }]);
  });

  it("says the file is unreadable when the XML or the archive is broken", async () => {
    await expect(readSheet("f.xlsx", buildXlsx('<row r="1"><c r="A1"><v>1</v></row>'))).rejects.toThrow("errors.fileUnreadable");
    const file = buildXlsx('<row r="1"><c r="A1"><v>1</v></c></row>');
    await expect(readSheet("f.xlsx", file.subarray(0, file.length - 30))).rejects.toThrow("errors.fileUnreadable");
    const noSheet = buildZip(workbookParts());
    await expect(readSheet("f.xlsx", noSheet)).rejects.toThrow("errors.fileUnreadable");
  });
});

describe("workbooks with more than one sheet", () => {
  async function workbook(build: (wb: ExcelJS.Workbook) => void) {
    const wb = new ExcelJS.Workbook();
    build(wb);
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }
  const table = (ws: ExcelJS.Worksheet, title: string) => {
    ws.addRow(["RENCANA PROGRAM TJSL 2026"]);
    ws.addRow([]);
    ws.addRow(["No", "Nama Program", "Bidang", "Lokasi", "Sasaran", "Anggaran (Rp)"]);
    ws.addRow([1, title, "Kesehatan", "Kel. Sidodadi, Samarinda", "balita", "Rp 50.000.000"]);
  };

  it("passes over a cover page and an instructions tab to the first sheet with the program table", async () => {
    const bytes = await workbook((wb) => {
      wb.addWorksheet("Cover").addRow(["LAPORAN RENCANA KEGIATAN CSR", "PT Borneo Prima"]);
      wb.addWorksheet("Petunjuk").addRows([["Isi satu baris per program."], ["Lokasi: desa, kecamatan, kabupaten."]]);
      table(wb.addWorksheet("Rencana 2026"), "PMT balita Sidodadi");
      table(wb.addWorksheet("Rencana 2027"), "PMT balita tahun depan");
    });
    const read = await readSheetOrRefuse("rencana.xlsx", bytes);
    expect("sheet" in read && read.sheet.map((r) => r.cells[0])).toEqual(["RENCANA PROGRAM TJSL 2026", "No", 1]);
    expect(readForTest("sheet" in read ? read.sheet : []).rows.map((r) => r.title)).toEqual(["PMT balita Sidodadi"]);
    // Without a test of what it looks for, the reader keeps to the first sheet, as before.
    expect((await readSheet("rencana.xlsx", bytes)).map((r) => r.cells[0])).toEqual(["LAPORAN RENCANA KEGIATAN CSR"]);
  });

  it("looks at hidden sheets last, and falls back to the first sheet when none has the table", async () => {
    const hiddenFirst = await workbook((wb) => {
      const lookup = wb.addWorksheet("Referensi", { state: "hidden" });
      table(lookup, "Contoh tersembunyi");
      table(wb.addWorksheet("Data"), "PMT balita yang terlihat");
    });
    const read = await readSheetOrRefuse("f.xlsx", hiddenFirst);
    expect(readForTest("sheet" in read ? read.sheet : []).rows.map((r) => r.title)).toEqual(["PMT balita yang terlihat"]);

    const none = await workbook((wb) => {
      wb.addWorksheet("Cover").addRow(["hanya sampul"]);
      wb.addWorksheet("Lain").addRow(["catatan"]);
    });
    const fallback = await readSheetOrRefuse("f.xlsx", none);
    expect("sheet" in fallback && fallback.sheet.map((r) => r.cells[0])).toEqual(["hanya sampul"]);
    expect(readForTest("sheet" in fallback ? fallback.sheet : []).errors).toEqual([{ row: null, field: null, message: "errors.importHeaderNotFound" }]);
  });
});
