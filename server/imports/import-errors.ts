import type { ImportField } from "./columns";

/**
 * One problem in an import: the spreadsheet row (header = 1, null for the file as a whole), the
 * field, the column as the file names it, and a catalog key such as `errors.date`.
 */
export interface RowError {
  row: number | null;
  field: ImportField | null;
  column: string | null;
  message: string;
  /** Values for the message's placeholders, such as the unknown area codes. */
  params?: Record<string, string>;
}

/** A file the import cannot read at all; `message` is a catalog key. */
export class ImportFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportFileError";
  }
}
