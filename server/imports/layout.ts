// Where the table of a spreadsheet written for people starts, and what its columns are: the
// header is the row (among the first ones) that names the most known columns, under title rows
// such as "DAFTAR PROGRAM CSR PT X TAHUN 2025"; a second header row may split a merged
// "Lokasi" into "Desa", "Kecamatan" and "Kabupaten". Pure.
import { isBlank, readCellText, type Cell, type SheetRow } from "./cells";
import { readHeaderCell, type ImportColumn } from "./columns";

/** Rows (non-blank) searched for the header. */
export const HEADER_SEARCH_ROWS = 15;

export interface LayoutColumn {
  index: number;
  column: ImportColumn;
  /** The header as the file writes it ("Lokasi / Desa"). */
  name: string;
}

export interface SheetLayout {
  headerRow: number;
  /** Index in the sheet's rows of the first row after the header (and its second row, or the row of column numbers). */
  firstDataIndex: number;
  columns: LayoutColumn[];
  /** The header text of every column, for the download of skipped rows. */
  headerNames: string[];
  /** A year named above the header ("… TAHUN 2025"): the period when the table gives none. */
  titleYear: number | null;
}

const recognised = (cells: Cell[]) => cells.map((c) => readHeaderCell(readCellText(c)));
const distinctKinds = (kinds: ImportColumn[][]) => new Set(kinds.flatMap((k) => k.slice(0, 1))).size;

/** Column numbers under a header: "1 2 3 4" or "(1) (2) (3)". */
function isColumnNumberRow(cells: Cell[]): boolean {
  const filled = cells.map(readCellText).filter((t) => t !== "");
  if (filled.length < 3) return false;
  const numbers = filled.map((t) => Number(t.replace(/^\((\d+)\)$/, "$1")));
  return numbers.every((n, i) => Number.isInteger(n) && n === (numbers[0] ?? 0) + i);
}

function findYear(rows: SheetRow[]): number | null {
  for (const r of rows) {
    for (const c of r.cells) {
      const m = readCellText(c).match(/\b(20\d{2})\b/);
      if (m) return Number(m[1]);
    }
  }
  return null;
}

const NUMBERISH = /^(?:rp\.?\s*)?[\d.,\s]+(?:\s*(?:orang|org|jiwa|kk|peserta|siswa|anak|unit|rumah|kpm|rtm|ruta|keluarga))?$/i;

/** For "Penerima Manfaat": numbers in the first cells make it a count; words a target group. */
function looksNumeric(rows: SheetRow[], index: number): boolean {
  const texts = rows
    .slice(0, 30)
    .map((r) => r.cells[index] ?? null)
    .filter((c) => readCellText(c) !== "");
  if (texts.length === 0) return true;
  const numeric = texts.filter((c) => typeof c === "number" || NUMBERISH.test(readCellText(c))).length;
  return numeric / texts.length >= 0.6;
}

function assignColumns(kinds: ImportColumn[][], names: string[], data: SheetRow[]): LayoutColumn[] {
  const taken = new Map<ImportColumn, number>();
  const out: LayoutColumn[] = [];
  const take = (index: number, column: ImportColumn) => {
    if (taken.has(column)) return false;
    taken.set(column, index);
    out.push({ index, column, name: names[index] ?? column });
    return true;
  };
  // Headers that say one thing first, so an ambiguous one takes what is left.
  kinds.forEach((k, i) => {
    if (k.length === 1) take(i, k[0] as ImportColumn);
  });
  kinds.forEach((k, i) => {
    if (k.length < 2) return;
    let order = k;
    if (k.includes("beneficiaries") && k.includes("target_group")) {
      order = looksNumeric(data, i) ? ["beneficiaries", "target_group"] : ["target_group", "beneficiaries"];
    }
    order.some((c) => take(i, c));
  });
  return out.sort((a, b) => a.index - b.index);
}

/**
 * Finds the header among the first rows and reads the columns. Null when no row names at least
 * two known columns (the file is not a table of programs the import can read).
 */
export function detectLayout(sheet: SheetRow[]): SheetLayout | null {
  const window = sheet.slice(0, HEADER_SEARCH_ROWS);
  let best = -1;
  let bestScore = 1;
  window.forEach((r, i) => {
    const score = distinctKinds(recognised(r.cells));
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  const header = sheet[best];
  if (!header) return null;
  const kinds = recognised(header.cells);
  const names = header.cells.map(readCellText);
  let next = best + 1;
  const second = sheet[next];
  if (second) {
    const sub = recognised(second.cells);
    const filled = second.cells.filter((c) => readCellText(c) !== "").length;
    const known = sub.filter((k) => k.length > 0).length;
    if (known >= 2 && known / Math.max(filled, 1) >= 0.6) {
      // A merged group header ("Lokasi" over "Desa | Kecamatan | Kabupaten"): the second row is more precise.
      sub.forEach((k, i) => {
        if (k.length === 0) return;
        kinds[i] = k;
        const above = names[i] ?? "";
        const own = readCellText(second.cells[i] ?? null);
        names[i] = above && !readHeaderCell(above).includes(k[0] as ImportColumn) ? `${above} / ${own}` : own;
      });
      next++;
    }
  }
  const numbers = sheet[next];
  if (numbers && isColumnNumberRow(numbers.cells)) next++;
  const width = Math.max(kinds.length, ...sheet.slice(next, next + 50).map((r) => r.cells.length));
  while (kinds.length < width) kinds.push([]);
  const columns = assignColumns(kinds, names, sheet.slice(next));
  return {
    headerRow: header.row,
    firstDataIndex: next,
    columns,
    headerNames: Array.from({ length: width }, (_, i) => names[i] ?? ""),
    titleYear: findYear(sheet.slice(0, best)),
  };
}

/** The column index of each column the layout found. */
export function indexOfColumns(layout: SheetLayout): Map<ImportColumn, number> {
  return new Map(layout.columns.map((c) => [c.column, c.index]));
}

/** A data row that repeats the header (a table printed over several pages). */
export function isRepeatedHeader(cells: Cell[], layout: SheetLayout): boolean {
  const kinds = recognised(cells);
  const hits = layout.columns.filter((c) => (kinds[c.index] ?? []).includes(c.column)).length;
  return hits >= Math.max(2, Math.ceil(layout.columns.length / 2));
}

/** Whether a sheet holds a table the program and government imports can read: a header row they recognise. */
export function hasImportTable(sheet: SheetRow[]): boolean {
  return detectLayout(sheet.filter((r) => r.cells.some((c) => !isBlank(c)))) !== null;
}
