import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_TIME_ZONE, timeZoneAbbreviation, timeZoneOfArea, timeZoneOfAreas } from "./time-zone";

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
