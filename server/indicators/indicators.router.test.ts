import { readFileSync } from "node:fs";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, indicators, users } from "@/db/schema";
import { readDemoIndicators } from "@/db/seed/demo-indicators";
import { readSheet } from "@/server/imports/sheet";
import { callerFor, createTestDatabase } from "@/server/test/harness";
import { seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { expectTrpcError } from "@/server/test/expect";
import { readIndicatorRows } from "./indicators.rows";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
const as = (key: keyof Fixtures["users"]) => callerFor(h.db, fx.users[key]);

const EN_HEADER = "area_code,area_name,year,poverty_rate_pct,poor_people,source";
const ID_HEADER = "kode_wilayah;nama_wilayah;tahun;persentase_penduduk_miskin;jumlah_penduduk_miskin;sumber";

/** A CSV upload of these lines (the first is the header), CRLF-separated as Excel writes it. */
const csv = (filename: string, ...lines: string[]) => ({
  filename,
  contentBase64: Buffer.from(lines.join("\r\n")).toString("base64"),
});

/** The stored figures of one area, as [year, measure, value, source]. */
async function figuresOf(areaCode: string) {
  const rows = await h.db.select().from(indicators).where(eq(indicators.areaCode, areaCode));
  return rows.map((r) => [r.year, r.measure, r.value, r.source]).sort((a, b) => String(a).localeCompare(String(b)));
}

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
});
afterAll(() => h?.close());

describe(`indicator import (${process.env.TEST_DB_KIND})`, () => {
  it("imports a valid CSV with Indonesian headers and decimal commas; the list shows values with year and source", async () => {
    const admin = await as("admin");
    const result = await admin.indicators.import(
      csv(
        "kemiskinan-2024.csv",
        ID_HEADER,
        "64.08;Kabupaten Kutai Timur;2024;8,81;;BPS Kutai Timur 2024",
        "64.11;Kabupaten Mahakam Ulu;2024;10,75%;2.900;BPS Mahakam Ulu 2024",
        "",
        "64.07;Kabupaten Kutai Barat;2024;;14490;BPS Kutai Barat 2024",
      ),
    );
    // Row 3 has no poor-people figure and row 6 no rate: an empty cell is no figure, never a zero.
    expect(result).toEqual({ status: "imported", rowCount: 3, figures: 4, created: 4, updated: 0 });

    const list = await admin.indicators.list({});
    expect(list.truncated).toBe(false);
    expect(list.items.map((r) => [r.areaCode, r.areaName, r.year, r.measure, r.value, r.source])).toEqual([
      ["64.07", "Kabupaten Kutai Barat", 2024, "poor_people", 14490, "BPS Kutai Barat 2024"],
      ["64.08", "Kabupaten Kutai Timur", 2024, "poverty_rate", 8.81, "BPS Kutai Timur 2024"],
      ["64.11", "Kabupaten Mahakam Ulu", 2024, "poverty_rate", 10.75, "BPS Mahakam Ulu 2024"],
      ["64.11", "Kabupaten Mahakam Ulu", 2024, "poor_people", 2900, "BPS Mahakam Ulu 2024"],
    ]);
    expect((await admin.indicators.list({ measure: "poor_people" })).items.map((r) => r.areaCode)).toEqual(["64.07", "64.11"]);

    const [audit] = await h.db.select().from(auditLog).where(eq(auditLog.action, "indicator.import"));
    expect(audit?.details).toMatchObject({ filename: "kemiskinan-2024.csv", rows: 3, figures: 4, created: 4, updated: 0 });
    const [stored] = await h.db.select().from(indicators).where(eq(indicators.areaCode, "64.08"));
    const [adminRow] = await h.db.select({ id: users.id }).from(users).where(eq(users.email, "admin@test.id"));
    expect(stored?.importedBy).toBe(adminRow?.id);
  });

  it("replaces a figure of the same area, measure and year instead of adding a second one", async () => {
    const admin = await as("admin");
    const result = await admin.indicators.import(
      csv(
        "koreksi.csv",
        EN_HEADER,
        "64.08,Kutai Timur,2024,8.8,29000,BPS Kutai Timur 2024 (revised)",
        "64.08,Kutai Timur,2023,9.01,,BPS Kutai Timur 2023",
      ),
    );
    // 2024's rate replaced; 2024's poor people and 2023's rate are new.
    expect(result).toEqual({ status: "imported", rowCount: 2, figures: 3, created: 2, updated: 1 });
    expect(await figuresOf("64.08")).toEqual([
      [2023, "poverty_rate", 9.01, "BPS Kutai Timur 2023"],
      [2024, "poor_people", 29000, "BPS Kutai Timur 2024 (revised)"],
      [2024, "poverty_rate", 8.8, "BPS Kutai Timur 2024 (revised)"],
    ]);
    const list = await admin.indicators.list({ year: 2024 });
    expect(list.items.filter((r) => r.areaCode === "64.08").map((r) => [r.measure, r.value])).toEqual([
      ["poverty_rate", 8.8],
      ["poor_people", 29000],
    ]);
  });

  it("imports an XLSX file with numeric cells", async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("Kemiskinan");
    sheet.addRow(["kode_wilayah", "tahun", "persentase_penduduk_miskin", "jumlah_penduduk_miskin", "sumber"]);
    sheet.addRow(["64.72", 2022, 4.53, 38460, "BPS Kota Samarinda 2022"]);
    sheet.addRow(["64.71", 2022, 2.52, null, "BPS Kota Balikpapan 2022"]);
    const file = { filename: "kemiskinan.xlsx", contentBase64: Buffer.from(await wb.xlsx.writeBuffer()).toString("base64") };
    const result = await (await as("admin")).indicators.import(file);
    expect(result).toEqual({ status: "imported", rowCount: 2, figures: 3, created: 3, updated: 0 });
    expect(await figuresOf("64.72")).toEqual([
      [2022, "poor_people", 38460, "BPS Kota Samarinda 2022"],
      [2022, "poverty_rate", 4.53, "BPS Kota Samarinda 2022"],
    ]);
  });

  it("stores 8.81 for a percent-formatted XLSX cell holding 0.0881, and for the text forms of it", async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("Kemiskinan");
    sheet.addRow(["Kode Wilayah", "Tahun", "Persentase Penduduk Miskin", "Sumber"]);
    sheet.addRow(["64.07", 2019, 0.0881, "BPS Kutai Barat 2019"]);
    sheet.getCell("C2").numFmt = "0.00%"; // the sheet shows 8.81%
    sheet.addRow(["64.08", 2019, 0.0715, "BPS Kutai Timur 2019"]);
    sheet.getCell("C3").numFmt = "0%"; // shows 7%, holds 7.15%
    sheet.addRow(["64.11", 2019, "8,81%", "BPS Mahakam Ulu 2019"]);
    sheet.addRow(["64.71", 2019, "8.81\u00A0%", "BPS Balikpapan 2019"]);
    sheet.addRow(["64.72", 2019, "8,81", "BPS Samarinda 2019"]);
    const file = { filename: "kemiskinan-2019.xlsx", contentBase64: Buffer.from(await wb.xlsx.writeBuffer()).toString("base64") };
    const admin = await as("admin");
    expect(await admin.indicators.import(file)).toMatchObject({ status: "imported", rowCount: 5, figures: 5 });
    // Areas other tests use too (the jurisdiction test lists them), in a year none of them fills.
    const list = await admin.indicators.list({ year: 2019 });
    expect(list.items.map((r) => [r.areaCode, r.value])).toEqual([
      ["64.07", 8.81],
      ["64.08", 7.15],
      ["64.11", 8.81],
      ["64.71", 8.81],
      ["64.72", 8.81],
    ]);
  });

  it("stores nothing from a file with bad rows and reports every error by row and column", async () => {
    const before = await h.db.select().from(indicators);
    const result = await (await as("admin")).indicators.import(
      csv(
        "salah.csv",
        ID_HEADER,
        "64.99;Tidak ada;2024;7,5;1000;BPS", // row 2: unknown area code
        "64.01;Paser;2024;120;;BPS", // row 3: rate above 100
        "64.02;Kukar;2024;-1;;BPS", // row 4: negative rate
        "64.03;Berau;2024;5,2;;", // row 5: no source
        "64.09;PPU;20x4;7,49;;BPS", // row 6: year not a number
        "64.74;Bontang;2024;4,1;banyak;BPS", // row 7: poor people not a number
        "64.01;Paser;2024;9;;BPS", // row 8: fine on its own
        "64.71;Balikpapan;2024;;-5;BPS", // row 9: negative count
        "64.72;Samarinda;1989;4;;BPS", // row 10: year before 1990
        "64,72;Samarinda;2024;4;;BPS", // row 11: malformed code
        "64.72;Samarinda;2024;;;BPS", // row 12: no figure at all
        "64.11;Mahulu;2024;10,75;1500,5;BPS", // row 13: a fraction of a person is no count
        "64.01;Paser;2024;9,1;;BPS lain", // row 14: same area, year and measure as row 8
      ),
    );
    expect(result.status).toBe("invalid");
    if (result.status !== "invalid") return;
    expect(result.rowCount).toBe(13);
    expect(result.errorCount).toBe(12);
    expect(result.errors.map((e) => [e.row, e.column, e.message, e.params ?? null])).toEqual([
      [2, "kode_wilayah", "errors.importAreaUnknown", { codes: "64.99" }],
      [3, "persentase_penduduk_miskin", "indicators.errors.percent", null],
      [4, "persentase_penduduk_miskin", "indicators.errors.percent", null],
      [5, "sumber", "errors.required", null],
      [6, "tahun", "errors.year", null],
      [7, "jumlah_penduduk_miskin", "errors.number", null],
      [9, "jumlah_penduduk_miskin", "errors.notNegative", null],
      [10, "tahun", "errors.year", null],
      [11, "kode_wilayah", "errors.areaCode", null],
      [12, "persentase_penduduk_miskin", "indicators.errors.noMeasure", null],
      [13, "jumlah_penduduk_miskin", "errors.number", null],
      [14, "persentase_penduduk_miskin", "indicators.errors.duplicateRow", { row: "8" }],
    ]);
    expect(result.errors[0]?.field).toBe("area_code");
    expect(await h.db.select().from(indicators)).toEqual(before);
    const [audit] = await h.db.select().from(auditLog).where(eq(auditLog.action, "indicator.import_rejected"));
    expect(audit?.details).toMatchObject({ filename: "salah.csv", rows: 13, errors: 12 });
  });

  it("names a missing or repeated column once, on the header row, before reading any data row", async () => {
    const admin = await as("admin");
    const missing = await admin.indicators.import(csv("tanpa-sumber.csv", "kode_wilayah,tahun,persentase_penduduk_miskin", "64.08,2024,8.81"));
    expect(missing).toMatchObject({
      status: "invalid",
      errors: [{ row: 1, field: "source", column: "source", message: "errors.importColumnMissing" }],
    });
    const noFigure = await admin.indicators.import(csv("tanpa-angka.csv", "kode_wilayah,tahun,sumber", "64.08,2024,BPS"));
    expect(noFigure).toMatchObject({ status: "invalid", errors: [{ row: 1, message: "errors.importColumnMissing" }] });
    const twice = await admin.indicators.import(
      csv("dua-kali.csv", "kode_wilayah,tahun,p0,persentase_kemiskinan,sumber", "64.08,2024,8.81,8.81,BPS"),
    );
    expect(twice).toMatchObject({
      status: "invalid",
      errors: [{ row: 1, field: "poverty_rate_pct", column: "persentase_kemiskinan", message: "errors.importColumnDuplicate" }],
    });
    const empty = await admin.indicators.import(csv("kosong.csv", EN_HEADER, ",,,,,"));
    expect(empty).toMatchObject({ status: "invalid", errors: [{ row: null, message: "indicators.errors.empty" }] });
    // A workbook without a sheet is an empty file of figures too, not "no program rows".
    const noSheet = Buffer.from(await new ExcelJS.Workbook().xlsx.writeBuffer()).toString("base64");
    expect(await admin.indicators.import({ filename: "kosong.xlsx", contentBase64: noSheet })).toMatchObject({
      status: "invalid",
      errors: [{ row: null, message: "indicators.errors.empty" }],
    });
    const notZip = await admin.indicators.import({ filename: "rusak.xlsx", contentBase64: Buffer.from("bukan excel").toString("base64") });
    expect(notZip).toMatchObject({ status: "invalid", errorCount: 1, errors: [{ row: null, message: "errors.fileUnreadable" }] });
  });

  it("refuses figures outside the admin's jurisdiction, and stores none of the file's figures then", async () => {
    const adminKutim = await as("adminKutim");
    const result = await adminKutim.indicators.import(
      csv(
        "kutim.csv",
        EN_HEADER,
        "64.08.16,Karangan,2024,12.4,1200,BPS Kutai Timur",
        "64.72,Samarinda,2024,4.1,,BPS Samarinda", // another regency
        "64,Kalimantan Timur,2024,5.78,,BPS Kaltim", // the province above
      ),
    );
    expect(result).toMatchObject({
      status: "invalid",
      errorCount: 2,
      errors: [
        { row: 3, field: "area_code", column: "area_code", message: "errors.outsideJurisdiction" },
        { row: 4, field: "area_code", column: "area_code", message: "errors.outsideJurisdiction" },
      ],
    });
    expect(await figuresOf("64.08.16")).toEqual([]);

    const own = await adminKutim.indicators.import(csv("kutim.csv", EN_HEADER, "64.08.16,Karangan,2024,12.4,1200,BPS Kutai Timur"));
    expect(own).toMatchObject({ status: "imported", created: 2 });
    expect(await figuresOf("64.08.16")).toEqual([
      [2024, "poor_people", 1200, "BPS Kutai Timur"],
      [2024, "poverty_rate", 12.4, "BPS Kutai Timur"],
    ]);
  });

  it("lets only admins import: reviewers, viewers and officers are refused before the file is read, strangers too", async () => {
    const file = csv("kemiskinan.csv", EN_HEADER, "64.08,Kutai Timur,2025,8.5,,BPS");
    for (const key of ["reviewer", "reviewerKutim", "viewer", "officerA"] as const) {
      await expectTrpcError((await as(key)).indicators.import(file), "FORBIDDEN");
      // A malformed upload is refused for the role, not for its format.
      await expectTrpcError((await as(key)).indicators.import({ filename: "x.exe", contentBase64: "!" }), "FORBIDDEN");
    }
    await expectTrpcError((await callerFor(h.db, null)).indicators.import(file), "UNAUTHORIZED");
    expect(await h.db.select().from(indicators).where(and(eq(indicators.areaCode, "64.08"), eq(indicators.year, 2025)))).toEqual([]);
    const bad = await expectTrpcError((await as("admin")).indicators.import({ filename: "kemiskinan.xls", contentBase64: "AAAA" }), "BAD_REQUEST");
    expect(bad).toEqual({ filename: "errors.fileType" });
  });

  it("lists each reader's own jurisdiction only, and refuses officers", async () => {
    const national = await as("adminNational");
    expect(await national.indicators.import(csv("kaltara.csv", EN_HEADER, "65.01,Malinau,2024,7.2,6000,BPS Kaltara"))).toMatchObject({
      status: "imported",
    });
    const codes = async (key: keyof Fixtures["users"]) => [...new Set((await (await as(key)).indicators.list({})).items.map((r) => r.areaCode))].sort();
    expect(await codes("viewer")).toEqual(["64.07", "64.08", "64.08.16", "64.11", "64.71", "64.72"]);
    expect(await codes("reviewerKutim")).toEqual(["64.08", "64.08.16"]);
    expect(await codes("reviewerKaltara")).toEqual(["65.01"]);
    expect(await codes("adminNational")).toContain("65.01");
    // Asking for another area narrows within the jurisdiction, never past it.
    expect(await codes("viewer")).not.toContain("65.01");
    const asked = await (await as("reviewerKutim")).indicators.list({ areaWithin: "64.72" });
    expect(asked.items).toEqual([]);
    const within = await (await as("viewer")).indicators.list({ areaWithin: "64.08" });
    expect([...new Set(within.items.map((r) => r.areaCode))].sort()).toEqual(["64.08", "64.08.16"]);
    await expectTrpcError((await as("officerA")).indicators.list({}), "FORBIDDEN");
    await expectTrpcError((await callerFor(h.db, null)).indicators.list({}), "UNAUTHORIZED");
  });
});

describe(`the shipped demo figures (${process.env.TEST_DB_KIND})`, () => {
  const file = path.join(process.cwd(), "db", "seed", "data", "kaltim-poverty.csv");

  it("read through the import's own reader without an error, to the figures the demo seed loads", async () => {
    const read = readIndicatorRows(await readSheet("kaltim-poverty.csv", readFileSync(file)));
    expect(read.errors).toEqual([]);
    const key = (v: { areaCode: string; year: number; measure: string }) => `${v.areaCode}|${v.year}|${v.measure}`;
    const fromImport = read.values.map(({ areaCode, year, measure, value, source }) => ({ areaCode, year, measure, value, source }));
    const fromSeed = readDemoIndicators(file);
    expect(fromImport.sort((a, b) => key(a).localeCompare(key(b)))).toEqual(fromSeed.sort((a, b) => key(a).localeCompare(key(b))));
    // Mahakam Ulu's 2016 count and Bontang's counts were not published: no figure, not a zero.
    expect(fromSeed.some((v) => v.areaCode === "64.74" && v.measure === "poor_people")).toBe(false);
    expect(fromSeed).toHaveLength(16 * 2 - 4);
  });

  it("names every source in Indonesian, keeping the address it was read from", () => {
    const sources = [...new Set(readDemoIndicators(file).map((v) => v.source))];
    for (const source of sources) {
      expect(source, source).toMatch(/^BPS\b.*dikutip dari /);
      expect(source, source).not.toMatch(/\b(as reported|reported by|release|press|Feb|Aug)\b/i);
    }
    expect(sources).toContain("BPS Provinsi Kaltim, dikutip dari ANTARA Kaltim (kaltim.antaranews.com/berita/39213)");
  });

  it("imports through the router, every area known and within the province", async () => {
    const result = await (await as("admin")).indicators.import({ filename: "kaltim-poverty.csv", contentBase64: readFileSync(file).toString("base64") });
    expect(result).toMatchObject({ status: "imported", rowCount: 16, figures: 28 });
  });
});
