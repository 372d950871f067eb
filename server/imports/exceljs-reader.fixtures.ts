// The XLSX reader the import used before V1 (exceljs loading the whole workbook), kept as the
// oracle the bounded reader is compared with: on ordinary files both must read the same cells.
import ExcelJS from "exceljs";
import { isBlank, type Cell, type SheetRow } from "./cells";

function toPlainCell(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return v;
  if ("richText" in v) return v.richText.map((r) => r.text).join("");
  if ("formula" in v || "sharedFormula" in v) return v.result === undefined ? null : toPlainCell(v.result);
  if ("hyperlink" in v) return typeof v.text === "string" ? v.text : null;
  if ("error" in v) return null;
  return null;
}

/** The first worksheet as exceljs's full reader gives it, blank rows and trailing empty cells left out. */
export async function readWithExcelJs(bytes: Uint8Array): Promise<SheetRow[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const rows: SheetRow[] = [];
  wb.worksheets[0]?.eachRow({ includeEmpty: false }, (row) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = toPlainCell(cell.value);
    });
    rows.push({ row: row.number, cells: Array.from(cells, (c) => c ?? null) });
  });
  return rows.filter((r) => r.cells.some((c) => !isBlank(c))).map((r) => ({ row: r.row, cells: trimEnd(r.cells) }));
}

/** Cells without the empty ones at the end, which readers may or may not report. */
export function trimEnd(cells: Cell[]): Cell[] {
  let n = cells.length;
  while (n > 0 && isBlank(cells[n - 1] ?? null)) n--;
  return cells.slice(0, n).map((c) => (c === "" ? null : c));
}
