// Dates as companies type them: day first (Indonesian), month names in Indonesian or English,
// a month or year standing for a period, Excel's day numbers. Pure: no database, no server-only.
import { formatIsoDate, type Cell } from "./cells";
import { isUnknownMarker, normalizeValueText, refuse, succeed, type ValueResult } from "./values-common";

export const MIN_DATE_YEAR = 1990;
export const MAX_DATE_YEAR = 2100;

const MONTHS: Record<string, number> = {
  ...names(1, "januari jan january"),
  ...names(2, "februari febuari pebruari feb peb february"),
  ...names(3, "maret mar march"),
  ...names(4, "april apr"),
  ...names(5, "mei may"),
  ...names(6, "juni jun june"),
  ...names(7, "juli jul july"),
  ...names(8, "agustus agt ags agu agst aug august"),
  ...names(9, "september sep sept"),
  ...names(10, "oktober okt oct october"),
  ...names(11, "november nopember nov nop"),
  ...names(12, "desember des dec december"),
};
function names(month: number, words: string): Record<string, number> {
  return Object.fromEntries(words.split(" ").map((w) => [w, month]));
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const lastDayOf = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const iso = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

// Excel's day 1 is 1900-01-01, counted from 1899-12-30 because of its 1900 leap-year bug.
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;
const serialOf = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - EXCEL_EPOCH) / DAY;
const MIN_SERIAL = serialOf(MIN_DATE_YEAR, 1, 1);
const MAX_SERIAL = serialOf(MAX_DATE_YEAR, 12, 31);

/** Two-digit years as Excel reads them: 00–29 are 20xx, 30–99 are 19xx. */
const fullYear = (y: string) => (y.length === 2 ? (Number(y) < 30 ? 2000 : 1900) + Number(y) : Number(y));

type Edge = "start" | "end";

/** A calendar date checked for existence and plausibility. */
function dayOf(c: Cell, y: number, m: number, d: number): ValueResult<string> {
  if (m < 1 || m > 12 || d < 1 || d > lastDayOf(y, m)) return refuse("errors.importDateImpossible", c);
  if (y < MIN_DATE_YEAR || y > MAX_DATE_YEAR) return refuse("errors.importDateYear", c);
  return succeed(iso(y, m, d));
}

/** The first or last day of months `first`..`last` of year `y`. */
function periodOf(c: Cell, y: number, first: number, last: number, edge: Edge): ValueResult<string> {
  if (first < 1 || last > 12) return refuse("errors.importDateImpossible", c);
  return edge === "start" ? dayOf(c, y, first, 1) : dayOf(c, y, last, lastDayOf(y, last));
}

/**
 * A bare number: a year (`2025`), an Excel day number left in a General or text column (`45717`),
 * or `20250301`. Day numbers are taken only for 1990–2100, where nothing else is plausible.
 */
function dateOfNumber(c: Cell, n: number, edge: Edge): ValueResult<string> {
  if (Number.isInteger(n) && n >= MIN_DATE_YEAR && n <= MAX_DATE_YEAR) return periodOf(c, n, 1, 12, edge);
  if (n >= MIN_SERIAL && n < MAX_SERIAL + 1) return succeed(formatIsoDate(new Date(EXCEL_EPOCH + Math.floor(n + 1e-6) * DAY)));
  const text = String(n);
  if (/^\d{8}$/.test(text)) return dayOf(c, Number(text.slice(0, 4)), Number(text.slice(4, 6)), Number(text.slice(6)));
  return refuse("errors.importDateValue", c);
}

/** `Triwulan I 2025`, `TW III 2025`, `Q3-2025`, `Semester 2 2025`, `2025 Q1`: the quarter's or half's first or last day. */
function dateOfPart(c: Cell, t: string, edge: Edge): ValueResult<string> | null {
  const part = "(triwulan|tw|kuartal|kwartal|quarter|q|semester|smt|sem|h)\\.?\\s*(?:ke-?\\s*)?(iv|i{1,3}|[1-4])";
  const m = t.match(new RegExp(`^${part}\\s*[-/ ,]?\\s*(\\d{4})$`)) ?? t.match(new RegExp(`^(\\d{4})\\s*[-/ ]?\\s*${part}$`));
  if (!m) return null;
  const [kind = "", index = "", year = ""] = /^\d/.test(m[1] ?? "") ? [m[2], m[3], m[1]] : [m[1], m[2], m[3]];
  const n = ROMAN[index] ?? Number(index);
  const months = /^(semester|smt|sem|h)$/.test(kind) ? 6 : 3;
  if (n * months > 12) return refuse("errors.importDateImpossible", c);
  return periodOf(c, Number(year), (n - 1) * months + 1, n * months, edge);
}

function dateOfText(c: Cell, t: string, edge: Edge): ValueResult<string> {
  let m: RegExpMatchArray | null;
  if (/^\d+(\.\d+)?$/.test(t) && !/^\d{1,2}\.\d{1,2}$/.test(t)) return dateOfNumber(c, Number(t), edge);
  if ((m = t.match(/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/))) return dayOf(c, Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = t.match(/^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/))) return dayOf(c, fullYear(m[3] ?? ""), Number(m[2]), Number(m[1]));
  // Month names; a word that is no month falls through (`Semester 2 2025` is a half year).
  if ((m = t.match(/^(\d{1,2})[-/. ]*([a-z]+)\.?[-/., ]*(\d{4}|\d{2})$/))) {
    const month = MONTHS[m[2] ?? ""];
    if (month) return dayOf(c, fullYear(m[3] ?? ""), month, Number(m[1]));
  }
  if ((m = t.match(/^([a-z]+)\.?[ -](\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/))) {
    const month = MONTHS[m[1] ?? ""];
    if (month) return dayOf(c, Number(m[3]), month, Number(m[2]));
  }
  // `Maret 2025`, and `Mar-25` as Excel writes a month-and-year cell into a CSV.
  if ((m = t.match(/^([a-z]+)\.?(?:[-/ ,]*(\d{4})|[-'](\d{2}))$/))) {
    const month = MONTHS[m[1] ?? ""];
    if (month) return periodOf(c, fullYear(m[2] ?? m[3] ?? ""), month, month, edge);
  }
  if ((m = t.match(/^(\d{1,2})[-/.](\d{4})$/))) return periodOf(c, Number(m[2]), Number(m[1]), Number(m[1]), edge);
  if ((m = t.match(/^(\d{4})[-/.](\d{1,2})$/))) return periodOf(c, Number(m[1]), Number(m[2]), Number(m[2]), edge);
  return dateOfPart(c, t, edge) ?? refuse("errors.importDateValue", c);
}

/** Lowercase, without a weekday (`Senin, 3 Maret 2025`), a `tanggal`/`tahun` label or a time of day. */
function cleanDateText(text: string): string {
  return normalizeValueText(text)
    .toLowerCase()
    .replace(/^(?:tgl\.?|tanggal|tahun|thn\.?)\s+/, "")
    .replace(/^(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun),?\s+/, "")
    .replace(/(?:t|\s)\d{1,2}[:.]\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?(?:\s*(?:wita|wib|wit))?$/, "")
    .replace(/[.,]$/, "")
    .trim();
}

/**
 * A date cell as the start or end of a period. Numbers are day first (`1/3/2025` is 1 March, as
 * Indonesians write it); `2025-03-01`, `1 Maret 2025`, `1 Mar 2025`, `March 1, 2025`; a month
 * (`Maret 2025`, `03/2025`), quarter (`TW III 2025`), half (`Semester 2 2025`) or year (`2025`)
 * gives its first day as a start and its last as an end. Excel date cells, and Excel day numbers
 * left as numbers in a General column (1990–2100 only), are read as the date they show. Blank and
 * unknown markers (`-`, `belum ada`) are null; impossible dates (`31/2/2025`) are refused naming the value.
 */
export function parseDateCell(c: Cell, edge: Edge): ValueResult<string | null> {
  if (c === null) return succeed(null);
  if (c instanceof Date) {
    if (Number.isNaN(c.getTime())) return refuse("errors.importDateValue", c);
    const [y = 0, m = 0, d = 0] = formatIsoDate(c).split("-").map(Number);
    return dayOf(c, y, m, d);
  }
  if (typeof c === "number") return Number.isFinite(c) ? dateOfNumber(c, c, edge) : refuse("errors.importDateValue", c);
  const text = cleanDateText(c);
  if (!text || isUnknownMarker(text)) return succeed(null);
  return dateOfText(c, text, edge);
}
