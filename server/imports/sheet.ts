import "server-only";
import type { SheetRow } from "./cells";
import { ImportFileError } from "./import-errors";
import { readCsvSheet } from "./sheet-csv";
import { readXlsxSheet } from "./sheet-xlsx";

export type { SheetRow };

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

/** Reads the first sheet of a CSV or XLSX file. */
export async function readSheet(filename: string, bytes: Uint8Array): Promise<SheetRow[]> {
  return detectFormat(filename, bytes) === "xlsx" ? readXlsxSheet(bytes) : readCsvSheet(bytes);
}
