/**
 * What the import preview will do on confirm. Some rows cannot be saved as they stand (an error,
 * or a place still to choose): the server refuses a confirm that does not skip them, so they are
 * skipped by default; the person may skip any other row as well (fixRow `skip`, kept on the
 * server). The preview lists the blocking rows and counts the left-out ones on every page, so the
 * page never reads every row to find them.
 */

/** Rows per preview page: enough to scan, few enough that a page of cards renders at once on a phone. */
export const PREVIEW_PAGE_SIZE = 50;

interface RowState {
  status: "ok" | "warning" | "error";
  placeAsks: readonly { chosen: string | null }[];
}

/** A row that cannot be saved until it is fixed: an error, or a place not yet chosen among several. */
export function isBlocking(row: RowState): boolean {
  return row.status === "error" || row.placeAsks.some((a) => a.chosen === null);
}

/**
 * What confirming a preview does: rows saved, rows left out (blocking or skipped by the person,
 * which the server keeps and counts), and the `skipRows` to send: the blocking rows, which the
 * confirm needs named (a row skipped with fixRow is left out already).
 */
export function planConfirm(preview: { counts: { rows: number; leftOut: number }; blockingRows: readonly number[] }): {
  importing: number;
  skipping: number;
  skipRows: number[];
} {
  const skipping = Math.min(preview.counts.rows, preview.counts.leftOut);
  return { importing: preview.counts.rows - skipping, skipping, skipRows: [...preview.blockingRows].sort((a, b) => a - b) };
}

/** Messages grouped by the field they concern; `null` holds those about the row as a whole. */
export function groupByField<M extends { field: string | null }>(messages: readonly M[]): Map<M["field"], M[]> {
  const out = new Map<M["field"], M[]>();
  for (const m of messages) {
    const list = out.get(m.field);
    if (list) list.push(m);
    else out.set(m.field, [m]);
  }
  return out;
}

const OVERLAP_NOTES = new Set(["importNotes.duplicateFound", "importNotes.overlapFound"]);

/**
 * The messages a preview card shows as text: those it already says in its own way are left out
 * (the inferred category beside the target group, the place question with its candidates, the
 * overlaps box with its links), so nothing is said twice.
 */
export function messagesToShow<M extends { message: string; candidates?: readonly unknown[] }>(
  messages: readonly M[],
  row: { targetGroupInferred: boolean; placeAsks: readonly unknown[]; overlaps: readonly unknown[] },
): M[] {
  return messages.filter((m) => {
    if (m.message === "importNotes.targetInferred") return !row.targetGroupInferred;
    if (m.candidates?.length) return row.placeAsks.length === 0;
    if (OVERLAP_NOTES.has(m.message)) return row.overlaps.length === 0;
    return true;
  });
}

/** Pages of `pageSize` needed to show `total` rows (at least one, so an empty filter still has page 1). */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The left-out rows' download: the rows that cannot be saved and those the person chose to skip. */
export function skippedDownloadHref(previewId: string): string {
  return `/api/imports/${encodeURIComponent(previewId)}/skipped`;
}

/**
 * Where the result step's "see the programs" goes: an officer's own company (`?mine=1`); for an
 * admin who imported on a company's behalf, that company's programs; otherwise the whole list.
 */
export function programsListHref(role: string, companyId: string | null): string {
  if (role === "officer") return "/programs?mine=1";
  return companyId ? `/programs?company=${encodeURIComponent(companyId)}` : "/programs";
}
