import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatRupiah, formatRupiahShort, parseOptionalWholeNumber, parseWholeNumber } from "./format";

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
    expect(formatDate("2026-02-01", "id")).toBe("01/02/2026");
    expect(formatDate("2026-08-17", "id")).toBe("17/08/2026");
    expect(formatDate("not a date", "id")).toBe("not a date");
    expect(formatDate("2026-02-30", "en")).toBe("2026-02-30");
    expect(formatDate("2026-12-31", "en")).toBe("31/12/2026");
  });
  it("writes a moment in the viewer's zone with its abbreviation, the same instant everywhere", () => {
    // 23:30 UTC on 31 January 2026: already 1 February in all three zones.
    const at = "2026-01-31T23:30:00Z";
    expect(formatDateTime(at, "id", "Asia/Jakarta")).toBe("01/02/2026 06.30 WIB");
    expect(formatDateTime(at, "id", "Asia/Makassar")).toBe("01/02/2026 07.30 WITA");
    expect(formatDateTime(at, "id", "Asia/Jayapura")).toBe("01/02/2026 08.30 WIT");
    expect(formatDateTime(new Date(at), "en", "Asia/Jakarta")).toBe("01/02/2026 06:30 WIB");
    expect(formatDateTime(at, "en", "Asia/Jayapura")).toBe("01/02/2026 08:30 WIT");
    // 16:30 UTC is the evening in WIB but already the next day in WIT.
    expect(formatDateTime("2026-08-16T16:30:00Z", "id", "Asia/Jakarta")).toBe("16/08/2026 23.30 WIB");
    expect(formatDateTime("2026-08-16T16:30:00Z", "id", "Asia/Jayapura")).toBe("17/08/2026 01.30 WIT");
    // Without a zone: Kaltim's WITA, as before.
    expect(formatDateTime(at, "id")).toBe("01/02/2026 07.30 WITA");
    expect(formatDateTime("kemarin sore", "id", "Asia/Jakarta")).toBe("kemarin sore");
  });
});
