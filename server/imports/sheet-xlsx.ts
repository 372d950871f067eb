import "server-only";
import ExcelJS from "exceljs";
import type { Cell, SheetRow } from "./cells";
import { ImportFileError } from "./import-errors";

/** exceljs's cell value reduced to what an import reads: text, a number, a date, or nothing. */
export function toPlainCell(v: ExcelJS.CellValue): Cell {
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

/** The first worksheet of an XLSX file, row numbers as Excel shows them. */
export async function readXlsxSheet(bytes: Uint8Array): Promise<SheetRow[]> {
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; hand it exactly the file's bytes.
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new ImportFileError("errors.fileUnreadable");
  }
  const sheet = wb.worksheets[0];
  if (!sheet) throw new ImportFileError("errors.importEmpty");
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: Cell[] = [];
    // `row.values` is 1-based with a hole at 0; keep positions so columns line up with the header.
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = toPlainCell(cell.value);
    });
    rows.push({ row: row.number, cells: Array.from(cells, (c) => c ?? null) });
  });
  return rows;
}
