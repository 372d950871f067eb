// Amounts and counts as companies type them in spreadsheets written for people, not for this app.
// Pure: the import pipeline, the preview and tests call these without a database.
import type { Cell } from "./cells";
import {
  dropApproximation,
  isUnknownMarker,
  normalizeValueText,
  readDecimal,
  refuse,
  scaleToWhole,
  succeed,
  type ValueResult,
} from "./values-common";

export type { ValueResult } from "./values-common";
export { parseDateCell } from "./values-date";

/** Powers of ten by unit word. `M` is miliar (Indonesian usage), never the English million. */
const RUPIAH_UNITS: Record<string, number> = {
  k: 3,
  rb: 3,
  ribu: 3,
  jt: 6,
  juta: 6,
  mio: 6,
  million: 6,
  m: 9,
  miliar: 9,
  milyar: 9,
  miliard: 9,
  milyard: 9,
  milliar: 9,
  b: 9,
  bn: 9,
  billion: 9,
  t: 12,
  tn: 12,
  triliun: 12,
  trilyun: 12,
  trilliun: 12,
  trillion: 12,
};
const COUNT_UNITS: Record<string, number> = { k: 3, rb: 3, ribu: 3, jt: 6, juta: 6 };

// Words that still count people ("1.250 orang", "120 balita"). Households (KK), groups, villages
// or schools are other units: converting them to people needs a household size the app must not guess.
const PEOPLE = new Set(
  "orang org jiwa individu penduduk warga peserta penerima pm anak balita bayi siswa murid santri pelajar mahasiswa remaja pemuda ibu bumil perempuan lansia disabilitas penyandang petani nelayan pasien kader guru pekerja pelaku pengrajin people persons person pax beneficiaries".split(
    " ",
  ),
);

// A mantissa (digits, separators, spaces between digit groups) and what follows it.
const NUMBER_THEN_REST = /^(\d(?:[\d.,]|\s(?=\d))*)\s*(.*)$/;
const CURRENCY_PREFIX = /^(?:rp|idr)\s*[.:]?\s*/i;

/** Within a cent of a whole number is float dust from a formula (1500000.0000001); further is a real fraction. */
function roundDust(n: number): number | null {
  const r = Math.round(n);
  return Math.abs(n - r) <= 0.01 ? r : null;
}

/** `-Rp 1.000`, `Rp -1.000`, `(Rp 1.000)`, `Rp (1.000)`: the sign, and the text without it or the currency. */
function readSign(text: string): { negative: boolean; rest: string } {
  let t = text.replace(CURRENCY_PREFIX, "");
  let negative = false;
  const paren = t.match(/^\((.*)\)$/);
  if (paren) [negative, t] = [true, (paren[1] ?? "").trim()];
  if (t.startsWith("-")) [negative, t] = [true, t.slice(1).trim()];
  t = t.replace(CURRENCY_PREFIX, "").replace(/\s*(?:rupiah|idr|rp)\.?$/i, "");
  return { negative, rest: t };
}

function rupiahOfNumber(c: number): ValueResult<number | null> {
  if (!Number.isFinite(c)) return refuse("errors.importRupiah", c);
  if (c < 0) return refuse("errors.importNegative", c);
  const whole = roundDust(c);
  if (whole === null) return refuse(c < 1000 ? "errors.importRupiahAmbiguous" : "errors.importRupiahNotWhole", c);
  return Number.isSafeInteger(whole) ? succeed(whole) : refuse("errors.importRupiahTooLarge", c);
}

/**
 * Rupiah as people write them: `Rp 1.500.000`, `Rp1.500.000,-`, `Rp250.000.000,00`, `IDR 2,500,000`,
 * `1,5 M`, `1.5 milyar`, `2 T`, `250 jt`, `750 rb`, numeric cells. Dots group thousands, so
 * `1.500` is Rp 1.500; `1,5` or `1.5` without a unit would be one and a half rupiah, which nobody
 * budgets, so it is refused as unclear rather than guessed. Blank and `-`, `belum ada`, `TBD`,
 * `n/a`, `?` are null: unknown, not zero. Negative amounts and cents are refused.
 */
export function parseRupiah(c: Cell): ValueResult<number | null> {
  if (c === null) return succeed(null);
  if (c instanceof Date) return refuse("errors.importRupiah", c);
  if (typeof c === "number") return rupiahOfNumber(c);
  const text = normalizeValueText(c);
  if (!text || isUnknownMarker(text) || isUnknownMarker(text.replace(CURRENCY_PREFIX, ""))) return succeed(null);
  // Words in brackets after the amount are its spelling-out ("(seratus lima puluh juta rupiah)").
  const hedged = dropApproximation(text).replace(/^(.*\d.*?)\s*\([^()]*\)$/, "$1");
  const { negative, rest } = readSign(hedged);
  const m = rest
    .replace(/\s*[.,]?\s*-+$/, "") // "1.500.000,-"
    .replace(/\.$/, "")
    .match(NUMBER_THEN_REST);
  const unit = m?.[2]?.toLowerCase().replace(/\.$/, "") ?? "";
  const power = unit ? RUPIAH_UNITS[unit] : 0;
  if (!m || power === undefined) return refuse("errors.importRupiah", c);
  const read = readDecimal(m[1] ?? "", unit !== "");
  if (read.kind === "bad") return refuse("errors.importRupiah", c);
  if (read.kind === "ambiguous") return refuse("errors.importDecimalAmbiguous", c);
  const value = scaleToWhole(read.parts, power);
  if (value === "tooLarge") return refuse("errors.importRupiahTooLarge", c);
  if (value === "fraction") {
    const unclear = !unit && !read.parts.grouped && Number(read.parts.whole) < 1000;
    return refuse(unclear ? "errors.importRupiahAmbiguous" : "errors.importRupiahNotWhole", c);
  }
  if (negative && value > 0) return refuse("errors.importNegative", c);
  return succeed(value);
}

/**
 * Whole counts of people: `1.250`, `1,250`, `1 250`, `1250 orang`, `± 300`, `1,5 rb`, numeric
 * cells. A count of another unit (`300 KK`, `12 kelompok`, `5 desa`) is refused naming the unit:
 * the column counts people. Blank and unknown markers are null; fractions and negatives are refused.
 */
export function parseCount(c: Cell): ValueResult<number | null> {
  if (c === null) return succeed(null);
  if (c instanceof Date) return refuse("errors.importCount", c);
  if (typeof c === "number") {
    if (!Number.isFinite(c)) return refuse("errors.importCount", c);
    if (c < 0) return refuse("errors.importNegative", c);
    const whole = roundDust(c);
    return whole === null ? refuse("errors.importCountNotWhole", c) : succeed(whole);
  }
  const text = normalizeValueText(c);
  if (!text || isUnknownMarker(text)) return succeed(null);
  let t = dropApproximation(text).replace(/\.$/, "");
  const negative = t.startsWith("-");
  if (negative) t = t.slice(1).trim();
  const m = t.match(NUMBER_THEN_REST);
  if (!m) return refuse("errors.importCount", c);
  const words = (m[2] ?? "").split(" ").filter(Boolean);
  const power = COUNT_UNITS[words[0]?.toLowerCase().replace(/\.$/, "") ?? ""];
  if (power !== undefined) words.shift();
  const word = words[0]?.toLowerCase().replace(/[().,:;]/g, "");
  if (word !== undefined && !/^[a-z]/.test(word)) return refuse("errors.importCount", c); // "100-200", "300+"
  if (word !== undefined && !PEOPLE.has(word)) return refuse("errors.importCountUnit", c, { unit: words.join(" ") });
  const read = readDecimal(m[1] ?? "", power !== undefined);
  if (read.kind === "bad") return refuse("errors.importCount", c);
  if (read.kind === "ambiguous") return refuse("errors.importDecimalAmbiguous", c);
  const value = scaleToWhole(read.parts, power ?? 0);
  if (value === "tooLarge") return refuse("errors.importCount", c);
  if (value === "fraction") return refuse("errors.importCountNotWhole", c);
  if (negative && value > 0) return refuse("errors.importNegative", c);
  return succeed(value);
}
