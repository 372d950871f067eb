import { z } from "zod";

/** The largest file an upload may carry (the base64 text sent is a third larger). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
const MAX_BASE64_LENGTH = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;

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
    .max(MAX_BASE64_LENGTH, "errors.fileTooLarge")
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, "errors.fileUnreadable"),
});
export type StartImportInput = z.output<typeof startImportSchema>;

export const importJobIdSchema = z.object({ id: z.uuid("errors.notFound") });

/** How many row errors one answer carries; the count says how many there are in all. */
export const MAX_ERRORS_SHOWN = 500;
