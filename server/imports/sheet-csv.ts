import { parseCsvRecords } from "@/db/seed/csv";
import type { SheetRow } from "./cells";

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

/** CSV bytes (UTF-8, with or without BOM) to rows numbered as a spreadsheet shows them. */
export function readCsvSheet(bytes: Uint8Array): SheetRow[] {
  const text = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
  return parseCsvRecords(text, detectDelimiter(text)).map((cells, i) => ({ row: i + 1, cells: cells.map(unguard) }));
}
