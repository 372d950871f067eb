import { iterateCsvRecords } from "@/db/seed/csv";
import type { SheetRow } from "./cells";
import { createRowCollector, SHEET_LIMITS, tooManyColumns, type SheetLimits } from "./sheet-limits";

const DELIMITERS = [",", ";", "\t"] as const;

/**
 * The delimiter is the one the header line uses most, counted outside quotes: Excel with
 * Indonesian regional settings saves "CSV" with `;`, since `,` is its decimal separator.
 */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let inQuotes = false;
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === "\n" || ch === "\r")) break;
    else if (!inQuotes && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: string = ",";
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

/**
 * Our exports put an apostrophe before text a spreadsheet would run as a formula (`'=…`, `'-…`);
 * reading such a file back takes it off again, so an export imports as it was.
 */
const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

/**
 * CSV bytes (UTF-8, with or without BOM) to rows numbered as a spreadsheet shows them, blank rows
 * left out. Records are parsed one at a time and reading stops at the first row past the limit.
 * The caller bounds the bytes (readSheet refuses more than MAX_IMPORT_BYTES).
 */
export function readCsvSheet(bytes: Uint8Array, limits: SheetLimits = SHEET_LIMITS): SheetRow[] {
  const text = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
  const collector = createRowCollector(limits);
  let row = 0;
  try {
    // One field past the column limit is enough to tell; a line of a million `;` stops there.
    for (const cells of iterateCsvRecords(text, detectDelimiter(text), limits.maxColumns + 1)) {
      collector.add(++row, cells.map(unguard));
    }
  } catch (err) {
    if (err instanceof RangeError) throw tooManyColumns();
    throw err;
  }
  return collector.rows;
}
