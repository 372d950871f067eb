// What the value parsers (values.ts, values-date.ts) share: the result type, how a typed value is
// cleaned before it is read, and how it is shown back in a message. Pure: no database, no server-only.
import { formatIsoDate, type Cell } from "./cells";

/** A cell read as a value, or a catalog key (`errors.import…`) naming the value and the fix. */
export type ValueResult<T> = { ok: true; value: T } | { ok: false; message: string; params?: Record<string, string> };

export const succeed = <T>(value: T): ValueResult<T> => ({ ok: true, value });

/** A refusal that names the value as the person typed it (`{value}` in the message). */
export const refuse = (message: string, c: Cell, extra?: Record<string, string>): ValueResult<never> => ({
  ok: false,
  message,
  params: { value: showValue(c), ...extra },
});

const MAX_SHOWN = 60;

/** The value as typed, for a message: one line, cut at 60 characters so a pasted paragraph stays readable. */
export function showValue(c: Cell): string {
  const text = c instanceof Date ? formatIsoDate(c) : typeof c === "number" ? String(c) : (c ?? "").replace(/\s+/g, " ").trim();
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

/**
 * Text as people paste it, made comparable: NFKC turns non-breaking and narrow spaces into spaces
 * and full-width digits into ASCII; zero-width characters go; dashes and the minus sign become
 * `-`; runs of space become one. Case is kept (messages quote units as typed).
 */
export function normalizeValueText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, "")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

// Words people put in a cell they cannot fill yet. The value is unknown, which is not zero.
const UNKNOWN = new Set([
  "-",
  "--",
  "---",
  "?",
  "??",
  "???",
  "belum ada",
  "blm ada",
  "belum diketahui",
  "belum ditentukan",
  "tidak diketahui",
  "menyusul",
  // The amount follows a budget plan not made yet: "sesuai RAB", "menyesuaikan", "tentatif".
  "sesuai rab",
  "sesuai kebutuhan",
  "menyesuaikan",
  "tentatif",
  "dalam proses",
  "masih dihitung",
  "belum final",
  "tbd",
  "tba",
  "n/a",
  "na",
  "n.a",
  "#n/a",
  "unknown",
]);

/** `-`, `—`, `belum ada`, `TBD`, `n/a`, `?`, `sesuai RAB`: the person says the value is not known yet. */
export function isUnknownMarker(normalized: string): boolean {
  return UNKNOWN.has(normalized.toLowerCase().replace(/\.$/, ""));
}

/**
 * `± 300`, `~300`, `kurang lebih 300`, `sekitar Rp 1,5 M`: a planned figure is an estimate anyway,
 * so the hedge is dropped and the number kept. Bounds (`> 300`, `minimal 300`) are not hedges and
 * stay, for the parser to refuse.
 */
export function dropApproximation(text: string): string {
  return text.replace(/^(?:±|\+\/-|\+-|~|≈|kurang lebih|kurleb|kira-kira|kira kira|sekitar|perkiraan|estimasi|approx\.?|ca\.)\s*/i, "");
}

/** A number's digits before and after its decimal separator; `grouped` when thousands separators were used. */
export interface DecimalParts {
  whole: string;
  fraction: string;
  grouped: boolean;
}
export type DecimalRead = { kind: "number"; parts: DecimalParts } | { kind: "ambiguous" } | { kind: "bad" };

const groupedBy = (sep: string) => new RegExp(`^\\d{1,3}(?:\\${sep}\\d{3})+$`);

/**
 * Reads `1.500.000`, `1,500,000`, `1 500 000`, `1.500.000,50`, `2,500,000.00`, `1,5` and `1.5`.
 * Indonesian first: dots group thousands, so `1.500` is fifteen hundred. One comma before exactly
 * three digits (`1,500`) is either a decimal comma or an English thousands comma: with a unit
 * after it (`1,500 jt`) both readings make sense and it is `ambiguous`; without one the caller
 * counts whole rupiah or people, so it groups thousands. Other single separators are decimal.
 */
export function readDecimal(text: string, hasUnit: boolean): DecimalRead {
  if (text.includes(" ")) {
    const m = text.match(/^(\d{1,3}(?: \d{3})+)(?:[.,](\d+))?$/);
    return m ? number((m[1] ?? "").replace(/ /g, ""), m[2] ?? "", true) : { kind: "bad" };
  }
  const dots = text.split(".").length - 1;
  const commas = text.split(",").length - 1;
  if (!/^[\d.,]+$/.test(text) || !/^\d/.test(text) || !/\d$/.test(text)) return { kind: "bad" };
  if (dots && commas) {
    const decimal = text.lastIndexOf(".") > text.lastIndexOf(",") ? "." : ",";
    const group = decimal === "." ? "," : ".";
    const [whole = "", fraction = "", ...rest] = text.split(decimal);
    if (rest.length || !groupedBy(group).test(whole)) return { kind: "bad" };
    return number(whole.split(group).join(""), fraction, true);
  }
  if (!dots && !commas) return number(text, "", false);
  const sep = dots ? "." : ",";
  if (dots + commas > 1) return groupedBy(sep).test(text) ? number(text.split(sep).join(""), "", true) : { kind: "bad" };
  const [whole = "", fraction = ""] = text.split(sep);
  const looksGrouped = fraction.length === 3 && whole.length <= 3 && whole !== "0";
  if (looksGrouped && sep === "," && hasUnit) return { kind: "ambiguous" };
  if (looksGrouped) return number(whole + fraction, "", true);
  return number(whole, fraction, false);
}

function number(whole: string, fraction: string, grouped: boolean): DecimalRead {
  return { kind: "number", parts: { whole, fraction: fraction.replace(/0+$/, ""), grouped } };
}

/**
 * The parts times 10^power, computed on the digits so `1,1 M` is exactly 1.100.000.000 (no float
 * dust); `fraction` when that is not whole, `tooLarge` past what a number holds exactly.
 */
export function scaleToWhole(parts: DecimalParts, power: number): number | "fraction" | "tooLarge" {
  const shift = power - parts.fraction.length;
  if (shift < 0) return "fraction";
  const value = Number(parts.whole + parts.fraction) * 10 ** shift;
  return Number.isSafeInteger(value) ? value : "tooLarge";
}
