// The example row of the templates: a row whose ref marks it as an example is left out, so a
// person who types under it imports only their own rows. Pure.
import { readCellText, type Cell } from "./cells";
import type { ImportColumn } from "./columns";

const EXAMPLE_REF = /^(?:contoh|example)\b/i;

export function isExampleRow(cells: Cell[], columns: ReadonlyMap<ImportColumn, number>): boolean {
  const i = columns.get("ref");
  return i !== undefined && EXAMPLE_REF.test(readCellText(cells[i] ?? null));
}
