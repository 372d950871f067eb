import ExcelJS from "exceljs";
import { afterEach, describe, expect, it } from "vitest";
import { parseTargetGroup, parseWholeNumberCell } from "./cells";
import { ImportFileError } from "./import-errors";
import { readForTest } from "./read.fixtures";
import { readSheet } from "./sheet";
import { detectDelimiter } from "./sheet-csv";

const bytes = (text: string) => new TextEncoder().encode(text);
const HEADER = "ref,company,title,description,sector,target_group,locations,start_date,end_date,budget_idr,beneficiaries";
const DESC = "PMT lokal bagi balita gizi kurang di posyandu selama sepuluh bulan.";

describe("reading CSV", () => {
  it("reads comma-separated rows with quotes, doubled quotes and a quoted line break", async () => {
    const csv = `${HEADER}\nA-1,"PT Alfa, Tbk","Judul ""PMT"" balita","${DESC}\nBaris kedua.",health,children,64.72.01.1001,2026-02-01,2026-11-30,250000000,120\n`;
    const rows = await readSheet("plan.csv", bytes(csv));
    expect(rows).toHaveLength(2);
    expect(rows[1]?.row).toBe(2);
    expect(rows[1]?.cells[1]).toBe("PT Alfa, Tbk");
    expect(rows[1]?.cells[2]).toBe('Judul "PMT" balita');
    expect(rows[1]?.cells[3]).toBe(`${DESC}\nBaris kedua.`);
    const { rows: parsed, errors } = readForTest(rows);
    expect(errors).toEqual([]);
    expect(parsed[0]?.description).toBe(`${DESC}\nBaris kedua.`); // paragraphs survive
  });

  it.each([
    ["a plain comma file", "a,b,c\n1,2,3\n", ","],
    ["a plain semicolon file", "a;b;c\r\n1;2;3\r\n", ";"],
    ["a tab file", "a\tb\tc\n1\t2\t3", "\t"],
    ["a title line above a semicolon table", "Rekap Penerima Bansos, Kec. Muara Kaman - 2025\nNo;Desa;Program;Jumlah\n1;Sedulang;PKH;3\n2;Liang Buaya;PIP;4\n", ";"],
    ["descriptions with more commas than the header has semicolons", "No;Judul;Uraian\n1;Sembako;beras, minyak, gula, telur, susu, mie\n2;PMT;susu, telur, kacang hijau\n", ";"],
    ["unquoted semicolon lists in a comma file", "ref,title,locations\nA-1,PMT,Desa A; Desa B; Desa C; Desa D\nA-2,Posyandu,Desa E\n", ","],
    ["quoted commas in a semicolon file", 'a;b\n"1,5 M";"x, y, z, w"\n', ";"],
    ["one line", "only one line, no table", ","],
  ])("tells the delimiter of %s", (_, text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it("detects a semicolon delimiter from the header, with a BOM and CRLF, keeping quoted `;` lists together", async () => {
    const csv = `\uFEFF${HEADER.replace(/,/g, ";")}\r\nA-1;PT Alfa;Judul program;${DESC};Kesehatan;Anak dan balita;"64.72.01.1001;64.02";2026-02-01;2026-11-30;150.000.000;120\r\n`;
    const rows = await readSheet("plan.csv", bytes(csv));
    expect(rows[0]?.cells[0]).toBe("ref"); // the BOM is not part of the first header
    expect(rows[1]?.cells).toHaveLength(11);
    expect(rows[1]?.cells[6]).toBe("64.72.01.1001;64.02");
    const { rows: parsed, errors } = readForTest(rows);
    expect(errors).toEqual([]);
    expect(parsed[0]).toMatchObject({
      ref: "A-1",
      sector: "health",
      targetGroup: "children",
      areas: [{ code: "64.72.01.1001" }, { code: "64.02" }],
      budgetIdr: 150_000_000,
      plannedBeneficiaries: 120,
    });
  });

  it("accepts Indonesian headers in any case, with spaces or underscores", async () => {
    const header =
      "Kode Program,PERUSAHAAN,judul,Deskripsi,sektor,Sasaran,kode_wilayah,Tanggal Mulai,tanggal_selesai,Anggaran (Rp),jumlah penerima";
    const csv = `${header}\nB-7,PT Beta,Beasiswa siswa SMA,${DESC},Pendidikan,pelajar dan mahasiswa,64.08,2026-07-01,2027-06-30,"1.250.000.000",40\n`;
    const { rows, errors } = readForTest(await readSheet("rencana.csv", bytes(csv)));
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({
      row: 2,
      ref: "B-7",
      sector: "education",
      targetGroup: "students",
      targetGroupText: null, // the label of a category: nothing to keep in words
      budgetIdr: 1_250_000_000,
      endDate: "2027-06-30",
      plannedBeneficiaries: 40,
    });
  });

  it("refuses other file types and a fake XLSX", async () => {
    await expect(readSheet("plan.xls", bytes("x"))).rejects.toThrow(ImportFileError);
    await expect(readSheet("plan.xlsx", bytes(HEADER))).rejects.toThrow("errors.fileUnreadable");
  });
});

describe("reading XLSX", () => {
  const tz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = tz;
  });

  async function workbook(fill: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    fill(wb.addWorksheet("Program"));
    wb.addWorksheet("Catatan").addRow(["this sheet is ignored"]);
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it("round-trips date cells without a time-zone shift, and numbers as cells or text", async () => {
    const file = await workbook((ws) => {
      ws.addRow(HEADER.split(","));
      ws.addRow([
        "X-1",
        "PT Alfa",
        "PMT balita",
        DESC,
        "KESEHATAN",
        "children",
        "64.72.01.1001",
        new Date(Date.UTC(2026, 1, 1)),
        new Date(Date.UTC(2026, 10, 30)),
        250_000_000,
        120,
      ]);
      ws.addRow([
        "X-2",
        "PT Alfa",
        "Sumur bor",
        DESC,
        "infrastructure",
        "Masyarakat umum",
        "64.02",
        "2026-03-01",
        "2026-09-30",
        "150.000.000",
        "75",
      ]);
      ws.getCell("H2").numFmt = "dd/mm/yyyy";
    });
    // West of Greenwich a local-time reading of a UTC midnight falls on the previous day.
    process.env.TZ = "America/Los_Angeles";
    const sheet = await readSheet("rencana.xlsx", file);
    const { rows, errors } = readForTest(sheet);
    expect(errors).toEqual([]);
    expect(rows.map((r) => r.row)).toEqual([2, 3]);
    expect(rows[0]).toMatchObject({ startDate: "2026-02-01", endDate: "2026-11-30", budgetIdr: 250_000_000, sector: "health" });
    expect(rows[1]).toMatchObject({
      startDate: "2026-03-01",
      budgetIdr: 150_000_000,
      plannedBeneficiaries: 75,
      targetGroup: "general_public",
    });
  });

  it("numbers rows as Excel does when the sheet has empty rows", async () => {
    const file = await workbook((ws) => {
      ws.addRow(HEADER.split(","));
      ws.addRow([]);
      ws.getCell("A4").value = "X-3";
      ws.getCell("B4").value = { richText: [{ text: "PT " }, { text: "Alfa", font: { bold: true } }] };
    });
    const sheet = await readSheet("rencana.xlsx", file);
    expect(sheet[1]).toEqual({ row: 4, cells: ["X-3", "PT Alfa"] }); // rich text read as "PT Alfa"
    const { errors } = readForTest(sheet);
    expect(new Set(errors.map((e) => e.row))).toEqual(new Set([4]));
  });
});

describe("cell values", () => {
  it("reads target group codes or labels, case-insensitively (sectors: sectors.test.ts)", () => {
    expect(parseTargetGroup("PENYANDANG DISABILITAS")).toBe("disabilities");
    expect(parseTargetGroup("poor households")).toBe("poor_households");
  });

  it("reads whole numbers written the Indonesian or English way, and nothing else", () => {
    expect(parseWholeNumberCell("150.000.000")).toBe(150_000_000);
    expect(parseWholeNumberCell("Rp 2.500.000,-")).toBe(2_500_000);
    expect(parseWholeNumberCell("1,250,000")).toBe(1_250_000);
    expect(parseWholeNumberCell(42)).toBe(42);
    expect(parseWholeNumberCell("1,5")).toBeNaN();
    expect(parseWholeNumberCell("12.34.5")).toBeNaN();
  });
});
