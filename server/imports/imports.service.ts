import "server-only";
import type { Database } from "@/db/client";
import type { OfficerViewer, StaffViewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit/audit";
import { fieldError, forbidden } from "@/server/errors";
import type { Context } from "@/server/trpc/init";
import { ImportFileError, type RowError } from "./import-errors";
import { checkImportRows, sortRowErrors, type Importer, type PlannedRow } from "./imports.checks";
import { enqueueImport } from "./import-job";
import { findCompanyName } from "./imports.queries";
import { MAX_ERRORS_SHOWN, MAX_IMPORT_BYTES, type StartImportInput } from "./imports.schemas";
import { readImportRows } from "./rows";
import { readSheet, type SheetRow } from "./sheet";

export interface ImportFile {
  filename: string;
  bytes: Uint8Array;
}

export interface ImportValidation {
  /** Data rows in the file. */
  rowCount: number;
  /** Every row, ready to insert; empty unless every row passed, since an import is all or nothing. */
  plan: PlannedRow[];
  errors: RowError[];
}

/** Reads and checks a whole file: the program rules per row, then the database checks. */
export async function validateImportFile(db: Database, importer: Importer, file: ImportFile): Promise<ImportValidation> {
  let sheet: SheetRow[];
  try {
    sheet = await readSheet(file.filename, file.bytes);
  } catch (err) {
    if (!(err instanceof ImportFileError)) throw err;
    return { rowCount: 0, plan: [], errors: [{ row: null, field: null, column: null, message: err.message }] };
  }
  const read = readImportRows(sheet, { companyRequired: importer.kind !== "officer" });
  const checked = read.rows.length ? await checkImportRows(db, importer, read.rows) : { plan: [], errors: [] };
  const errors = sortRowErrors([...read.errors, ...checked.errors], read.columnNames);
  return { rowCount: read.rows.length, plan: errors.length ? [] : checked.plan, errors };
}

/** The importer behind a signed-in user: an officer for their company, an admin for the companies they manage. */
export async function resolveImporter(db: Database, viewer: OfficerViewer | StaffViewer): Promise<Importer & { userId: string }> {
  if (viewer.role === "officer") {
    const companyName = await findCompanyName(db, viewer.companyId);
    if (companyName === null) throw forbidden();
    return { kind: "officer", userId: viewer.userId, companyId: viewer.companyId, companyName };
  }
  if (viewer.role === "admin") return { kind: "admin", userId: viewer.userId, admin: viewer };
  throw forbidden();
}

/**
 * The upload: validates the whole file at once and answers with every row error (nothing is
 * imported), or queues a job (with the validated rows) that a worker saves and checks.
 */
export async function startImport(ctx: Pick<Context, "db" | "ip">, importer: Importer & { userId: string }, input: StartImportInput) {
  const bytes = Buffer.from(input.contentBase64, "base64");
  if (bytes.length > MAX_IMPORT_BYTES) throw fieldError("contentBase64", "errors.fileTooLarge");
  const result = await validateImportFile(ctx.db, importer, { filename: input.filename, bytes });
  if (result.errors.length) {
    await recordAudit(ctx.db, {
      actorId: importer.userId,
      action: "program.import_rejected",
      ip: ctx.ip,
      details: { via: "app", rows: result.rowCount, errors: result.errors.length },
    });
    return {
      status: "invalid" as const,
      rowCount: result.rowCount,
      errorCount: result.errors.length,
      errors: result.errors.slice(0, MAX_ERRORS_SHOWN),
    };
  }
  const jobId = await enqueueImport(ctx.db, {
    createdBy: importer.userId,
    filename: input.filename,
    importer,
    rows: result.plan,
    ip: ctx.ip,
  });
  return { status: "started" as const, jobId, total: result.plan.length };
}
