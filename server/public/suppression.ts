// Small-cell suppression for the public page: pure, tested without a database.

/** A public figure must come from at least this many companies, or it is not shown. */
export const MIN_COMPANIES = 3;

/** One cell of a line of the public tables: who its programs belong to (never published). */
export interface LineCell {
  key: string;
  companyIds: readonly string[];
  programs: number;
}

function unionSize(cells: readonly LineCell[]): number {
  return new Set(cells.flatMap((c) => c.companyIds)).size;
}

/**
 * Which cells of one line to hide. A line is a set of cells whose sum the page also publishes
 * (the sectors, or the regencies and the province-wide programs, against the province total;
 * the statuses against the number of programs), so hiding a cell alone is not enough: the total
 * minus the shown cells gives back the sum of the hidden ones.
 *
 * The rule:
 * 1. Primary: a cell with programs from 1 or 2 companies is hidden. An empty cell is shown (0
 *    says nothing about any company).
 * 2. Complementary: while the hidden cells together come from fewer than MIN_COMPANIES
 *    companies, the shown non-empty cell with the fewest companies (then programs, then key) is
 *    hidden too. What differencing can recover is then only the sum over all hidden cells, which
 *    comes from at least MIN_COMPANIES companies, as any shown figure does. If every non-empty
 *    cell ends up hidden, their sum is the line's total, which the caller shows only when it
 *    passes the same threshold.
 *
 * The page publishes no cross-tabulation with numbers (regency × sector shows sector names only),
 * so lines share no cell and hiding within each line is enough.
 */
export function cellsToHide(cells: readonly LineCell[], min: number = MIN_COMPANIES): Set<string> {
  const size = (c: LineCell) => new Set(c.companyIds).size;
  const hidden = cells.filter((c) => c.programs > 0 && size(c) < min);
  if (hidden.length === 0) return new Set();
  const shown = cells
    .filter((c) => c.programs > 0 && size(c) >= min)
    .sort((a, b) => size(a) - size(b) || a.programs - b.programs || a.key.localeCompare(b.key));
  while (unionSize(hidden) < min && shown.length > 0) {
    const next = shown.shift();
    if (next) hidden.push(next);
  }
  return new Set(hidden.map((c) => c.key));
}
