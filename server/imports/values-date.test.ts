import { describe, expect, it } from "vitest";
import type { Cell } from "./cells";
import { parseDateCell } from "./values";

const utc = (y: number, m: number, d: number, h = 0) => new Date(Date.UTC(y, m - 1, d, h));
const outcome = (c: Cell, edge: "start" | "end") => {
  const r = parseDateCell(c, edge);
  return r.ok ? r.value : r.message;
};

// [cell, as a start, as an end]: a day is the same either way; a month, quarter or year is not.
const DATES: [Cell, string | null, string | null][] = [
  [null, null, null],
  ["", null, null],
  ["-", null, null],
  ["belum ada", null, null],
  ["TBD", null, null],
  ["2025-03-01", "2025-03-01", "2025-03-01"],
  ["2025/3/1", "2025-03-01", "2025-03-01"],
  ["2025-03-01T00:00:00.000Z", "2025-03-01", "2025-03-01"],
  ["2025-03-01 08:30", "2025-03-01", "2025-03-01"],
  ["1/3/2025", "2025-03-01", "2025-03-01"],
  ["01/03/2025", "2025-03-01", "2025-03-01"],
  ["01-03-2025", "2025-03-01", "2025-03-01"],
  ["01.03.2025", "2025-03-01", "2025-03-01"],
  ["1/3/25", "2025-03-01", "2025-03-01"],
  ["31/12/99", "1999-12-31", "1999-12-31"],
  [" 1 Maret 2025 ", "2025-03-01", "2025-03-01"],
  ["1 MARET 2025", "2025-03-01", "2025-03-01"],
  ["1\u00A0Maret\u00A02025", "2025-03-01", "2025-03-01"],
  ["1 Mar 2025", "2025-03-01", "2025-03-01"],
  ["1 Mar. 2025", "2025-03-01", "2025-03-01"],
  ["01-Mar-2025", "2025-03-01", "2025-03-01"],
  ["1-mar-25", "2025-03-01", "2025-03-01"],
  ["Senin, 3 Maret 2025", "2025-03-03", "2025-03-03"],
  ["tgl 17 Agustus 2025", "2025-08-17", "2025-08-17"],
  ["17 Agt 2025", "2025-08-17", "2025-08-17"],
  ["17 agustus 2025 pukul", "errors.importDateValue", "errors.importDateValue"],
  ["5 Mei 2025", "2025-05-05", "2025-05-05"],
  ["5 May 2025", "2025-05-05", "2025-05-05"],
  ["March 1, 2025", "2025-03-01", "2025-03-01"],
  ["10 Okt 2025", "2025-10-10", "2025-10-10"],
  ["10 Oct 2025", "2025-10-10", "2025-10-10"],
  ["30 Nop 2025", "2025-11-30", "2025-11-30"],
  ["30 Nopember 2025", "2025-11-30", "2025-11-30"],
  ["25 Des 2025", "2025-12-25", "2025-12-25"],
  ["14 Febuari 2026", "2026-02-14", "2026-02-14"],
  ["Maret 2025", "2025-03-01", "2025-03-31"],
  ["maret, 2025", "2025-03-01", "2025-03-31"],
  ["Februari 2024", "2024-02-01", "2024-02-29"],
  ["Feb 2025", "2025-02-01", "2025-02-28"],
  ["Mar-25", "2025-03-01", "2025-03-31"],
  ["03/2025", "2025-03-01", "2025-03-31"],
  ["2025-03", "2025-03-01", "2025-03-31"],
  ["2025", "2025-01-01", "2025-12-31"],
  ["Tahun 2025", "2025-01-01", "2025-12-31"],
  [2025, "2025-01-01", "2025-12-31"],
  ["Triwulan I 2025", "2025-01-01", "2025-03-31"],
  ["TW III 2025", "2025-07-01", "2025-09-30"],
  ["tw. 4 2025", "2025-10-01", "2025-12-31"],
  ["Q2-2025", "2025-04-01", "2025-06-30"],
  ["2025 Q1", "2025-01-01", "2025-03-31"],
  ["Kuartal ke-2 2025", "2025-04-01", "2025-06-30"],
  ["Semester 2 2025", "2025-07-01", "2025-12-31"],
  ["Semester I 2025", "2025-01-01", "2025-06-30"],
  ["20250301", "2025-03-01", "2025-03-01"],
  // Excel: date cells, and day numbers left as numbers
  [utc(2025, 3, 1), "2025-03-01", "2025-03-01"],
  [utc(2025, 3, 1, 23), "2025-03-01", "2025-03-01"],
  [45717, "2025-03-01", "2025-03-01"],
  [45717.75, "2025-03-01", "2025-03-01"],
  ["45717", "2025-03-01", "2025-03-01"],
  // refused
  ["31/2/2025", "errors.importDateImpossible", "errors.importDateImpossible"],
  ["13/13/2025", "errors.importDateImpossible", "errors.importDateImpossible"],
  ["3/15/2025", "errors.importDateImpossible", "errors.importDateImpossible"],
  ["2026-13-01", "errors.importDateImpossible", "errors.importDateImpossible"],
  ["29 Februari 2025", "errors.importDateImpossible", "errors.importDateImpossible"],
  ["13/2025", "errors.importDateImpossible", "errors.importDateImpossible"],
  ["Semester 3 2025", "errors.importDateImpossible", "errors.importDateImpossible"],
  ["1/3/1925", "errors.importDateYear", "errors.importDateYear"],
  ["1 Maret 2205", "errors.importDateYear", "errors.importDateYear"],
  [utc(1899, 12, 30), "errors.importDateYear", "errors.importDateYear"],
  [123, "errors.importDateValue", "errors.importDateValue"],
  [5000, "errors.importDateValue", "errors.importDateValue"],
  [80000, "errors.importDateValue", "errors.importDateValue"],
  ["1 Marett 2025", "errors.importDateValue", "errors.importDateValue"],
  ["awal tahun", "errors.importDateValue", "errors.importDateValue"],
  ["1.3", "errors.importDateValue", "errors.importDateValue"],
  ["Maret - Juni 2025", "errors.importDateValue", "errors.importDateValue"],
];

describe("reading a date cell as the start or end of a period", () => {
  it.each(DATES)("%j → start %j, end %j", (cell, start, end) => {
    expect(outcome(cell, "start")).toBe(start);
    expect(outcome(cell, "end")).toBe(end);
  });

  it("names the impossible value as typed", () => {
    expect(parseDateCell("31/2/2025", "start")).toEqual({
      ok: false,
      message: "errors.importDateImpossible",
      params: { value: "31/2/2025" },
    });
  });
});
