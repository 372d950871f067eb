import { z } from "zod";

/**
 * The largest file an upload may carry (the base64 text sent is a third larger). The messages
 * `errors.fileTooLarge` name it in MB; a test holds them to this number.
 */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** Checked on the text as sent, before a byte of it is decoded. */
export const MAX_IMPORT_BASE64_LENGTH = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;
/**
 * Data rows (after the header) one file may hold, programs or figures: far above a company's
 * yearly plan. A file past 2,000 rows is read into its preview by a job. Reading stops at the
 * first row past it and the rows above the header (`errors.sheetTooManyRows` names it; a test
 * holds the messages to this number).
 */
export const MAX_SHEET_DATA_ROWS = 10_000;
/**
 * What an XLSX file may unpack to, all parts together (`errors.fileUnpackedTooLarge` names it).
 * A full 10,000-row plan unpacks to well under this, and pictures hardly unpack at all; the XML
 * parser reads some 20 MB a second, so this also bounds the time one upload can take.
 */
export const MAX_UNPACKED_BYTES = 20 * 1024 * 1024;

export const IMPORT_ACCEPT = ".csv,.xlsx";

export const startImportSchema = z.object({
  filename: z
    .string()
    .trim()
    .min(1, "errors.fileType")
    .max(255, "errors.tooLong")
    .regex(/\.(csv|txt|xlsx)$/i, "errors.fileType"),
  contentBase64: z
    .string()
    .min(1, "errors.importEmpty")
    // `abort`: a 300 MB string stops here, before the pattern below scans it.
    .max(MAX_IMPORT_BASE64_LENGTH, { error: "errors.fileTooLarge", abort: true })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, "errors.fileUnreadable"),
});
export type StartImportInput = z.output<typeof startImportSchema>;

export const importJobIdSchema = z.object({ id: z.uuid("errors.notFound") });
/** A job's progress, and a page of the programs it saved. */
export const importStatusSchema = importJobIdSchema.extend({ page: z.number().int().min(1).max(10_000).default(1) });

/** How many row errors one answer carries; the count says how many there are in all. */
export const MAX_ERRORS_SHOWN = 500;
