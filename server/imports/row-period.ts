// The period of a row, from whatever the file gives: two dates, a "Periode"/"Waktu Pelaksanaan"
// cell ("Maret - Desember 2025", "2025"), a "Tahun" column, or the year in the title above the
// table. Pure.
import { readCellText, type Cell } from "./cells";
import type { ImportField } from "./columns";
import { parseDateCell, type ValueResult } from "./values";
import { isUnknownMarker, normalizeValueText, succeed } from "./values-common";

export interface PeriodNote {
  field: ImportField;
  level: "error" | "info";
  message: string;
  params?: Record<string, string>;
}

export interface PeriodCells {
  start: Cell;
  end: Cell;
  period: Cell;
  year: Cell;
  hasDateColumns: boolean;
}

// "Maret - Desember 2025", "Jan s/d Des 2025", "1/3/2025 sampai 31/12/2025", "2025–2026"; not the dashes inside "2025-03-01".
const RANGE = /\s+(?:-|–|—|s\/d|s\.d\.?|sd|sampai(?:\s+dengan)?|hingga|to|until)\s+|(?<=^\d{4})\s*[-–/]\s*(?=\d{4}$)|(?<=[a-z])\s*[-–]\s*(?=[a-z])/i;

const textOf = (c: Cell) => readCellText(c).replace(/\s+/g, " ");

/** "Maret - Desember 2025": the start borrows the end's year when it names none. */
function splitRange(text: string): [string, string] | null {
  const parts = text.split(RANGE).map((s) => s.trim());
  if (parts.length !== 2 || !parts[0] || !parts[1]) return null;
  const [a, b] = parts as [string, string];
  const year = b.match(/\b(\d{4})$/)?.[1];
  return [year && !/\d{4}/.test(a) ? `${a} ${year}` : a, b];
}

/**
 * A period as people write it around the dates: "TA 2026", "Sepanjang tahun 2026", "2026 (12
 * bulan)", "1-31 Agustus 2026" (days of one month), and "Okt-Des" with the year only in the
 * title above the table (`titleYear`).
 */
function preparePeriodText(text: string, titleYear: number | null): string {
  let t = text
    .replace(/\([^)]*\)/g, " ")
    .replace(/^\s*(?:t\.?\s?a\.?|tahun\s+anggaran|sepanjang(?:\s+tahun)?|selama(?:\s+tahun)?|sepanjang\s+tahun\s+anggaran)\s+(?=\S)/i, "")
    .replace(/\s+/g, " ")
    .trim();
  const days = t.match(/^(\d{1,2})\s*[-–]\s*(\d{1,2})\s+(\p{L}+\.?\s+\d{4})$/u);
  if (days) t = `${days[1]} ${days[3]} - ${days[2]} ${days[3]}`;
  // "Q1-Q2 2026", "TW I-II 2026", "Triwulan 2-3 2026": from the first quarter's start to the second's end.
  const quarters = t.match(/^(q|tw|triwulan|kuartal|quarter)\s*([1-4]|i{1,3}|iv)\s*[-–]\s*(?:q|tw|triwulan|kuartal|quarter)?\s*([1-4]|i{1,3}|iv)\s+(\d{4})$/i);
  if (quarters) t = `${quarters[1]} ${quarters[2]} ${quarters[4]} - ${quarters[1]} ${quarters[3]} ${quarters[4]}`;
  if (titleYear !== null && /\p{L}/u.test(t) && !/\d{4}|\d{1,2}[/.-]\d{2}\b/.test(t)) t = `${t} ${titleYear}`;
  return t;
}

/** When it happens is not settled yet: "sesuai kebutuhan", "insidentil", "bila diperlukan", "tentatif", "-". */
const PERIOD_NOT_SETTLED = /^(?:insidentil|insidental|kondisional|situasional|bila diperlukan|jika diperlukan|saat dibutuhkan|sesuai jadwal|menunggu\b.*)$/i;

function readRangeCell(c: Cell, titleYear: number | null): { start: ValueResult<string | null>; end: ValueResult<string | null> } {
  if (typeof c !== "string") return { start: parseDateCell(c, "start"), end: parseDateCell(c, "end") };
  const plain = normalizeValueText(textOf(c));
  if (isUnknownMarker(plain) || PERIOD_NOT_SETTLED.test(plain)) return { start: succeed(null), end: succeed(null) };
  const text = preparePeriodText(textOf(c), titleYear);
  const range = splitRange(text);
  if (range) return { start: parseDateCell(range[0], "start"), end: parseDateCell(range[1], "end") };
  // A cell the preparation left as it was is read as written (a refusal names it so).
  const cell = text === textOf(c) ? c : text;
  return { start: parseDateCell(cell, "start"), end: parseDateCell(cell, "end") };
}

export interface ReadPeriod {
  startDate: string | null;
  endDate: string | null;
  notes: PeriodNote[];
}

/**
 * Dates first, then the period cell, then the year column, then the title's year; a refused
 * value is an error naming it, and a period that ends before it starts is one too.
 */
export function readPeriod(cells: PeriodCells, titleYear: number | null): ReadPeriod {
  const notes: PeriodNote[] = [];
  let start: string | null = null;
  let end: string | null = null;
  const take = (field: ImportField, r: ValueResult<string | null>): string | null => {
    if (r.ok) return r.value;
    notes.push({ field, level: "error", message: r.message, params: r.params });
    return null;
  };
  start = take("start_date", parseDateCell(cells.start, "start"));
  end = take("end_date", parseDateCell(cells.end, "end"));
  const fallbacks: [Cell, string][] = [
    [cells.period, "importNotes.periodFromPeriod"],
    [cells.year, "importNotes.periodFromYear"],
  ];
  // A period written as not known yet ("sesuai kebutuhan", "tentatif", "-"): no dates, no refusal.
  let notKnownYet: string | null = null;
  for (const [cell, note] of fallbacks) {
    if ((start && end) || notes.length || readCellText(cell) === "") continue;
    const r = readRangeCell(cell, titleYear);
    if (r.start.ok && r.end.ok && r.start.value === null && r.end.value === null) notKnownYet ??= textOf(cell);
    const s = take("start_date", r.start);
    // One cell refused for both ends ("31/02/2025") is said once.
    const sameRefusal = !r.start.ok && !r.end.ok && r.start.message === r.end.message;
    const e = sameRefusal ? null : take("end_date", r.end);
    if (!start && s) start = s;
    if (!end && e) end = e;
    if (s || e) notes.push({ field: "start_date", level: "info", message: note, params: { value: textOf(cell) } });
  }
  if (!start && !end && !notes.length && titleYear !== null) {
    start = `${titleYear}-01-01`;
    end = `${titleYear}-12-31`;
    notes.push({ field: "start_date", level: "info", message: "importNotes.periodFromTitle", params: { year: String(titleYear) } });
  }
  if (!notes.some((n) => n.level === "error")) {
    if (!start && !end && notKnownYet !== null) notes.push({ field: "start_date", level: "error", message: "errors.importPeriodNotKnown", params: { value: notKnownYet } });
    else if (!start) notes.push({ field: "start_date", level: "error", message: cells.hasDateColumns ? "errors.importStartMissing" : "errors.importPeriodMissing" });
    else if (!end) notes.push({ field: "end_date", level: "error", message: "errors.importEndMissing", params: { start } });
    else if (end < start) notes.push({ field: "end_date", level: "error", message: "errors.importDateOrder", params: { start, end } });
  }
  return { startDate: start, endDate: end, notes };
}
