import "server-only";
import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { importJobs } from "@/db/schema";
import { recordAudit } from "@/server/audit/audit";
import { conflict, fieldError, notFound } from "@/server/errors";
import { enqueue } from "@/server/jobs/enqueue";
import type { Context } from "@/server/trpc/init";
import type { ImportColumn } from "./columns";
import { fieldOfColumn } from "./columns";
import type { RowError } from "./import-errors";
import type { Importer } from "./importer";
import { MAX_ERRORS_SHOWN, type StartImportInput } from "./imports.schemas";
import { checkRows, needsChoice } from "./preview-checks";
import { loadEngineContext, readAndCheck, type CheckedSheetRow } from "./preview-engine";
import type { ConfirmImportInput, FixPreviewRowInput, PreviewRow } from "./preview.schemas";
import { applyOnBehalf, refuseFile, findOwnPreviewJob, readUpload, storePreview, type PreviewPlan, type StoredLayout } from "./preview.service";
import { countPreviewRows, findBlockingRows, loadPreviewRow, markSkippedRows, setRowSkipped, updatePreviewRow } from "./preview.store";
import { readRow } from "./row-read";

/**
 * `imports.fixRow`: the person's answer for one row (a place among the candidates, a category,
 * a sector), then the row read and checked again as a whole, so every message stays true. `skip`
 * alone only records that the person leaves the row out (or takes it back): it survives a reload,
 * the confirm leaves the row out, and the left-out rows' download holds it.
 */
export async function fixPreviewRow(db: Database, userId: string, input: FixPreviewRowInput): Promise<PreviewRow> {
  const job = await findOwnPreviewJob(db, userId, input.id);
  if (!job) throw notFound();
  if (job.status !== "preview" || job.confirmedAt) throw conflict("errors.importPreviewClosed");
  const stored = await loadPreviewRow(db, job.id, input.row);
  if (!stored) throw notFound();
  const skipped = input.skip ?? stored.skipped;
  if (input.skip !== undefined) await setRowSkipped(db, job.id, input.row, input.skip);
  if (!input.place && input.targetGroup === undefined && !input.sector) return { ...stored.data.preview, skipped };
  const ctx = await loadEngineContext(db);
  const decisions = { ...stored.data.decisions };
  if (input.place) {
    const ask = stored.data.preview.placeAsks[input.place.index];
    const known = ask?.candidates.some((c) => c.code === input.place?.code) || ctx.places.byCode.has(input.place.code);
    if (!ask || !known) throw fieldError("place", "errors.importPlaceChoice");
    decisions.places = { ...decisions.places, [String(input.place.index)]: input.place.code };
  }
  if (input.targetGroup !== undefined) decisions.targetGroup = input.targetGroup;
  if (input.sector) decisions.sector = input.sector;
  const layout = job.layout as unknown as StoredLayout;
  const columns = new Map(layout.columns.map((c) => [c.column as ImportColumn, c.index]));
  const fresh = readRow(input.row, stored.cells, { columns, places: ctx.places, within: ctx.within, terms: ctx.terms, titleYear: layout.titleYear, documentArea: layout.documentArea ?? null }, stored.data.section, decisions);
  fresh.preview.ref = stored.data.preview.ref;
  fresh.givenRef = stored.data.givenRef;
  fresh.refMessages = stored.data.refMessages;
  fresh.preview.messages.push(...fresh.refMessages);
  const plan = job.plan as unknown as PreviewPlan;
  const [checked] = await checkRows(db, plan.importer, [fresh], { places: ctx.places, thesaurus: ctx.thesaurus });
  if (!checked) throw notFound();
  await updatePreviewRow(db, job.id, checked, stored.data.section);
  return { ...checked.preview, skipped };
}

/**
 * `imports.confirm`: saves the preview's rows as drafts or submitted programs, by a job. Every
 * row that cannot be saved (an error, a place still to choose) must be listed in `skipRows`:
 * nothing is guessed, and nothing is left out without the person saying so.
 */
export async function confirmPreview(db: Database, userId: string, input: ConfirmImportInput): Promise<{ jobId: string }> {
  return db.transaction(async (tx) => {
    const [job] = await tx
      .select({ id: importJobs.id, status: importJobs.status, plan: importJobs.plan, confirmedAt: importJobs.confirmedAt })
      .from(importJobs)
      .where(and(eq(importJobs.id, input.id), eq(importJobs.createdBy, userId)))
      .for("update");
    if (!job) throw notFound();
    if (job.status !== "preview" || job.confirmedAt) throw conflict("errors.importPreviewClosed");
    const skip = new Set(input.skipRows);
    // A row skipped earlier with fixRow counts as skipped, as one listed here.
    if ((await findBlockingRows(tx, job.id, { notSkipped: true })).some((r) => !skip.has(r))) throw fieldError("skipRows", "errors.importRowsUnresolved");
    const total = await markSkippedRows(tx, job.id, [...skip]);
    if (total === 0) throw fieldError("skipRows", "errors.importNothingToSave");
    const { rows } = await countPreviewRows(tx, job.id);
    const plan = { ...(job.plan as unknown as PreviewPlan), mode: input.mode, skipped: rows - total };
    await tx
      .update(importJobs)
      .set({ status: "queued", confirmedAt: new Date(), total, processed: 0, plan: plan as unknown as Record<string, unknown>, updatedAt: new Date() })
      .where(eq(importJobs.id, job.id));
    await enqueue(tx, "import.run", { importJobId: job.id });
    return { jobId: job.id };
  });
}

/** A row's problems in the shape of `imports.start`'s answer: errors, and places still to choose. */
export function rowErrorsOf(rows: CheckedSheetRow[], columns: StoredLayout["columns"]): RowError[] {
  const columnOf = (field: string | null) => (field ? (columns.find((c) => fieldOfColumn(c.column as ImportColumn) === field)?.name ?? field) : null);
  return rows.flatMap(({ checked: { preview: p } }) =>
    p.messages
      .filter((m) => m.level === "error" || (m.candidates && needsChoice(p) && m.message === "errors.importPlaceAmbiguous"))
      .map((m) => ({ row: p.row, field: m.field, column: columnOf(m.field), message: m.message, ...(m.params ? { params: m.params } : {}) })),
  );
}

/**
 * `imports.start`, the one-step upload: the preview's reading and checks, then, when no row
 * has a problem left, the rows submitted by a job at once; otherwise every problem, nothing saved.
 */
export async function startImport(ctx: Pick<Context, "db" | "ip">, base: Importer & { userId: string }, input: StartImportInput) {
  const importer = await applyOnBehalf(ctx.db, base, undefined);
  const upload = await readUpload(input);
  if ("refusal" in upload) return refuseFile(ctx, importer.userId, upload.refusal);
  const { read, rows } = await readAndCheck(ctx.db, importer, upload.sheet, await loadEngineContext(ctx.db));
  const fileErrors = read.fileMessages.filter((m) => m.level === "error").map((m) => ({ row: null, field: m.field, column: null, message: m.message }));
  const errors: RowError[] = [...fileErrors, ...rowErrorsOf(rows, read.layout?.columns ?? [])];
  if (errors.length) {
    await recordAudit(ctx.db, {
      actorId: importer.userId,
      action: "program.import_rejected",
      ip: ctx.ip,
      details: { via: "app", rows: rows.length, errors: errors.length },
    });
    return { status: "invalid" as const, rowCount: rows.length, errorCount: errors.length, errors: errors.slice(0, MAX_ERRORS_SHOWN) };
  }
  const plan: PreviewPlan = { source: "preview", importer, ip: ctx.ip, mode: "submit" };
  const jobId = await storePreview(ctx.db, { createdBy: importer.userId, filename: input.filename, plan, status: "queued", read, rows });
  return { status: "started" as const, jobId, total: rows.length };
}
