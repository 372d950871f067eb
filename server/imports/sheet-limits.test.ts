import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { en } from "@/lib/i18n/messages/en";
import { id } from "@/lib/i18n/messages/id";
import { ImportFileError } from "./import-errors";
import { MAX_IMPORT_BYTES, MAX_SHEET_DATA_ROWS, MAX_UNPACKED_BYTES } from "./imports.schemas";
import { readSheet } from "./sheet";
import { SHEET_LEADING_ROWS } from "./sheet-limits";
import { buildXlsx, buildZip, deflateRepeated, SHEET_HEAD, SHEET_TAIL, workbookParts } from "./zip.fixtures";

const MB = 1024 * 1024;

/**
 * Reads a hostile file and returns the catalog key it was refused with, failing when reading took
 * 2 s or more, or the process grew by 200 MB or more: the limits must hold while reading, not after.
 */
async function refusal(filename: string, bytes: Uint8Array): Promise<string> {
  const rss = process.memoryUsage().rss;
  const started = performance.now();
  const outcome = await readSheet(filename, bytes).then(
    (rows) => `read ${rows.length} rows`,
    (err: unknown) => (err instanceof ImportFileError ? err.message : `unexpected ${String(err)}`),
  );
  expect(performance.now() - started).toBeLessThan(5000); // the unbounded reader took 24.7 s; a loaded CI host needs headroom
  expect(process.memoryUsage().rss - rss).toBeLessThan(200 * MB);
  return outcome;
}

const sheetOf = (bomb: { deflated: Uint8Array; size: number }, declaredSize: number) =>
  buildZip([...workbookParts(), { name: "xl/worksheets/sheet1.xml", data: bomb.deflated, size: bomb.size, declaredSize }]);

describe("V1: a small upload cannot make the server unpack or hold a huge sheet", () => {
  // 3,000,000 filled rows: about 147 MB of XML that deflates to some 430 KB, like the probe's 560 KB file.
  let rowsBomb: { deflated: Uint8Array; size: number };
  // The same number of blank rows, which no row limit stops.
  let blankBomb: { deflated: Uint8Array; size: number };
  beforeAll(async () => {
    rowsBomb = await deflateRepeated(SHEET_HEAD, '<row><c t="inlineStr"><is><t>x</t></is></c></row>', 3_000_000, SHEET_TAIL);
    blankBomb = await deflateRepeated(SHEET_HEAD, "<row/>", 3_000_000, SHEET_TAIL);
    expect(rowsBomb.deflated.length).toBeLessThan(MB);
    expect(rowsBomb.size).toBeGreaterThan(100 * MB);
  });

  it("refuses an XLSX bomb from its declared size, before unpacking anything", async () => {
    expect(await refusal("bom.xlsx", sheetOf(rowsBomb, rowsBomb.size))).toBe("errors.fileUnpackedTooLarge");
  });

  it("stops reading a bomb that understates its size at the first row past the limit", async () => {
    // 10 MB declared passes the size and ratio checks; the rows give it away as they are read.
    expect(await refusal("bom.xlsx", sheetOf(rowsBomb, 10 * MB))).toBe("errors.sheetTooManyRows");
  });

  it("stops unpacking a part at the size it declared, when no row limit would stop it", async () => {
    expect(await refusal("bom.xlsx", sheetOf(blankBomb, 2 * MB))).toBe("errors.fileUnpackedTooLarge");
  });

  it("refuses an entry compressed beyond any spreadsheet's ratio", async () => {
    const size = MAX_UNPACKED_BYTES / 2;
    const honest = await deflateRepeated(SHEET_HEAD, "<row/>", Math.floor(size / 6), SHEET_TAIL);
    expect(await refusal("bom.xlsx", sheetOf(honest, honest.size))).toBe("errors.fileUnpackedTooLarge");
  });

  it("refuses nested archives and archives of too many parts", async () => {
    const inner = buildXlsx('<row r="1"><c r="A1"><v>1</v></c></row>');
    const nested = buildZip([
      ...workbookParts(),
      { name: "xl/worksheets/sheet1.xml", data: SHEET_HEAD + SHEET_TAIL },
      { name: "xl/embeddings/lagi.xlsx", data: Buffer.from(inner).toString("latin1") },
    ]);
    expect(await refusal("a.xlsx", nested)).toBe("errors.fileArchiveParts");
    const many = buildZip([
      ...workbookParts(),
      { name: "xl/worksheets/sheet1.xml", data: SHEET_HEAD + SHEET_TAIL },
      ...Array.from({ length: 1000 }, (_, i) => ({ name: `xl/media/p${i}.txt`, data: "x" })),
    ]);
    expect(await refusal("a.xlsx", many)).toBe("errors.fileArchiveParts");
  });

  it("stops reading a CSV of a million short lines at the row limit", async () => {
    const csv = new TextEncoder().encode("ref\n" + "a\n".repeat(1_000_000));
    expect(await refusal("rencana.csv", csv)).toBe("errors.sheetTooManyRows");
  });

  it("refuses a CSV line of a million fields at the column limit, and a file over the byte limit", async () => {
    expect(await refusal("rencana.csv", new TextEncoder().encode(`ref;${"x;".repeat(1_000_000)}\n`))).toBe("errors.sheetTooManyColumns");
    expect(await refusal("rencana.csv", new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61))).toBe("errors.fileTooLarge");
    const wide = buildXlsx('<row r="1"><c r="A1"><v>1</v></c><c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row>');
    expect(await refusal("a.xlsx", wide)).toBe("errors.sheetTooManyColumns");
  });

  it("does not expand entities a document type declares (a billion laughs)", async () => {
    const entities = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join("");
    const sheet = `<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY l0 "lol">${entities}]>${SHEET_HEAD.replace(/^<\?xml[^>]*>/, "")}<row r="1"><c r="A1" t="inlineStr"><is><t>&l9;</t></is></c></row>${SHEET_TAIL}`;
    const file = buildZip([...workbookParts(), { name: "xl/worksheets/sheet1.xml", data: sheet }]);
    expect(await refusal("a.xlsx", file)).toBe("errors.fileUnreadable");
  });

  it("refuses a merge that would copy one cell down a million rows", async () => {
    const file = buildZip([
      ...workbookParts(),
      {
        name: "xl/worksheets/sheet1.xml",
        data: `${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData><mergeCells><mergeCell ref="A1:A1048576"/></mergeCells></worksheet>`,
      },
    ]);
    expect(await refusal("a.xlsx", file)).toBe("errors.sheetTooManyRows");
  });
});

describe("the row limit", () => {
  const csvRows = (n: number, blankEvery = 0) =>
    ["ref", ...Array.from({ length: n }, (_, i) => (blankEvery && i % blankEvery === 0 ? "\n" : "") + `A-${i}`)].join("\n");

  // Title rows may sit above the header; the program import holds the rows after its header to the limit exactly.
  const READABLE = MAX_SHEET_DATA_ROWS + SHEET_LEADING_ROWS;

  it(`reads ${MAX_SHEET_DATA_ROWS} data rows and up to ${SHEET_LEADING_ROWS} rows above them, blank rows not counted`, async () => {
    const rows = await readSheet("r.csv", new TextEncoder().encode(csvRows(READABLE, 10)));
    expect(rows).toHaveLength(READABLE + 1);
    expect(rows.at(-1)?.row).toBe(READABLE + 1 + Math.ceil(READABLE / 10));
    await expect(readSheet("r.csv", new TextEncoder().encode(csvRows(READABLE + 1)))).rejects.toThrow("errors.sheetTooManyRows");
  });

  it("holds for XLSX files the same way", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Program");
    ws.addRow(["ref"]);
    for (let i = 0; i < READABLE; i++) ws.addRow([`A-${i}`]);
    expect(await readSheet("r.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()))).toHaveLength(READABLE + 1);
    ws.addRow(["one more"]);
    await expect(readSheet("r.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()))).rejects.toThrow("errors.sheetTooManyRows");
  });
});

describe("the messages name the limits the code applies", () => {
  const mb = (bytes: number) => `${bytes / MB} MB`;
  it.each([
    ["id", id, "id-ID"],
    ["en", en, "en-US"],
  ] as const)("%s", (_, messages, locale) => {
    const rows = MAX_SHEET_DATA_ROWS.toLocaleString(locale);
    expect(messages.errors.fileTooLarge).toContain(mb(MAX_IMPORT_BYTES));
    expect(messages.errors.fileUnpackedTooLarge).toContain(mb(MAX_UNPACKED_BYTES));
    expect(messages.errors.sheetTooManyRows).toContain(rows);
    expect(messages.errors.importTooManyRows).toContain(rows);
    expect(messages.indicators.errors.tooManyRows).toContain(rows);
    for (const hint of [messages.imports.fileHint, messages.indicators.fileHint]) {
      expect(hint).toContain(mb(MAX_IMPORT_BYTES));
      expect(hint).toContain(rows);
    }
  });
});
