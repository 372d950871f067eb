// The NIK (Nomor Induk Kependudukan) check of a beneficiary list. Pure, so it runs anywhere and is
// tested without a database: the caller supplies which 6-digit district codes exist.
//
// An NIK is 16 digits: province(2) regency(2) district(2) of registration, the birth date as DDMMYY
// with 40 added to the day for women, and a 4-digit serial.

/** What the check says about one value; `key` is a message under `beneficiaries.nik`. */
export type NikProblem =
  | { key: "empty"; params: Record<string, never> }
  | { key: "numberCell"; params: Record<string, never> }
  | { key: "scientific"; params: { value: string } }
  | { key: "notDigits"; params: { value: string; chars: string } }
  | { key: "length"; params: { start: string; count: number } }
  | { key: "district"; params: { district: string } }
  | { key: "date"; params: { date: string } };

export type NikResult =
  | { ok: true; nik: string; birthDate: string; sex: "F" | "M" }
  | { ok: false; problem: NikProblem };

/**
 * Spaces (any, including non-breaking ones) and dots removed, and a leading apostrophe, which
 * spreadsheets use to keep a number as text. Nothing else is guessed away.
 */
export function normalizeNik(raw: string): string {
  return raw.normalize("NFKC").replace(/^'/, "").replace(/[\s.\u00a0\u202f]/g, "");
}

const pad2 = (n: number) => String(n).padStart(2, "0");

function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/**
 * DDMMYY (day + 40 for women) as a date. The century: 20YY when that date is not after today,
 * otherwise 19YY; so a person is read as at most about 100 years old, never as not yet born.
 * Null when no calendar has that day (30 February, 29 February of a non-leap year, day 32–40).
 */
export function readNikBirthDate(ddmmyy: string, today: Date = new Date()): { date: string; sex: "F" | "M" } | null {
  if (!/^\d{6}$/.test(ddmmyy)) return null;
  let day = Number(ddmmyy.slice(0, 2));
  const month = Number(ddmmyy.slice(2, 4));
  const yy = Number(ddmmyy.slice(4, 6));
  let sex: "F" | "M" = "M";
  if (day > 40) {
    day -= 40;
    sex = "F";
  }
  if (day > 31) return null;
  const todayKey = today.toISOString().slice(0, 10);
  for (const century of [2000, 1900]) {
    const y = century + yy;
    if (!isRealDate(y, month, day)) continue;
    const date = `${y}-${pad2(month)}-${pad2(day)}`;
    if (date <= todayKey) return { date, sex };
  }
  return null;
}

/**
 * Checks one NIK cell. `isDistrict` answers whether a 6-digit code (`647201`) is a district
 * (kecamatan) of Indonesia. A number cell is refused: a spreadsheet holds only 15 significant
 * digits, so a 16-digit NIK typed as a number has already lost its last digit.
 */
export function checkNik(raw: string | number | null | undefined, isDistrict: (code6: string) => boolean, today: Date = new Date()): NikResult {
  if (typeof raw === "number") return { ok: false, problem: { key: "numberCell", params: {} } };
  const nik = normalizeNik(raw ?? "");
  if (nik === "") return { ok: false, problem: { key: "empty", params: {} } };
  // "6.47201E+15": a CSV saved by a spreadsheet that showed the NIK as a number; its digits are gone.
  if (/^\d[,.]?\d*e\+?\d+$/i.test(nik.replace(/,/g, "."))) return { ok: false, problem: { key: "scientific", params: { value: mask(nik) } } };
  const bad = nik.replace(/\d/g, "");
  if (bad) {
    const chars = [...new Set(bad)].slice(0, 5).join(" ");
    return { ok: false, problem: { key: "notDigits", params: { value: mask(nik), chars } } };
  }
  if (nik.length !== 16) return { ok: false, problem: { key: "length", params: { start: nik.slice(0, 4), count: nik.length } } };
  const district = nik.slice(0, 6);
  if (!isDistrict(district)) return { ok: false, problem: { key: "district", params: { district } } };
  const born = readNikBirthDate(nik.slice(6, 12), today);
  if (!born) return { ok: false, problem: { key: "date", params: { date: nik.slice(6, 12) } } };
  return { ok: true, nik, birthDate: born.date, sex: born.sex };
}

/** At most the first 4 characters of a value and its length, so a message never repeats a whole NIK. */
export function mask(value: string): string {
  return value.length <= 4 ? value : `${value.slice(0, 4)}…`;
}

/** `64.72.01` → `647201`: an area code as the first six digits of an NIK. */
export const districtCodeOfArea = (code: string) => code.replace(/\./g, "");

/** A KK (family card) number: 16 digits after the same clean-up, starting with a real district. */
export function checkKk(raw: string | number | null | undefined, isDistrict: (code6: string) => boolean): { ok: true; kk: string } | { ok: false } {
  if (typeof raw === "number") return { ok: false };
  const kk = normalizeNik(raw ?? "");
  if (!/^\d{16}$/.test(kk) || !isDistrict(kk.slice(0, 6))) return { ok: false };
  return { ok: true, kk };
}
