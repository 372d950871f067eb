import { describe, expect, it } from "vitest";
import type { Cell } from "./cells";
import { readPeriod } from "./row-period";

const period = (c: Partial<Record<"start" | "end" | "period" | "year", Cell>>, titleYear: number | null = null, hasDateColumns = false) =>
  readPeriod({ start: c.start ?? null, end: c.end ?? null, period: c.period ?? null, year: c.year ?? null, hasDateColumns }, titleYear);

describe("the period of a row", () => {
  it("takes two dates as written, day first", () => {
    expect(period({ start: "1/3/2025", end: "31/12/2025" }, null, true)).toEqual({ startDate: "2025-03-01", endDate: "2025-12-31", notes: [] });
  });

  it.each([
    ["2025", "2025-01-01", "2025-12-31"],
    ["Maret - Desember 2025", "2025-03-01", "2025-12-31"],
    ["Jan s/d Des 2025", "2025-01-01", "2025-12-31"],
    ["Juni 2025", "2025-06-01", "2025-06-30"],
    ["01/07/2025 - 31/07/2025", "2025-07-01", "2025-07-31"],
    ["2025-2026", "2025-01-01", "2026-12-31"],
    ["TA 2026", "2026-01-01", "2026-12-31"],
    ["T.A. 2026", "2026-01-01", "2026-12-31"],
    ["Tahun Anggaran 2026", "2026-01-01", "2026-12-31"],
    ["Sepanjang tahun 2026", "2026-01-01", "2026-12-31"],
    ["2026 (12 bulan)", "2026-01-01", "2026-12-31"],
    ["1-31 Agustus 2026", "2026-08-01", "2026-08-31"],
    ["10 - 20 Mei 2026", "2026-05-10", "2026-05-20"],
    ["Q1-Q2 2026", "2026-01-01", "2026-06-30"],
    ["TW II-IV 2026", "2026-04-01", "2026-12-31"],
    ["Triwulan 2 - 3 2026", "2026-04-01", "2026-09-30"],
  ])("reads a period cell '%s'", (text, start, end) => {
    const read = period({ period: text });
    expect([read.startDate, read.endDate]).toEqual([start, end]);
    expect(read.notes).toEqual([{ field: "start_date", level: "info", message: "importNotes.periodFromPeriod", params: { value: text } }]);
  });

  it("gives months without a year the title's year, and refuses them without one", () => {
    expect(period({ period: "Okt-Des" }, 2026)).toMatchObject({ startDate: "2026-10-01", endDate: "2026-12-31" });
    expect(period({ period: "Agustus" }, 2026)).toMatchObject({ startDate: "2026-08-01", endDate: "2026-08-31" });
    expect(period({ period: "Okt-Des" })).toMatchObject({ startDate: null, notes: [{ level: "error", message: "errors.importDateValue" }] });
    // A year in the cell wins over the title's.
    expect(period({ period: "Maret 2027" }, 2026)).toMatchObject({ startDate: "2027-03-01", endDate: "2027-03-31" });
  });

  it("takes a year column as the whole year, and the title's year when the table gives none", () => {
    expect(period({ year: 2026 })).toMatchObject({ startDate: "2026-01-01", endDate: "2026-12-31" });
    expect(period({}, 2025)).toMatchObject({ startDate: "2025-01-01", endDate: "2025-12-31", notes: [{ message: "importNotes.periodFromTitle", params: { year: "2025" } }] });
  });

  it("names what is missing or wrong, once per cell", () => {
    expect(period({}).notes).toEqual([{ field: "start_date", level: "error", message: "errors.importPeriodMissing" }]);
    // Written as not known yet: the error quotes it; with a year above the table, that whole year.
    expect(period({ period: "sesuai kebutuhan" }).notes).toEqual([
      { field: "start_date", level: "error", message: "errors.importPeriodNotKnown", params: { value: "sesuai kebutuhan" } },
    ]);
    expect(period({ period: "Insidentil" }).notes).toEqual([
      { field: "start_date", level: "error", message: "errors.importPeriodNotKnown", params: { value: "Insidentil" } },
    ]);
    expect(period({ period: "Tentatif" }, 2026)).toMatchObject({ startDate: "2026-01-01", endDate: "2026-12-31", notes: [{ message: "importNotes.periodFromTitle" }] });
    expect(period({ start: "1/3/2025" }, null, true).notes).toEqual([{ field: "end_date", level: "error", message: "errors.importEndMissing", params: { start: "2025-03-01" } }]);
    expect(period({ period: "31/02/2025" }).notes).toEqual([{ field: "start_date", level: "error", message: "errors.importDateImpossible", params: { value: "31/02/2025" } }]);
    expect(period({ period: "Desember - Maret 2025" }).notes.at(-1)).toEqual({
      field: "end_date",
      level: "error",
      message: "errors.importDateOrder",
      params: { start: "2025-12-01", end: "2025-03-31" },
    });
  });
});
