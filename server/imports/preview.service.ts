import "server-only";
import { and, eq } from "drizzle-orm";
import type { Database, DbOrTx } from "@/db/client";
import { companies, importJobs } from "@/db/schema";
import { recordAudit } from "@/server/audit/audit";
import { fieldError, forbidden, notFound } from "@/server/errors";
import { enqueue } from "@/server/jobs/enqueue";
import type { Context } from "@/server/trpc/init";
import type { SheetRow } from "./cells";
import { ImportFileError, type RowError } from "./import-errors";
import type { Importer } from "./importer";
import { findManagedCompany } from "./imports.queries";
import { MAX_IMPORT_BYTES } from "./imports.schemas";
import { readAndCheck, loadEngineContext, type CheckedSheetRow } from "./preview-engine";
import type { ReadPreview } from "./preview-read";
import type { ImportPreview, PlaceChoice, PreviewImportInput, PreviewMessage, PreviewStatus } from "./preview.schemas";
import { countPreviewRows, findBlockingRows, insertPreviewRows, listPreviewRows } from "./preview.store";
import type { GetPreviewInput } from "./preview.schemas";
import { hasImportTable } from "./layout";
import { readSheet, SHEET_LIMITS } from "./sheet";

/** Files with more rows than this are read into their preview by a job, which survives a restart. */
export const INLINE_PREVIEW_ROWS = 2000;

/** How the file was read, kept on the job for re-reading a row and for the page. */
export interface StoredLayout {
  headerRow: number | null;
  columns: { index: number; column: string; name: string }[];
  headerNames: string[];
  titleYear: number | null;
  /** The area the title above the table names (absent on jobs stored before it was read). */
  documentArea?: PlaceChoice | null;
  fileMessages: PreviewMessage[];
}

/** What the preview's job, fixes and the confirmed import need: who imports, from where. */
export interface PreviewPlan {
  source: "preview";
  importer: Importer;
  ip: string | null;
  mode?: "draft" | "submit";
  /** Rows the person left out when confirming. */
  skipped?: number;
}

export const storedLayoutOf = (read: ReadPreview): StoredLayout => ({
  headerRow: read.layout?.headerRow ?? null,
  columns: read.layout?.columns ?? [],
  headerNames: read.layout?.headerNames ?? [],
  titleYear: read.layout?.titleYear ?? null,
  documentArea: read.documentArea ?? null,
  fileMessages: read.fileMessages,
});

/** A file refused as a whole, in the shape `imports.start` always answered with; the audit log counts it. */
export async function refuseFile(ctx: Pick<Context, "db" | "ip">, actorId: string, message: string) {
  await recordAudit(ctx.db, { actorId, action: "program.import_rejected", ip: ctx.ip, details: { via: "app", rows: 0, errors: 1 } });
  return {
    status: "invalid" as const,
    rowCount: 0,
    errorCount: 1,
    errors: [{ row: null, field: null, column: null, message }] as RowError[],
  };
}

/** An admin importing for one company must manage it; an officer may only name their own. */
export async function applyOnBehalf(db: DbOrTx, importer: Importer & { userId: string }, companyId: string | undefined) {
  if (!companyId) return importer;
  if (importer.kind === "officer") {
    if (companyId !== importer.companyId) throw forbidden();
    return importer;
  }
  if (importer.kind !== "admin") return importer;
  const company = await findManagedCompany(db, importer.admin, companyId);
  if (!company) throw fieldError("companyId", "errors.companyUnknown");
  if (!company.isManaged) throw forbidden();
  return { ...importer, onBehalf: { id: company.id, name: company.name } };
}

/**
 * Reads a file's sheet with the program table (in a workbook, the first sheet whose header the
 * import recognises, past a cover page or instructions); a file the import cannot read is a
 * refusal (a catalog key), not an exception.
 */
export async function readSheetOrRefuse(filename: string, bytes: Uint8Array): Promise<{ bytes: Uint8Array; sheet: SheetRow[] } | { refusal: string }> {
  try {
    return { bytes, sheet: await readSheet(filename, bytes, SHEET_LIMITS, hasImportTable) };
  } catch (err) {
    if (err instanceof ImportFileError) return { refusal: err.message };
    throw err;
  }
}

/** Decodes and reads an upload. */
export async function readUpload(input: { contentBase64: string; filename: string }) {
  const bytes = Buffer.from(input.contentBase64, "base64");
  if (bytes.length > MAX_IMPORT_BYTES) throw fieldError("contentBase64", "errors.fileTooLarge");
  return readSheetOrRefuse(input.filename, bytes);
}

const companyOfJob = (importer: Importer) =>
  importer.kind === "officer" ? importer.companyId : importer.kind === "admin" ? (importer.onBehalf?.id ?? null) : null;

/** Stores a checked preview (rows and job) in one transaction; returns the job's id. */
export async function storePreview(
  db: Database,
  job: { createdBy: string; filename: string; plan: PreviewPlan; status: "preview" | "queued"; read: ReadPreview; rows: CheckedSheetRow[] },
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(importJobs)
      .values({
        createdBy: job.createdBy,
        filename: job.filename,
        status: job.status,
        total: job.rows.length,
        processed: job.status === "preview" ? job.rows.length : 0,
        plan: job.plan as unknown as Record<string, unknown>,
        companyId: companyOfJob(job.plan.importer),
        layout: storedLayoutOf(job.read) as unknown as Record<string, unknown>,
        ...(job.status === "queued" ? { confirmedAt: new Date() } : {}),
      })
      .returning({ id: importJobs.id });
    if (!row) throw new Error("import job not created");
    await insertPreviewRows(tx, row.id, job.rows);
    if (job.status === "queued") await enqueue(tx, "import.run", { importJobId: row.id });
    return row.id;
  });
}

/**
 * `imports.preview`: reads the upload and answers with the preview's id. A small file is read
 * and checked at once; a large one is stored and read by a job (`import.preview`), whose
 * progress the preview shows. Nothing is saved as a program until the person confirms.
 */
export async function startPreview(ctx: Pick<Context, "db" | "ip">, base: Importer & { userId: string }, input: PreviewImportInput) {
  const importer = await applyOnBehalf(ctx.db, base, input.companyId);
  const upload = await readUpload(input);
  if ("refusal" in upload) return refuseFile(ctx, importer.userId, upload.refusal);
  const plan: PreviewPlan = { source: "preview", importer, ip: ctx.ip };
  if (upload.sheet.length > INLINE_PREVIEW_ROWS) {
    const id = await ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(importJobs)
        .values({
          createdBy: importer.userId,
          filename: input.filename,
          status: "reading",
          total: upload.sheet.length,
          plan: plan as unknown as Record<string, unknown>,
          companyId: companyOfJob(importer),
          file: upload.bytes,
        })
        .returning({ id: importJobs.id });
      if (!row) throw new Error("import job not created");
      await enqueue(tx, "import.preview", { importJobId: row.id });
      return row.id;
    });
    return { status: "reading" as const, previewId: id };
  }
  const { read, rows } = await readAndCheck(ctx.db, importer, upload.sheet, await loadEngineContext(ctx.db));
  const fileError = read.fileMessages.find((m) => m.level === "error");
  if (fileError && rows.length === 0) return refuseFile(ctx, importer.userId, fileError.message);
  const id = await storePreview(ctx.db, { createdBy: importer.userId, filename: input.filename, plan, status: "preview", read, rows });
  return { status: "ready" as const, previewId: id };
}

/** The preview's job, for its creator only: anyone else's is not found. */
export async function findOwnPreviewJob(db: DbOrTx, userId: string, id: string) {
  const [job] = await db
    .select({
      id: importJobs.id,
      filename: importJobs.filename,
      status: importJobs.status,
      total: importJobs.total,
      processed: importJobs.processed,
      plan: importJobs.plan,
      layout: importJobs.layout,
      confirmedAt: importJobs.confirmedAt,
      companyId: importJobs.companyId,
      companyName: companies.name,
      error: importJobs.error,
    })
    .from(importJobs)
    .leftJoin(companies, eq(companies.id, importJobs.companyId))
    .where(and(eq(importJobs.id, id), eq(importJobs.createdBy, userId)));
  return job ?? null;
}

function previewStatusOf(job: { status: string; confirmedAt: Date | null }): PreviewStatus {
  if (job.confirmedAt) return "confirmed";
  if (job.status === "reading") return "reading";
  if (job.status === "preview") return "ready";
  return "failed";
}

/** `imports.getPreview`: one page of the rows, with the counts and the file's own messages. */
export async function getPreview(db: DbOrTx, userId: string, input: GetPreviewInput & { filter: NonNullable<GetPreviewInput["filter"]>; page: number; pageSize: number }): Promise<ImportPreview> {
  const job = await findOwnPreviewJob(db, userId, input.id);
  if (!job) throw notFound();
  const counts = await countPreviewRows(db, job.id);
  const page = await listPreviewRows(db, job.id, input.filter, input.page, input.pageSize);
  // Row numbers only (one indexed column), so every page can say which rows the confirm will skip.
  const blockingRows = await findBlockingRows(db, job.id);
  const layout = job.layout as unknown as StoredLayout | null;
  const status = previewStatusOf(job);
  const fileErrors = [...(layout?.fileMessages ?? [])];
  if (status === "failed" && job.error) fileErrors.unshift({ field: null, level: "error", message: job.error });
  return {
    id: job.id,
    filename: job.filename,
    status,
    progress: status === "reading" ? { done: job.processed, total: job.total } : { done: counts.rows, total: counts.rows },
    companyName: job.companyName ?? null,
    companyId: job.companyId ?? null,
    fileErrors,
    counts,
    blockingRows,
    rows: page.rows,
    page: input.page,
    pageSize: input.pageSize,
    filtered: page.filtered,
    jobId: job.confirmedAt ? job.id : null,
  };
}
