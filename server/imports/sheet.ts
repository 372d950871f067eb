import "server-only";
import type { SheetRow } from "./cells";
import { ImportFileError } from "./import-errors";
import { MAX_IMPORT_BYTES } from "./imports.schemas";
import { readCsvSheet } from "./sheet-csv";
import { SHEET_LIMITS, type SheetLimits } from "./sheet-limits";
import { readXlsxSheet } from "./sheet-xlsx";

export type { SheetRow };
export { SHEET_LIMITS, type SheetLimits };

export type ImportFormat = "csv" | "xlsx";

const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** CSV or XLSX, from the file's name and its first bytes (an XLSX file is a zip archive). */
export function detectFormat(filename: string, bytes: Uint8Array): ImportFormat {
  const ext = filename.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? "";
  if (ext === "xlsx") {
    if (!isZip(bytes)) throw new ImportFileError("errors.fileUnreadable");
    return "xlsx";
  }
  if (ext === "csv" || ext === "txt") {
    if (isZip(bytes)) throw new ImportFileError("errors.fileType");
    return "csv";
  }
  throw new ImportFileError("errors.fileType");
}

/**
 * Reads the sheet of a CSV or XLSX file: the single entry point of every import (app,
 * indicators, command line). In a workbook that is the first sheet `accept` takes (the one with
 * the table the caller looks for), else the first. The result holds the non-blank rows in order, each with the row
 * number a spreadsheet shows (the header is usually row 1), at most `limits.maxDataRows` rows
 * after the first. Whatever the file claims, reading never holds more than the limits allow:
 * the file's size, what an XLSX unpacks to, rows and columns are checked while reading, and a
 * file past one is refused with an ImportFileError whose message is a catalog key.
 */
export async function readSheet(
  filename: string,
  bytes: Uint8Array,
  limits: SheetLimits = SHEET_LIMITS,
  accept?: (rows: SheetRow[]) => boolean,
): Promise<SheetRow[]> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw new ImportFileError("errors.fileTooLarge");
  return detectFormat(filename, bytes) === "xlsx" ? readXlsxSheet(bytes, limits, accept) : readCsvSheet(bytes, limits);
}
