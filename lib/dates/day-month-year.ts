// Dates as Indonesians type and read them, dd/mm/yyyy, whatever the browser's language: the
// native <input type="date"> follows the browser's locale (mm/dd/yyyy in en-US), so the app types
// dates into a text field and converts them to ISO (YYYY-MM-DD) itself.

export type DayMonthYear =
  | { kind: "empty" }
  | { kind: "ok"; iso: string; text: string }
  /** Not written as dd/mm/yyyy at all. */
  | { kind: "format" }
  /** Written as a date, but no such day exists (31/02/2026, 00/13/2026). */
  | { kind: "impossible" };

const FULL = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const DIGITS = /^(\d{2})(\d{2})(\d{4})$/;

const pad = (n: number) => String(n).padStart(2, "0");

/** `2026-11-06` → `06/11/2026`; anything that is not an ISO date comes back as it is. */
export function isoToDayMonthYear(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/**
 * Reads `06/11/2026` (also `6/11/2026`, `06-11-2026`, `06.11.2026` and `06112026`) as 6 November
 * 2026, checking that the day exists in that month (leap years included).
 */
export function parseDayMonthYear(input: string): DayMonthYear {
  const text = input.trim();
  if (text === "") return { kind: "empty" };
  const m = FULL.exec(text) ?? DIGITS.exec(text);
  if (!m) return { kind: "format" };
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (year < 1000 || month < 1 || month > 12 || day < 1 || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    return { kind: "impossible" };
  }
  return { kind: "ok", iso: `${year}-${pad(month)}-${pad(day)}`, text: `${pad(day)}/${pad(month)}/${year}` };
}

/**
 * What the field shows while typing: digits only get their slashes as they come (`0611` →
 * `06/11`); text with separators the user typed is left alone, but for `-` and `.`, which become `/`.
 */
export function maskDayMonthYear(typed: string): string {
  if (/^\d*$/.test(typed)) {
    const d = typed.slice(0, 8);
    return d.length <= 2 ? d : d.length <= 4 ? `${d.slice(0, 2)}/${d.slice(2)}` : `${d.slice(0, 2)}/${d.slice(2, 4)}/${d.slice(4)}`;
  }
  return typed.replace(/[.-]/g, "/").slice(0, 10);
}
