// A whole sheet read into preview rows, without the database: the layout, then each data row,
// leaving out what is not a program (a repeated header, a "JUMLAH" line, a section heading such
// as "A. BIDANG PENDIDIKAN", whose sector the rows under it inherit). Pure.
import type { Sector } from "@/lib/enums";
import { isBlank, readCellText, type Cell, type SheetRow } from "./cells";
import { fieldOfColumn, type ImportColumn } from "./columns";
import { detectLayout, indexOfColumns, isRepeatedHeader, type SheetLayout } from "./layout";
import type { PlaceChoice, PreviewMessage } from "./preview.schemas";
import { MAX_SHEET_DATA_ROWS } from "./imports.schemas";
import { assignRefs } from "./refs";
import { documentAreaOf } from "./row-places";
import { readRow, type ReadRow, type RowContext } from "./row-read";
import { readSector } from "./sectors";
import { isExampleRef } from "./template-example";

export interface ReadSheetRow {
  read: ReadRow;
  cells: Cell[];
  /** The heading the row sits under, if it named a sector. */
  section: Sector | null;
}

export interface ReadPreview {
  layout: SheetLayout | null;
  /** The area the lines above the table name ("Kec. Muara Kaman"), preferred among same-named places. */
  documentArea?: PlaceChoice | null;
  rows: ReadSheetRow[];
  /** File-level messages: a missing column (error), made refs, rows left out (info). */
  fileMessages: PreviewMessage[];
}

const TOTAL = /^(?:sub\s*-?\s*total|total|grand\s*total|jumlah(?:\s+total)?|jumlah\s+keseluruhan)\b/i;
/** A title cell that is nothing but a totals label ("TOTAL", "Jumlah Anggaran :"), not a program called "Total …". */
const TOTAL_LABEL = /^(?:sub\s*-?\s*total|total|grand\s*total|jumlah|jumlah\s+total|jumlah\s+keseluruhan|total\s+keseluruhan|(?:total|jumlah)\s+(?:anggaran|biaya|dana|nilai))\s*[:.]?$/i;
const PLACE_COLUMNS = ["locations", "village", "district", "regency", "province"] as const;
const ENUMERATOR = /^(?:[A-Z]{1,2}|[IVX]{1,5}|\d{1,3})[.)]?$/i;

/** A line under which programs of one sector follow: "A. BIDANG PENDIDIKAN", "II Kesehatan". */
function readSection(cells: Cell[]): { text: string; sector: Sector | null; merged: boolean } | null {
  const texts = cells.map(readCellText).filter((t) => t !== "");
  // A heading merged across the row reaches the import in every cell of it: count it once.
  const filled = [...new Set(texts)];
  const words = filled.filter((t) => !ENUMERATOR.test(t));
  if (words.length !== 1 || filled.length > 2) return null;
  const text = words[0] as string;
  return { text, sector: readSector(text).sector, merged: texts.filter((t) => t === text).length > 1 };
}

/** Requires what no row can do without: a title column and at least one place column. */
function checkColumns(layout: SheetLayout): PreviewMessage[] {
  const has = (c: ImportColumn) => layout.columns.some((x) => x.column === c);
  const out: PreviewMessage[] = [];
  if (!has("title")) out.push({ field: "title", level: "error", message: "errors.importTitleColumnMissing" });
  if (!["locations", "village", "district", "regency", "province"].some((c) => has(c as ImportColumn))) {
    out.push({ field: "locations", level: "error", message: "errors.importPlaceColumnMissing" });
  }
  return out;
}

function describeColumns(layout: SheetLayout): PreviewMessage {
  const read = layout.columns
    .filter((c) => c.column !== "row_no")
    .map((c) => `${c.name} → ${fieldOfColumn(c.column) ?? c.column}`)
    .join("; ");
  return { field: null, level: "info", message: "importNotes.columnsRead", params: { row: String(layout.headerRow), columns: read } };
}

/**
 * Reads a sheet into rows, every one with its messages, and the file's own messages. The refs
 * are given here, over the whole file, so duplicates are found wherever they are.
 */
export function readPreviewSheet(
  sheet: SheetRow[],
  ctx: Omit<RowContext, "columns" | "titleYear" | "documentArea">,
  companyKey: (r: ReadRow) => string,
): ReadPreview {
  const filled = sheet.filter((r) => r.cells.some((c) => !isBlank(c)));
  const layout = detectLayout(filled);
  if (!layout) return { layout: null, rows: [], fileMessages: [{ field: null, level: "error", message: "errors.importHeaderNotFound" }] };
  const fileMessages = checkColumns(layout);
  fileMessages.push(describeColumns(layout));
  if (fileMessages.some((m) => m.level === "error")) return { layout, rows: [], fileMessages };

  const columns = indexOfColumns(layout);
  const titleLines = filled.filter((r) => r.row < layout.headerRow).map((r) => r.cells.map(readCellText).join(" "));
  const documentArea = documentAreaOf(titleLines, ctx.places, ctx.within);
  const rowCtx: RowContext = { ...ctx, columns, titleYear: layout.titleYear, documentArea };
  const titleIndex = columns.get("title");
  const rows: ReadSheetRow[] = [];
  const left: { total: number[]; heading: number[]; example: number[] } = { total: [], heading: [], example: [] };
  let section: Sector | null = null;
  for (const r of filled.slice(layout.firstDataIndex)) {
    if (isRepeatedHeader(r.cells, layout)) continue;
    const titleBlank = titleIndex === undefined || isBlank(r.cells[titleIndex] ?? null);
    // The sum under a table: its label beside the title column, or in it (often merged across
    // No and Nama) with no place, as a program always has one.
    const placeBlank = PLACE_COLUMNS.every((c) => isBlank(r.cells[columns.get(c) ?? -1] ?? null));
    const titleIsTotal = !titleBlank && placeBlank && TOTAL_LABEL.test(readCellText(r.cells[titleIndex ?? -1] ?? null).trim());
    if (titleIsTotal || (titleBlank && r.cells.some((c) => typeof c === "string" && TOTAL.test(c.trim())))) {
      left.total.push(r.row);
      continue;
    }
    const heading = readSection(r.cells);
    if (heading && (heading.sector || heading.merged || titleBlank)) {
      if (heading.sector) section = heading.sector;
      left.heading.push(r.row);
      continue;
    }
    const refIndex = columns.get("ref");
    if (refIndex !== undefined && isExampleRef(readCellText(r.cells[refIndex] ?? null))) {
      left.example.push(r.row);
      continue;
    }
    rows.push({ read: readRow(r.row, r.cells, rowCtx, section), cells: r.cells, section });
  }
  if (rows.length === 0) fileMessages.push({ field: null, level: "error", message: "errors.importEmpty" });
  if (rows.length > MAX_SHEET_DATA_ROWS) {
    return { layout, rows: [], fileMessages: [{ field: null, level: "error", message: "errors.importTooManyRows" }] };
  }
  for (const [kind, list] of Object.entries(left)) {
    if (list.length) fileMessages.push({ field: null, level: "info", message: `importNotes.rowsLeftOut_${kind}`, params: { rows: list.join(", ") } });
  }
  if (!columns.has("ref")) fileMessages.push({ field: "ref", level: "info", message: "importNotes.refColumnMissing" });
  assignRefs(
    rows.map((r) => r.read),
    companyKey,
    columns.has("ref"),
  );
  return { layout, rows, fileMessages, documentArea };
}
