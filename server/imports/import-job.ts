import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Database, DbOrTx } from "@/db/client";
import { importJobs } from "@/db/schema";
import { enqueue } from "@/server/jobs/enqueue";
import type { Importer, PlannedRow } from "./importer";
import { checkImportedPrograms, describeImportFailure, OverlapCheckError, saveImportRows } from "./imports.execute";
import { updateImportJob } from "./imports.queries";
import { programOf } from "./preview-checks";
import type { PreviewPlan } from "./preview.service";
import { loadRowsToSave, markSavedRows, type StoredRowData } from "./preview.store";

/** What a job needs to run, kept in the job's row (not in any process) until the rows are saved. */
export interface StoredPlan {
  importer: Importer;
  rows: PlannedRow[];
  ip: string | null;
}

/** A row of a confirmed preview as the saving step takes it. */
function plannedOf(d: StoredRowData): PlannedRow {
  const p = d.preview;
  const program = programOf(p);
  const { sector, startDate, endDate } = program;
  if (!d.target || !sector || !startDate || !endDate) throw new Error(`import row ${p.row} is not ready to save`);
  return {
    row: p.row,
    company: d.target,
    updateId: d.updateId,
    replacedStatus: d.updateStatus,
    program: { ...program, sector, startDate, endDate },
  };
}

/** The rows to save: a preview's confirmed rows, or the validated rows stored with the job (older jobs). */
async function rowsOfPlan(db: DbOrTx, importJobId: string, plan: StoredPlan | PreviewPlan): Promise<PlannedRow[]> {
  if ("source" in plan) return (await loadRowsToSave(db, importJobId)).map(plannedOf);
  return plan.rows;
}

/** Creates the job row with its plan and puts `import.run` on the queue, in one transaction. */
export async function enqueueImport(
  db: Database,
  job: { createdBy: string; filename: string; importer: Importer; rows: PlannedRow[]; ip: string | null },
): Promise<string> {
  const plan: StoredPlan = { importer: job.importer, rows: job.rows, ip: job.ip };
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(importJobs)
      .values({
        createdBy: job.createdBy,
        filename: job.filename,
        total: job.rows.length,
        plan: plan as unknown as Record<string, unknown>,
      })
      .returning({ id: importJobs.id });
    if (!row) throw new Error("import job not created");
    await enqueue(tx, "import.run", { importJobId: row.id });
    return row.id;
  });
}

/** Marks the job as the worker's and proves it alive; the progress page and the sweeper read this. */
function touch(db: DbOrTx, id: string, workerId: string) {
  return db
    .update(importJobs)
    .set({ workerId, heartbeatAt: sql`now()`, updatedAt: sql`now()` })
    .where(eq(importJobs.id, id));
}

const PROGRESS_EVERY_MS = 250;

/**
 * The `import.run` job. Saving is one transaction that also records the saved program ids and
 * drops the plan, so a killed worker leaves either nothing saved (the next attempt saves) or
 * everything saved (the next attempt only checks, from where the last one got to). A finished
 * job is left alone, so running it twice changes nothing.
 */
export async function runImportJob(db: Database, importJobId: string, workerId: string, log: (line: string) => void = () => {}) {
  const [job] = await db.select().from(importJobs).where(eq(importJobs.id, importJobId));
  if (!job || job.status === "done" || job.status === "failed") return { skipped: true };
  await db.update(importJobs).set({ status: "running" }).where(eq(importJobs.id, importJobId));
  await touch(db, importJobId, workerId);
  let ids = job.programIds;
  try {
    if (!ids) {
      const plan = job.plan as unknown as StoredPlan | PreviewPlan | null;
      if (!plan) throw new Error("import job has neither a plan nor saved programs");
      const fromPreview = "source" in plan;
      const saved = await saveImportRows(db, plan.importer, await rowsOfPlan(db, importJobId, plan), {
        via: "app",
        jobId: importJobId,
        ip: plan.ip,
        ...(fromPreview ? { mode: plan.mode ?? "submit", skipped: plan.skipped ?? 0 } : {}),
        inSaveTransaction: async (tx, s) => {
          await tx
            .update(importJobs)
            .set({
              programIds: s.ids,
              plan: null,
              imported: s.ids.length,
              companiesCreated: s.companiesCreated,
              processed: 0,
              ...(fromPreview ? { mode: plan.mode ?? "submit" } : {}),
            })
            .where(eq(importJobs.id, importJobId));
          if (fromPreview) await markSavedRows(tx, importJobId, s.saved);
        },
      });
      ids = saved.ids;
      log(`[import] ${importJobId}: saved ${ids.length} programs`);
    }
    let lastWrite = 0;
    const flags = await checkImportedPrograms(db, ids, job.processed, async (done, total) => {
      // A write per program would double the work of a large import; a few a second suffice for a progress bar.
      if (done < total && Date.now() - lastWrite < PROGRESS_EVERY_MS) return;
      lastWrite = Date.now();
      await updateImportJob(db, importJobId, { processed: done });
      await touch(db, importJobId, workerId);
      log(`[import] ${importJobId}: checked ${done}/${total}`);
    });
    await updateImportJob(db, importJobId, { status: "done", processed: ids.length, flags, finished: true });
    log(`[import] ${importJobId}: done`);
  } catch (err) {
    console.error(`[import] job ${importJobId} failed:`, err instanceof Error ? (err.cause ?? err) : err);
    // Past the commit the programs stand: the job is done, with a warning that the check failed.
    const status = err instanceof OverlapCheckError ? "done" : "failed";
    await updateImportJob(db, importJobId, { status, error: describeImportFailure(err), finished: true });
  }
  return { skipped: false };
}

/**
 * For the sweeper, after it handed a dead worker's `import.run` back to the queue: waiting again
 * when pg-boss will retry it, otherwise finished with the reason (the programs stand if saved).
 */
export async function settleInterruptedImport(db: DbOrTx, importJobId: string, willRetry: boolean) {
  const [job] = await db
    .select({ status: importJobs.status, programIds: importJobs.programIds })
    .from(importJobs)
    .where(eq(importJobs.id, importJobId));
  if (!job || job.status === "done" || job.status === "failed") return;
  if (willRetry) return updateImportJob(db, importJobId, { status: "queued" });
  const saved = job.programIds !== null;
  await updateImportJob(db, importJobId, {
    status: saved ? "done" : "failed",
    error: saved ? "errors.importCheckFailed" : "errors.importInterrupted",
    finished: true,
  });
}
