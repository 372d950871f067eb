import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_TIME_ZONE, dayIn, filterYears, startOfDayIn, timeZoneAbbreviation, timeZoneOfArea, timeZoneOfAreas, todayIn, utcOffsetOf, yearIn } from "./time-zone";

describe("time zone from an area code", () => {
  it("puts every Kemendagri province in one of WIB, WITA or WIT", () => {
    const csv = readFileSync(path.join(process.cwd(), "node_modules/idn-area-data/data/provinces.csv"), "utf8");
    const provinces = csv
      .trim()
      .split("\n")
      .slice(1)
      .map((line) => line.split(",")[0] ?? "");
    expect(provinces.length).toBeGreaterThanOrEqual(38);
    const missing = provinces.filter((code) => timeZoneOfArea(code) === null);
    expect(missing).toEqual([]);
  });

  it("follows the province at every level of a code", () => {
    expect(timeZoneOfArea("64")).toBe("Asia/Makassar"); // Kalimantan Timur
    expect(timeZoneOfArea("64.72")).toBe("Asia/Makassar"); // Kota Samarinda
    expect(timeZoneOfArea("64.72.01.1001")).toBe("Asia/Makassar");
    expect(timeZoneOfArea("61.71")).toBe("Asia/Jakarta"); // Kota Pontianak, Kalimantan Barat
    expect(timeZoneOfArea("62")).toBe("Asia/Jakarta"); // Kalimantan Tengah
    expect(timeZoneOfArea("21")).toBe("Asia/Jakarta"); // Kepulauan Riau
    expect(timeZoneOfArea("31.71")).toBe("Asia/Jakarta");
    expect(timeZoneOfArea("51")).toBe("Asia/Makassar"); // Bali
    expect(timeZoneOfArea("53.71")).toBe("Asia/Makassar"); // Kota Kupang
    expect(timeZoneOfArea("65")).toBe("Asia/Makassar"); // Kalimantan Utara
    expect(timeZoneOfArea("76")).toBe("Asia/Makassar"); // Sulawesi Barat
    expect(timeZoneOfArea("81.71")).toBe("Asia/Jayapura"); // Kota Ambon
    expect(timeZoneOfArea("82")).toBe("Asia/Jayapura"); // Maluku Utara
    expect(timeZoneOfArea("91.71")).toBe("Asia/Jayapura"); // Kota Jayapura
    expect(timeZoneOfArea("96")).toBe("Asia/Jayapura"); // Papua Barat Daya
  });

  it("names no zone for a national jurisdiction or junk, and then takes the next area or Kaltim's", () => {
    for (const code of ["", " ", "*", "ID", "6", "99", "00.01", "640", null, undefined]) expect(timeZoneOfArea(code)).toBeNull();
    expect(timeZoneOfAreas("*", "94")).toBe("Asia/Jayapura");
    expect(timeZoneOfAreas(null, "33.74")).toBe("Asia/Jakarta");
    expect(timeZoneOfAreas("73", "91")).toBe("Asia/Makassar");
    expect(timeZoneOfAreas(null, "nonsense")).toBe(DEFAULT_TIME_ZONE);
    expect(DEFAULT_TIME_ZONE).toBe("Asia/Makassar");
  });

  it("writes the Indonesian abbreviation", () => {
    expect(timeZoneAbbreviation("Asia/Jakarta")).toBe("WIB");
    expect(timeZoneAbbreviation("Asia/Makassar")).toBe("WITA");
    expect(timeZoneAbbreviation("Asia/Jayapura")).toBe("WIT");
    expect(timeZoneAbbreviation("Europe/Amsterdam")).toBe("Europe/Amsterdam");
  });
});

describe("calendar days in a zone", () => {
  // 31 Dec 2026, 16:30 UTC: 23:30 in Jakarta, already 1 Jan 2027 00:30 in Makassar and 01:30 in Jayapura.
  const nearMidnight = new Date("2026-12-31T16:30:00Z");

  it("says which day and year it is in each zone", () => {
    expect(todayIn("Asia/Jakarta", nearMidnight)).toBe("2026-12-31");
    expect(todayIn("Asia/Makassar", nearMidnight)).toBe("2027-01-01");
    expect(todayIn("Asia/Jayapura", nearMidnight)).toBe("2027-01-01");
    expect(yearIn("Asia/Jakarta", nearMidnight)).toBe(2026);
    expect(yearIn("Asia/Makassar", nearMidnight)).toBe(2027);
    // 15:30 UTC: 22:30 WIB, 23:30 WITA, 00:30 WIT.
    const earlier = new Date("2026-12-31T15:30:00Z");
    expect([todayIn("Asia/Jakarta", earlier), todayIn("Asia/Makassar", earlier), todayIn("Asia/Jayapura", earlier)]).toEqual([
      "2026-12-31",
      "2026-12-31",
      "2027-01-01",
    ]);
  });

  it("dates a moment in a zone a provider passes as a string, Kaltim's when it names none", () => {
    expect(dayIn("Asia/Jakarta", "2026-12-31T16:30:00Z")).toBe("2026-12-31");
    expect(dayIn("Asia/Jayapura", new Date("2026-12-31T16:30:00Z"))).toBe("2027-01-01");
    expect(dayIn("Europe/Berlin", "2026-12-31T16:30:00Z")).toBe("2027-01-01");
  });

  it("offers next year first in a filter, the year turning at the zone's own midnight", () => {
    expect(filterYears("Asia/Jakarta", 3, nearMidnight)).toEqual([2027, 2026, 2025]);
    expect(filterYears("Asia/Makassar", 3, nearMidnight)).toEqual([2028, 2027, 2026]);
  });

  it("starts a day at the zone's own midnight, also across a month's end", () => {
    expect(utcOffsetOf("Asia/Jakarta")).toBe("+07:00");
    expect(startOfDayIn("Asia/Jakarta", "2026-03-01").toISOString()).toBe("2026-02-28T17:00:00.000Z");
    expect(startOfDayIn("Asia/Makassar", "2026-03-01").toISOString()).toBe("2026-02-28T16:00:00.000Z");
    expect(startOfDayIn("Asia/Jayapura", "2026-03-01").toISOString()).toBe("2026-02-28T15:00:00.000Z");
    expect(startOfDayIn("Asia/Makassar", "2026-02-28", 1).toISOString()).toBe("2026-02-28T16:00:00.000Z");
    expect(startOfDayIn("Asia/Makassar", "2028-02-28", 1).toISOString()).toBe("2028-02-28T16:00:00.000Z"); // 29 Feb 2028
  });

  it("agrees with the platform's own time zone data for every day of a year", () => {
    const fmt = (zone: string) => new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" });
    for (const zone of ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"] as const) {
      for (let h = 0; h < 366 * 24; h += 7) {
        const at = new Date(Date.UTC(2026, 0, 1) + h * 3_600_000);
        expect(todayIn(zone, at)).toBe(fmt(zone).format(at));
      }
    }
  });
});
