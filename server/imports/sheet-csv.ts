import { iterateCsvRecords } from "@/db/seed/csv";
import type { SheetRow } from "./cells";
import { createRowCollector, SHEET_LIMITS, tooManyColumns, type SheetLimits } from "./sheet-limits";

const DELIMITERS = [",", ";", "\t"] as const;

/** Lines looked at to tell the delimiter: enough to pass the title lines above a table. */
const DELIMITER_LINES = 20;

/**
 * The delimiter that splits the most of the file's first lines into the same number of fields,
 * counted outside quotes: Excel with Indonesian regional settings saves "CSV" with `;`, since `,`
 * is its decimal separator. Not the first line alone: a title typed above the table ("Rekap
 * Penerima Bansos, Kec. Muara Kaman") has no delimiter, or a comma in its words; and not the most
 * delimiters on a line: a description may hold more commas than the header has semicolons.
 */
export function detectDelimiter(text: string): string {
  const perLine: Map<string, number>[] = [];
  let line = new Map<string, number>();
  let inQuotes = false;
  for (let i = 0; i < text.length && perLine.length < DELIMITER_LINES; i++) {
    const ch = text[i] as string;
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && ch === "\n") {
      perLine.push(line);
      line = new Map();
    } else if (!inQuotes && (DELIMITERS as readonly string[]).includes(ch)) line.set(ch, (line.get(ch) ?? 0) + 1);
  }
  if (perLine.length < DELIMITER_LINES) perLine.push(line);
  let best: { d: string; support: number; count: number } = { d: ",", support: 0, count: 0 };
  for (const d of DELIMITERS) {
    // The count of this delimiter most lines share (above zero), and how many lines share it.
    const lines = new Map<number, number>();
    for (const l of perLine) {
      const n = l.get(d) ?? 0;
      if (n > 0) lines.set(n, (lines.get(n) ?? 0) + 1);
    }
    for (const [count, support] of lines) {
      if (support > best.support || (support === best.support && count > best.count)) best = { d, support, count };
    }
  }
  return best.d;
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
