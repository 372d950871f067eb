import { isBlank, type Cell, type SheetRow } from "./cells";
import { ImportFileError } from "./import-errors";
import { MAX_SHEET_DATA_ROWS } from "./imports.schemas";

/** What one read of a sheet may hold; the ZIP container has its own limits (zip-archive.ts). */
export interface SheetLimits {
  /** Non-blank rows after the header. */
  maxDataRows: number;
  /** A filled cell right of this column refuses the file (Excel itself stops at 16,384). */
  maxColumns: number;
  /** Distinct strings an XLSX file may share between its cells. */
  maxSharedStrings: number;
}

/**
 * Rows a sheet may have above its data besides the header: title rows ("DAFTAR PROGRAM CSR …
 * TAHUN 2025"), a second header row, a row of column numbers. The program import finds its
 * header among the first rows and then holds the data to MAX_SHEET_DATA_ROWS exactly.
 */
export const SHEET_LEADING_ROWS = 15;

export const SHEET_LIMITS: SheetLimits = {
  maxDataRows: MAX_SHEET_DATA_ROWS + SHEET_LEADING_ROWS,
  maxColumns: 1024,
  maxSharedStrings: 500_000,
};

export const tooManyRows = () => new ImportFileError("errors.sheetTooManyRows");
export const tooManyColumns = () => new ImportFileError("errors.sheetTooManyColumns");

/**
 * Keeps the non-blank rows of a sheet as they are read, and refuses the file at the first row
 * past the limit (the header plus `maxDataRows`), so a huge sheet costs no more than a full one.
 * Blank rows are dropped: every reader of a sheet skips them anyway, and their numbers stay
 * visible as gaps in the kept rows' numbers.
 */
export function createRowCollector(limits: SheetLimits) {
  const rows: SheetRow[] = [];
  return {
    rows,
    add(row: number, cells: Cell[]): void {
      if (!cells.some((c) => !isBlank(c))) return;
      if (cells.length > limits.maxColumns && cells.slice(limits.maxColumns).some((c) => !isBlank(c))) throw tooManyColumns();
      if (rows.length > limits.maxDataRows) throw tooManyRows();
      rows.push({ row, cells });
    },
  };
}
