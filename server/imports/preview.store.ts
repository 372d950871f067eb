import "server-only";
import { and, asc, eq, inArray, isNotNull, ne, or, sql, type SQL } from "drizzle-orm";
import type { Sector } from "@/lib/enums";
import type { DbOrTx } from "@/db/client";
import { importPreviewRows } from "@/db/schema";
import { formatIsoDate, type Cell } from "./cells";
import type { CompanyTarget } from "./importer";
import { chunk } from "./imports.queries";
import type { PreviewFilter } from "./preview.schemas";
import type { CheckedRow } from "./preview-checks";
import { needsChoice } from "./preview-checks";
import type { PreviewMessage, PreviewRow } from "./preview.schemas";
import type { RowDecisions } from "./row-read";

/** What one stored row keeps besides its cells: the preview as shown, and what re-reading it needs. */
export interface StoredRowData {
  preview: PreviewRow;
  companyText: string;
  givenRef: string | null;
  refMessages: PreviewMessage[];
  decisions: RowDecisions;
  target: CompanyTarget | null;
  updateId: string | null;
  updateStatus: "draft" | "revision_requested" | null;
  /** The sector of the heading the row sits under. */
  section: Sector | null;
}

/** Cells as JSON: a date as the day it shows, which reads back the same. */
export const storeCells = (cells: Cell[]): (string | number | null)[] => cells.map((c) => (c instanceof Date ? formatIsoDate(c) : c));

export function toStored(r: CheckedRow, section: Sector | null): StoredRowData {
  return {
    preview: r.preview,
    companyText: r.companyText,
    givenRef: r.givenRef,
    refMessages: r.refMessages,
    decisions: r.decisions,
    target: r.target,
    updateId: r.updateId,
    updateStatus: r.updateStatus,
    section,
  };
}

/** Inserts checked rows in a few statements (one per 500 rows). */
export async function insertPreviewRows(db: DbOrTx, jobId: string, rows: { checked: CheckedRow; cells: Cell[]; section: Sector | null }[]) {
  for (const part of chunk(rows, 500)) {
    await db.insert(importPreviewRows).values(
      part.map(({ checked, cells, section }) => ({
        jobId,
        row: checked.preview.row,
        status: checked.preview.status,
        needsChoice: needsChoice(checked.preview),
        ref: checked.preview.ref,
        cells: storeCells(cells),
        data: toStored(checked, section) as unknown as Record<string, unknown>,
      })),
    );
  }
}

/** The highest row stored so far: a resumed reading job goes on after it. */
export async function findLastStoredRow(db: DbOrTx, jobId: string): Promise<number> {
  const [r] = await db
    .select({ last: sql<number | null>`max(${importPreviewRows.row})` })
    .from(importPreviewRows)
    .where(eq(importPreviewRows.jobId, jobId));
  return r?.last ?? 0;
}

/** A row that cannot be saved as it stands: an error, or a place still to choose (the rule the confirm enforces). */
const IS_BLOCKING = or(eq(importPreviewRows.status, "error"), eq(importPreviewRows.needsChoice, true));

const FILTERS: Record<PreviewFilter, SQL | undefined> = {
  all: undefined,
  problems: or(ne(importPreviewRows.status, "ok"), eq(importPreviewRows.needsChoice, true)),
  errors: eq(importPreviewRows.status, "error"),
};

export async function countPreviewRows(db: DbOrTx, jobId: string) {
  const [c] = await db
    .select({
      rows: sql<number>`count(*)::int`,
      ok: sql<number>`count(*) FILTER (WHERE ${importPreviewRows.status} = 'ok')::int`,
      warning: sql<number>`count(*) FILTER (WHERE ${importPreviewRows.status} = 'warning')::int`,
      error: sql<number>`count(*) FILTER (WHERE ${importPreviewRows.status} = 'error')::int`,
      update: sql<number>`count(*) FILTER (WHERE ${importPreviewRows.data}->'preview'->>'action' = 'update')::int`,
      problems: sql<number>`count(*) FILTER (WHERE ${FILTERS.problems})::int`,
      blocking: sql<number>`count(*) FILTER (WHERE ${IS_BLOCKING})::int`,
      skipped: sql<number>`count(*) FILTER (WHERE ${importPreviewRows.skipped})::int`,
      leftOut: sql<number>`count(*) FILTER (WHERE ${importPreviewRows.skipped} OR ${IS_BLOCKING})::int`,
    })
    .from(importPreviewRows)
    .where(eq(importPreviewRows.jobId, jobId));
  const rows = c?.rows ?? 0;
  const update = c?.update ?? 0;
  return {
    rows,
    ok: c?.ok ?? 0,
    warning: c?.warning ?? 0,
    error: c?.error ?? 0,
    create: rows - update,
    update,
    problems: c?.problems ?? 0,
    blocking: c?.blocking ?? 0,
    skipped: c?.skipped ?? 0,
    leftOut: c?.leftOut ?? 0,
  };
}

/** One page of rows in file order, after the filter, and how many rows match it. */
export async function listPreviewRows(db: DbOrTx, jobId: string, filter: PreviewFilter, page: number, pageSize: number) {
  const where = and(eq(importPreviewRows.jobId, jobId), FILTERS[filter]);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(importPreviewRows).where(where);
  const rows = await db
    .select({ data: importPreviewRows.data, skipped: importPreviewRows.skipped })
    .from(importPreviewRows)
    .where(where)
    .orderBy(asc(importPreviewRows.row))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { filtered: count?.n ?? 0, rows: rows.map((r) => ({ ...(r.data as unknown as StoredRowData).preview, skipped: r.skipped })) };
}

export async function loadPreviewRow(db: DbOrTx, jobId: string, row: number) {
  const [r] = await db
    .select({ cells: importPreviewRows.cells, data: importPreviewRows.data, skipped: importPreviewRows.skipped })
    .from(importPreviewRows)
    .where(and(eq(importPreviewRows.jobId, jobId), eq(importPreviewRows.row, row)));
  return r ? { cells: r.cells as Cell[], data: r.data as unknown as StoredRowData, skipped: r.skipped } : null;
}

/** The person's choice to leave one row out (or take it back in) before the confirm. */
export async function setRowSkipped(db: DbOrTx, jobId: string, row: number, skipped: boolean) {
  await db
    .update(importPreviewRows)
    .set({ skipped })
    .where(and(eq(importPreviewRows.jobId, jobId), eq(importPreviewRows.row, row)));
}

/** Replaces one row's reading (a fix): one row's JSON, never the whole preview. */
export async function updatePreviewRow(db: DbOrTx, jobId: string, checked: CheckedRow, section: Sector | null) {
  await db
    .update(importPreviewRows)
    .set({
      status: checked.preview.status,
      needsChoice: needsChoice(checked.preview),
      ref: checked.preview.ref,
      data: toStored(checked, section) as unknown as Record<string, unknown>,
    })
    .where(and(eq(importPreviewRows.jobId, jobId), eq(importPreviewRows.row, checked.preview.row)));
}

/** Rows that cannot be saved as they stand: an error, or a place still to choose. */
export async function findBlockingRows(db: DbOrTx, jobId: string, opts: { notSkipped?: boolean } = {}): Promise<number[]> {
  const rows = await db
    .select({ row: importPreviewRows.row })
    .from(importPreviewRows)
    .where(and(eq(importPreviewRows.jobId, jobId), IS_BLOCKING, opts.notSkipped ? eq(importPreviewRows.skipped, false) : undefined))
    .orderBy(asc(importPreviewRows.row));
  return rows.map((r) => r.row);
}

const isSaved = and(eq(importPreviewRows.skipped, false), ne(importPreviewRows.status, "error"), eq(importPreviewRows.needsChoice, false));

/** Marks the rows the person left out; returns how many rows will be saved. */
export async function markSkippedRows(db: DbOrTx, jobId: string, skip: number[]): Promise<number> {
  for (const part of chunk(skip, 5000)) {
    await db
      .update(importPreviewRows)
      .set({ skipped: true })
      .where(and(eq(importPreviewRows.jobId, jobId), inArray(importPreviewRows.row, part)));
  }
  const [c] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(importPreviewRows)
    .where(and(eq(importPreviewRows.jobId, jobId), isSaved));
  return c?.n ?? 0;
}

/** The rows a confirmed import saves: not skipped, no error, nothing left to choose. */
export async function loadRowsToSave(db: DbOrTx, jobId: string): Promise<StoredRowData[]> {
  const rows = await db
    .select({ data: importPreviewRows.data })
    .from(importPreviewRows)
    .where(and(eq(importPreviewRows.jobId, jobId), isSaved))
    .orderBy(asc(importPreviewRows.row));
  return rows.map((r) => r.data as unknown as StoredRowData);
}

/** Records which program each saved row became, in a few statements. */
export async function markSavedRows(db: DbOrTx, jobId: string, saved: { row: number; programId: string }[]) {
  for (const part of chunk(saved, 1000)) {
    const json = JSON.stringify(part);
    await db.execute(
      sql`UPDATE import_preview_rows r SET program_id = x."programId"::uuid
          FROM json_to_recordset(${json}::json) AS x("row" int, "programId" text)
          WHERE r.job_id = ${jobId} AND r.row = x."row"`,
    );
  }
}

/** The programs a finished import created or updated, one page in file order. */
export async function listImportedPrograms(db: DbOrTx, jobId: string, page: number, pageSize: number) {
  const where = and(eq(importPreviewRows.jobId, jobId), isNotNull(importPreviewRows.programId));
  const [count] = await db
    .select({
      n: sql<number>`count(*)::int`,
      updated: sql<number>`count(*) FILTER (WHERE ${importPreviewRows.data}->'preview'->>'action' = 'update')::int`,
    })
    .from(importPreviewRows)
    .where(where);
  const rows = await db
    .select({ row: importPreviewRows.row, programId: importPreviewRows.programId, ref: importPreviewRows.ref, data: importPreviewRows.data })
    .from(importPreviewRows)
    .where(where)
    .orderBy(asc(importPreviewRows.row))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const total = count?.n ?? 0;
  const updated = count?.updated ?? 0;
  return {
    total,
    /** Across all pages: programs new with this import, and drafts it replaced. */
    totals: { created: total - updated, updated },
    created: rows.map((r) => {
      const p = (r.data as unknown as StoredRowData).preview;
      return { row: r.row, programId: r.programId as string, ref: r.ref, title: p.title, action: p.action };
    }),
  };
}

/** The rows left out of an import (skipped, refused, or waiting for a choice), with their cells and messages, for the download. */
export async function listLeftOutRows(db: DbOrTx, jobId: string) {
  const rows = await db
    .select({ row: importPreviewRows.row, cells: importPreviewRows.cells, data: importPreviewRows.data })
    .from(importPreviewRows)
    .where(
      and(
        eq(importPreviewRows.jobId, jobId),
        or(eq(importPreviewRows.skipped, true), eq(importPreviewRows.status, "error"), eq(importPreviewRows.needsChoice, true)),
      ),
    )
    .orderBy(asc(importPreviewRows.row));
  return rows.map((r) => ({ row: r.row, cells: r.cells as Cell[], preview: (r.data as unknown as StoredRowData).preview }));
}
