/**
 * What the import preview will do on confirm, from the counts the server gives and the rows the
 * person chose to leave out. Rows with errors are always left out (the server refuses them), so
 * the person's own choices only ever add rows that are not errors.
 */

/** Rows per preview page: enough to scan, few enough that a page of cards renders at once on a phone. */
export const PREVIEW_PAGE_SIZE = 50;

export interface PreviewCounts {
  rows: number;
  ok: number;
  warning: number;
  error: number;
}

/** Rows that will be imported and rows that will be left out. */
export function planImport(counts: PreviewCounts, chosenSkips: ReadonlySet<number>): { importing: number; skipping: number } {
  const skipping = Math.min(counts.rows, counts.error + chosenSkips.size);
  return { importing: counts.rows - skipping, skipping };
}

/** How many rows each filter of the preview shows ("perlu dicek" holds the errors too: both need a look). */
export function filterCounts(counts: PreviewCounts): { all: number; problems: number; errors: number } {
  return { all: counts.rows, problems: counts.warning + counts.error, errors: counts.error };
}

/** The rows to send as `skipRows` on confirm: every error row and every chosen one, once each, in file order. */
export function rowsToSkip(errorRows: Iterable<number>, chosenSkips: Iterable<number>): number[] {
  return [...new Set([...errorRows, ...chosenSkips])].sort((a, b) => a - b);
}

/**
 * A row the person skipped stays skipped only while it can still be imported: once it turns out to
 * be an error row, the server skips it anyway, so it no longer counts as a choice.
 */
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

/** Pages of `pageSize` needed to show `total` rows (at least one, so an empty filter still has page 1). */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The skipped rows' download; the rows the person chose travel in the query, since the server keeps only the errors. */
export function skippedDownloadHref(previewId: string, chosenSkips: Iterable<number>): string {
  const rows = [...chosenSkips].sort((a, b) => a - b);
  const base = `/api/imports/${encodeURIComponent(previewId)}/skipped`;
  return rows.length ? `${base}?rows=${rows.join(",")}` : base;
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
