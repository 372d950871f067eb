import { describe, expect, it } from "vitest";
import { formatDate, formatRupiah, formatRupiahShort, parseOptionalWholeNumber, parseWholeNumber } from "./format";

describe("id-ID formatting", () => {
  it("writes rupiah with dots for thousands", () => {
    expect(formatRupiah(1_500_000)).toBe("Rp 1.500.000");
    expect(formatRupiahShort(1_500_000_000, "id")).toBe("Rp 1,5 M");
    expect(formatRupiahShort(250_000_000, "id")).toBe("Rp 250 jt");
    expect(formatRupiahShort(250_000_000, "en")).toBe("Rp 250 M");
  });
  it("reads rupiah typed with dots or a prefix, and refuses junk", () => {
    expect(parseWholeNumber("Rp 1.500.000")).toBe(1_500_000);
    expect(parseWholeNumber("250000")).toBe(250_000);
    expect(parseWholeNumber("12,5")).toBeNaN();
    expect(parseWholeNumber("")).toBeNaN();
  });
  it("reads a blank optional figure as unknown (null), never 0, and keeps junk refusable", () => {
    expect(parseOptionalWholeNumber("")).toBeNull();
    expect(parseOptionalWholeNumber("   \t ")).toBeNull();
    expect(parseOptionalWholeNumber(" Rp 75.000.000 ")).toBe(75_000_000);
    expect(parseOptionalWholeNumber("0")).toBe(0);
    expect(parseOptionalWholeNumber("dua juta")).toBeNaN();
    expect(parseOptionalWholeNumber("-")).toBeNaN();
    expect(parseOptionalWholeNumber("12,5")).toBeNaN();
  });
  it("writes dates for Indonesia", () => {
    expect(formatDate("2026-02-01", "id")).toBe("1 Feb 2026");
    expect(formatDate("2026-08-17", "id")).toBe("17 Agu 2026");
    expect(formatDate("not a date", "id")).toBe("not a date");
  });
});
