/**
 * What the import preview will do on confirm. Some rows cannot be saved as they stand (an error,
 * or a place still to choose): the server refuses a confirm that does not skip them, so they are
 * skipped by default; the person may skip any other row as well. The preview lists those rows
 * itself (`blockingRows`, on every page), so the page never reads every row to find them.
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

/** Rows that will be imported and rows that will be left out. */
export function planImport(total: number, blocking: Iterable<number>, chosenSkips: Iterable<number>): { importing: number; skipping: number } {
  const skipping = Math.min(total, new Set([...blocking, ...chosenSkips]).size);
  return { importing: total - skipping, skipping };
}

/** The rows to send as `skipRows` on confirm: every blocking row and every chosen one, once each, in file order. */
export function rowsToSkip(blocking: Iterable<number>, chosenSkips: Iterable<number>): number[] {
  return [...new Set([...blocking, ...chosenSkips])].sort((a, b) => a - b);
}

/** What confirming a preview does with the chosen skips: rows saved, rows left out, and the `skipRows` to send. */
export function planConfirm(
  preview: { counts: { rows: number }; blockingRows: readonly number[] },
  chosenSkips: Iterable<number>,
): { importing: number; skipping: number; skipRows: number[] } {
  const chosen = [...chosenSkips];
  return { ...planImport(preview.counts.rows, preview.blockingRows, chosen), skipRows: rowsToSkip(preview.blockingRows, chosen) };
}

/** The chosen skips with one row added or removed (a new set: React state is never changed in place). */
export function toggleSkip(chosen: ReadonlySet<number>, row: number, skip: boolean): Set<number> {
  const next = new Set(chosen);
  if (skip) next.add(row);
  else next.delete(row);
  return next;
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

/**
 * The left-out rows' download. Before the confirm it holds the rows that cannot be saved; the rows
 * the person chose to skip are recorded only by the confirm, so the result step offers it again.
 */
export function skippedDownloadHref(previewId: string): string {
  return `/api/imports/${encodeURIComponent(previewId)}/skipped`;
}

/** Reads the chosen skips saved for a preview (a reload keeps them); anything malformed reads as none. */
export function parseSavedSkips(text: string | null): Set<number> {
  if (!text) return new Set();
  try {
    const value: unknown = JSON.parse(text);
    if (!Array.isArray(value)) return new Set();
    return new Set(value.filter((n): n is number => Number.isInteger(n) && n >= 1));
  } catch {
    return new Set();
  }
}

/**
 * Where the result step's "see the programs" goes: an officer's own company (`?mine=1`); for an
 * admin who imported on a company's behalf, that company's programs; otherwise the whole list.
 */
export function programsListHref(role: string, companyId: string | null): string {
  if (role === "officer") return "/programs?mine=1";
  return companyId ? `/programs?company=${encodeURIComponent(companyId)}` : "/programs";
}
