import "server-only";
import { isBlank, type Cell, type SheetRow } from "./cells";
import { ImportFileError } from "./import-errors";
import { createRowCollector, SHEET_LIMITS, tooManyColumns, tooManyRows, type SheetLimits } from "./sheet-limits";
import {
  excelSerialToDate,
  formatPercentCell,
  readNumberStyles,
  readRelationships,
  readSharedStrings,
  readWorkbook,
  type NumberStyle,
  type PartChunks,
} from "./xlsx-parts";
import { parseXmlStream } from "./xml-stream";
import { checkZipEntries, findZipEntry, inflateZipEntry, readZipDirectory } from "./zip-archive";

interface SheetContext {
  sharedStrings: string[];
  numberStyles: NumberStyle[];
  date1904: boolean;
}

/** One `<c>` element while it is read. */
interface OpenCell {
  col: number;
  type: string;
  style: number;
  hasFormula: boolean;
  value: string | null;
}

/** `AB12` → column 28 (1-based); null when the reference has no letters. */
function columnOf(ref: string | undefined): number | null {
  const letters = ref?.match(/^[A-Z]+/i)?.[0];
  if (!letters) return null;
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return col;
}

/** `A2:C5` → its corners, 1-based; null when it is not a range. */
function parseRange(ref: string | undefined) {
  const m = ref?.match(/^([A-Z]+)(\d+):([A-Z]+)(\d+)$/i);
  if (!m) return null;
  const [c1, c2] = [columnOf(m[1]), columnOf(m[3])];
  if (c1 === null || c2 === null) return null;
  return { r1: Number(m[2]), c1, r2: Number(m[4]), c2 };
}

/**
 * A cell's value as exceljs's full reader gave it to the import (then reduced by toPlainCell):
 * shared and inline text, numbers, dates by the cell's number format, booleans as TRUE/FALSE,
 * a formula's cached result (a date when formatted as one), errors as nothing. One deliberate
 * difference: a percent-formatted number is the text it shows (`8.81%`, see formatPercentCell).
 */
function readCellValue(c: OpenCell, ctx: SheetContext): Cell {
  if (c.value === null) return null;
  const asNumber = () => {
    const n = Number.parseFloat(c.value ?? "");
    if (!Number.isFinite(n)) return n;
    const style = ctx.numberStyles[c.style];
    return style === "date" ? excelSerialToDate(n, ctx.date1904) : style === "percent" ? formatPercentCell(n) : n;
  };
  switch (c.type) {
    case "s":
      return c.hasFormula ? asNumber() : (ctx.sharedStrings[Number.parseInt(c.value, 10)] ?? null);
    case "str":
    case "inlineStr":
      return c.value;
    case "b":
      return Number.parseInt(c.value, 10) !== 0 ? "TRUE" : "FALSE";
    case "e":
      return null;
    case "d": {
      // An ISO date cell (strict OOXML); exceljs did not know this type.
      const d = new Date(`${c.value}${/T.*(Z|[+-]\d\d:?\d\d)$/.test(c.value) ? "" : /T/.test(c.value) ? "Z" : "T00:00:00Z"}`);
      return Number.isNaN(d.getTime()) ? c.value : d;
    }
    default:
      return asNumber();
  }
}

/**
 * Merged cells show the top-left value across the range; exceljs's full reader gave every cell
 * of the range that value, so a company name merged down several program rows applies to each.
 * Merges are listed after the rows, so they are applied once all rows are read.
 */
function applyMerges(rows: SheetRow[], merges: string[], limits: SheetLimits): SheetRow[] {
  if (!merges.length) return rows;
  const byNumber = new Map(rows.map((r) => [r.row, r]));
  // Copies, not rows, are what a hostile range multiplies (A1:XFD1048576).
  let budget = 1_000_000;
  for (const ref of merges) {
    const range = parseRange(ref);
    if (!range) continue;
    const master = byNumber.get(range.r1)?.cells[range.c1 - 1] ?? null;
    if (isBlank(master)) continue;
    const lastCol = Math.min(range.c2, limits.maxColumns);
    for (let r = range.r1; r <= range.r2; r++) {
      let row = byNumber.get(r);
      if (!row) {
        // Each row of the range becomes a filled row.
        if (byNumber.size > limits.maxDataRows) throw tooManyRows();
        byNumber.set(r, (row = { row: r, cells: [] }));
      }
      for (let c = range.c1; c <= lastCol; c++) {
        if (--budget < 0) throw new ImportFileError("errors.fileUnpackedTooLarge");
        if (isBlank(row.cells[c - 1] ?? null)) row.cells[c - 1] = master;
      }
    }
  }
  return [...byNumber.values()].sort((a, b) => a.row - b.row).map((r) => ({ row: r.row, cells: Array.from(r.cells, (c) => c ?? null) }));
}

async function readWorksheet(chunks: PartChunks, ctx: SheetContext, limits: SheetLimits): Promise<SheetRow[]> {
  const collector = createRowCollector(limits);
  const merges: string[] = [];
  let row: { number: number; cells: Cell[]; lastCol: number } | null = null;
  let lastRow = 0;
  let cell: OpenCell | null = null;
  let textOf: "v" | "t" | null = null;
  let phonetic = 0;
  await parseXmlStream(chunks, {
    open(name, a) {
      if (name === "row") {
        lastRow = Number(a.r) || lastRow + 1;
        row = { number: lastRow, cells: [], lastCol: 0 };
      } else if (name === "c" && row) {
        const col = columnOf(a.r) ?? row.lastCol + 1;
        row.lastCol = col;
        cell = { col, type: a.t ?? "n", style: Number(a.s ?? 0), hasFormula: false, value: null };
      } else if (cell) {
        if (name === "f") cell.hasFormula = true;
        else if (name === "is") cell.type = "inlineStr";
        else if (name === "v") textOf = "v";
        else if (name === "rPh") phonetic++;
        else if (name === "t" && !phonetic) textOf = "t";
        if (textOf && cell.value === null) cell.value = "";
      } else if (name === "mergeCell" && a.ref) merges.push(a.ref);
    },
    text(text) {
      if (cell && textOf && cell.value !== null) cell.value += text;
    },
    close(name) {
      if (name === "v" || name === "t") textOf = null;
      else if (name === "rPh") phonetic--;
      else if (name === "c" && row && cell) {
        const value = readCellValue(cell, ctx);
        if (cell.col > limits.maxColumns) {
          if (!isBlank(value)) throw tooManyColumns();
        } else if (value !== null) row.cells[cell.col - 1] = value;
        cell = null;
      } else if (name === "row" && row) {
        collector.add(
          row.number,
          Array.from(row.cells, (c) => c ?? null),
        );
        row = null;
      }
    },
  });
  return applyMerges(collector.rows, merges, limits);
}

/** At most this many sheets are read looking for the table; a workbook rarely has more before it. */
const MAX_SHEETS_SEARCHED = 12;

/**
 * A worksheet of an XLSX file, row numbers as Excel shows them, blank rows left out: the first
 * visible one in tab order that `accept` takes (a cover page, an instructions tab or a lookup
 * list before the table is passed over; hidden sheets are looked at last), else the first
 * visible one. The archive is refused on its directory before anything is unpacked, every part
 * is unpacked no further than it declared, and each sheet is read as it unpacks, stopping at the
 * first row past the limit.
 */
export async function readXlsxSheet(
  bytes: Uint8Array,
  limits: SheetLimits = SHEET_LIMITS,
  accept?: (rows: SheetRow[]) => boolean,
): Promise<SheetRow[]> {
  const entries = readZipDirectory(bytes);
  checkZipEntries(entries);
  const part = (path: string): PartChunks | null => {
    const entry = findZipEntry(entries, path);
    return entry ? inflateZipEntry(bytes, entry) : null;
  };
  const relsPart = part("xl/_rels/workbook.xml.rels");
  const workbookPart = part("xl/workbook.xml");
  if (!relsPart || !workbookPart) throw new ImportFileError("errors.fileUnreadable");
  const rels = await readRelationships(relsPart, "xl");
  const workbook = await readWorkbook(workbookPart);
  const relOfType = (suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.path;

  // Worksheets (not chart sheets) in tab order, the visible ones first.
  const worksheets = [...workbook.sheets.filter((s) => !s.hidden), ...workbook.sheets.filter((s) => s.hidden)]
    .map((s) => rels.get(s.id))
    .filter((r) => r?.type.endsWith("/worksheet"))
    .map((r) => r?.path as string);
  if (worksheets.length === 0) throw new ImportFileError("errors.importEmpty");
  const stylesPart = part(relOfType("/styles") ?? "xl/styles.xml");
  const stringsPart = part(relOfType("/sharedStrings") ?? "xl/sharedStrings.xml");
  const ctx: SheetContext = {
    numberStyles: stylesPart ? await readNumberStyles(stylesPart) : [],
    sharedStrings: stringsPart ? await readSharedStrings(stringsPart, limits) : [],
    date1904: workbook.date1904,
  };
  const read = async (path: string) => {
    const sheetPart = part(path);
    if (!sheetPart) throw new ImportFileError("errors.fileUnreadable");
    return readWorksheet(sheetPart, ctx, limits);
  };
  const first = await read(worksheets[0] as string);
  if (!accept || accept(first)) return first;
  for (const path of worksheets.slice(1, MAX_SHEETS_SEARCHED)) {
    // A sheet past a limit is not the table looked for; the first sheet's own refusal stands.
    const rows = await read(path).catch((err: unknown) => {
      if (err instanceof ImportFileError) return null;
      throw err;
    });
    if (rows && accept(rows)) return rows;
  }
  return first;
}
