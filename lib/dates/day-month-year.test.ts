import { describe, expect, it } from "vitest";
import { isoToDayMonthYear, maskDayMonthYear, parseDayMonthYear } from "./day-month-year";

describe("dd/mm/yyyy dates", () => {
  it("reads day first, whatever separator, and writes the ISO date", () => {
    expect(parseDayMonthYear("06/11/2026")).toEqual({ kind: "ok", iso: "2026-11-06", text: "06/11/2026" });
    expect(parseDayMonthYear(" 6/11/2026 ")).toEqual({ kind: "ok", iso: "2026-11-06", text: "06/11/2026" });
    expect(parseDayMonthYear("06-11-2026")).toMatchObject({ iso: "2026-11-06" });
    expect(parseDayMonthYear("06.11.2026")).toMatchObject({ iso: "2026-11-06" });
    expect(parseDayMonthYear("06112026")).toMatchObject({ iso: "2026-11-06" });
    // Day first: 12/01 is the 12th of January, never 1 December.
    expect(parseDayMonthYear("12/01/2026")).toMatchObject({ iso: "2026-01-12" });
  });

  it("refuses days that do not exist, leap years included", () => {
    expect(parseDayMonthYear("31/02/2026")).toEqual({ kind: "impossible" });
    expect(parseDayMonthYear("29/02/2026")).toEqual({ kind: "impossible" });
    expect(parseDayMonthYear("29/02/2028")).toMatchObject({ kind: "ok", iso: "2028-02-29" });
    expect(parseDayMonthYear("31/04/2026")).toEqual({ kind: "impossible" });
    expect(parseDayMonthYear("00/01/2026")).toEqual({ kind: "impossible" });
    expect(parseDayMonthYear("10/13/2026")).toEqual({ kind: "impossible" });
  });

  it("tells a wrong shape from an empty field", () => {
    expect(parseDayMonthYear("")).toEqual({ kind: "empty" });
    expect(parseDayMonthYear("2026-11-06")).toEqual({ kind: "format" });
    expect(parseDayMonthYear("6 Nov 2026")).toEqual({ kind: "format" });
    expect(parseDayMonthYear("06/11/26")).toEqual({ kind: "format" });
  });

  it("adds slashes to typed digits and shows ISO dates day first", () => {
    expect(maskDayMonthYear("0")).toBe("0");
    expect(maskDayMonthYear("061")).toBe("06/1");
    expect(maskDayMonthYear("06112026")).toBe("06/11/2026");
    expect(maskDayMonthYear("0611202699")).toBe("06/11/2026");
    expect(maskDayMonthYear("6-11-2026")).toBe("6/11/2026");
    expect(isoToDayMonthYear("2026-11-06")).toBe("06/11/2026");
    expect(isoToDayMonthYear("")).toBe("");
  });
});
