import "server-only";
import type { Database } from "@/db/client";
import type { OfficerViewer, StaffViewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit/audit";
import { fieldError, forbidden } from "@/server/errors";
import { deliverPendingEmails } from "@/server/notifications/email.delivery";
import type { Context } from "@/server/trpc/init";
import { ImportFileError, type RowError } from "./import-errors";
import { checkImportRows, sortRowErrors, type Importer, type PlannedRow } from "./imports.checks";
import { executeImport, describeImportFailure, OverlapCheckError } from "./imports.execute";
import { findCompanyName, insertImportJob, updateImportJob } from "./imports.queries";
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

/** Saves and checks in the background; progress and the outcome go to the job row for polling. */
async function processImportJob(db: Database, jobId: string, importer: Importer, plan: PlannedRow[], ip: string | null) {
  await updateImportJob(db, jobId, { status: "running" });
  let lastWrite = 0;
  try {
    const outcome = await executeImport(db, importer, plan, {
      via: "app",
      jobId,
      ip,
      onSaved: (s) => updateImportJob(db, jobId, { imported: s.imported, companiesCreated: s.companiesCreated }),
      onChecked: async (done, total) => {
        // A write per program would double the work of a large import; a few a second suffice for a progress bar.
        if (done < total && Date.now() - lastWrite < 250) return;
        lastWrite = Date.now();
        await updateImportJob(db, jobId, { processed: done });
      },
    });
    await updateImportJob(db, jobId, { status: "done", processed: outcome.imported, flags: outcome.flags, finished: true });
  } catch (err) {
    console.error(`[import] job ${jobId} failed:`, err instanceof Error ? (err.cause ?? err) : err);
    // Past the commit the programs stand: the job is done, with a warning that the check failed.
    const status = err instanceof OverlapCheckError ? "done" : "failed";
    await updateImportJob(db, jobId, { status, error: describeImportFailure(err), finished: true });
  }
}

/**
 * The upload: validates the whole file at once and answers with every row error (nothing is
 * imported), or starts a job that saves and checks the rows after the response.
 */
export async function startImport(
  ctx: Pick<Context, "db" | "ip" | "runInBackground">,
  importer: Importer & { userId: string },
  input: StartImportInput,
) {
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
  const jobId = await insertImportJob(ctx.db, { createdBy: importer.userId, filename: input.filename, total: result.plan.length });
  const plan = result.plan;
  ctx.runInBackground(async () => {
    await processImportJob(ctx.db, jobId, importer, plan, ctx.ip);
    // The overlap checks of the import may have told reviewers of new flags.
    await deliverPendingEmails(ctx.db);
  });
  return { status: "started" as const, jobId, total: plan.length };
}
