import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Database, DbOrTx } from "@/db/client";
import { importJobs } from "@/db/schema";
import { ImportFileError } from "./import-errors";
import { loadEngineContext, readAndCheck } from "./preview-engine";
import { storedLayoutOf, type PreviewPlan } from "./preview.service";
import { findLastStoredRow, insertPreviewRows } from "./preview.store";
import { hasImportTable } from "./layout";
import { readSheet, SHEET_LIMITS } from "./sheet";

/**
 * The `import.preview` job: reads a large upload into its preview, a batch of rows at a time.
 * Each batch is stored with the progress in one transaction, so a worker killed halfway leaves
 * whole batches behind and the next attempt goes on after the last stored row. The file is
 * dropped once read.
 */
export async function runPreviewJob(
  db: Database,
  importJobId: string,
  workerId: string,
  log: (line: string) => void = () => {},
  /** Stops between batches, as a killed worker would (tests of the resumption). */
  signal?: AbortSignal,
) {
  const [job] = await db.select().from(importJobs).where(eq(importJobs.id, importJobId));
  if (!job || job.status !== "reading") return { skipped: true };
  const fail = async (message: string, layout?: Record<string, unknown>) => {
    await db
      .update(importJobs)
      .set({ status: "failed", error: message, file: null, finishedAt: sql`now()`, updatedAt: sql`now()`, ...(layout ? { layout } : {}) })
      .where(eq(importJobs.id, importJobId));
  };
  if (!job.file) return fail("errors.importInterrupted");
  await db.update(importJobs).set({ workerId, heartbeatAt: sql`now()` }).where(eq(importJobs.id, importJobId));
  const plan = job.plan as unknown as PreviewPlan;
  let sheet;
  try {
    // The same sheet the preview was read from: the first with a table the import recognises.
    sheet = await readSheet(job.filename, job.file, SHEET_LIMITS, hasImportTable);
  } catch (err) {
    if (err instanceof ImportFileError) return fail(err.message);
    throw err;
  }
  const afterRow = await findLastStoredRow(db, importJobId);
  const ctx = await loadEngineContext(db);
  const { read } = await readAndCheck(db, plan.importer, sheet, ctx, {
    afterRow,
    onBatch: async (rows, done, total) => {
      signal?.throwIfAborted();
      await db.transaction(async (tx) => {
        await insertPreviewRows(tx, importJobId, rows);
        await reportProgress(tx, importJobId, done, total);
      });
      log(`[import.preview] ${importJobId}: ${done}/${total}`);
    },
  });
  const layout = storedLayoutOf(read) as unknown as Record<string, unknown>;
  if (read.rows.length === 0) return fail(read.fileMessages.find((m) => m.level === "error")?.message ?? "errors.importEmpty", layout);
  await db
    .update(importJobs)
    .set({ status: "preview", layout, file: null, total: read.rows.length, processed: read.rows.length, updatedAt: sql`now()` })
    .where(eq(importJobs.id, importJobId));
  log(`[import.preview] ${importJobId}: ready, ${read.rows.length} rows`);
  return { skipped: false };
}

function reportProgress(db: DbOrTx, id: string, done: number, total: number) {
  return db.update(importJobs).set({ processed: done, total, heartbeatAt: sql`now()`, updatedAt: sql`now()` }).where(eq(importJobs.id, id));
}

/** For the sweeper: a reading job whose worker is gone and that will not be retried fails, naming why. */
export async function settleInterruptedPreview(db: DbOrTx, importJobId: string, willRetry: boolean) {
  if (willRetry) return;
  await db
    .update(importJobs)
    .set({ status: "failed", error: "errors.importInterrupted", file: null, finishedAt: sql`now()`, updatedAt: sql`now()` })
    .where(sql`${importJobs.id} = ${importJobId} AND ${importJobs.status} = 'reading'`);
}
