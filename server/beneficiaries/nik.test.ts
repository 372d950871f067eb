import { describe, expect, it } from "vitest";
import { readAreaRows } from "@/db/seed/regions";
import { createTranslator } from "@/lib/i18n/translate";
import { checkKk, checkNik, districtCodeOfArea, normalizeNik, readNikBirthDate } from "@/lib/beneficiaries/nik";
import { suppressCount } from "@/lib/beneficiaries/suppress";

// The real districts of Indonesia, as the app loads them.
const DISTRICTS = new Set(readAreaRows().filter((r) => r.level === 3).map((r) => districtCodeOfArea(r.code)));
const isDistrict = (c: string) => DISTRICTS.has(c);
const TODAY = new Date("2026-12-05T00:00:00Z");
const check = (raw: string | number | null) => checkNik(raw, isDistrict, TODAY);

describe("NIK check", () => {
  it("knows the real districts (64.72.01 Palaran is one, 64.72.99 is not)", () => {
    expect(DISTRICTS.size).toBeGreaterThan(7000);
    expect(isDistrict("647201")).toBe(true);
    expect(isDistrict("647299")).toBe(false);
  });

  it("accepts messy but valid NIKs: spaces, dots, non-breaking spaces, a leading apostrophe", () => {
    for (const raw of ["6472011203900001", " 6472 0112 0390 0001 ", "64.72.01.120390.0001", "6472\u00a0011203900001", "'6472011203900001"]) {
      expect(check(raw)).toEqual({ ok: true, nik: "6472011203900001", birthDate: "1990-03-12", sex: "M" });
    }
  });

  it("reads day + 40 as a woman's birth day: 41–71 valid, 72 and 32–40 not", () => {
    expect(check("6472015203900002")).toMatchObject({ ok: true, birthDate: "1990-03-12", sex: "F" });
    expect(check("6472014101850002")).toMatchObject({ ok: true, birthDate: "1985-01-01", sex: "F" });
    expect(check("6472017101850002")).toMatchObject({ ok: true, birthDate: "1985-01-31", sex: "F" });
    expect(check("6472017201850002")).toMatchObject({ ok: false, problem: { key: "date", params: { date: "720185" } } });
    expect(check("6472013501850002")).toMatchObject({ ok: false, problem: { key: "date" } });
    expect(check("6472014002850002")).toMatchObject({ ok: false, problem: { key: "date" } });
  });

  it("checks the real calendar: no 30 February, 29 February only in leap years (women too)", () => {
    expect(check("6472013002900001")).toMatchObject({ ok: false, problem: { key: "date", params: { date: "300290" } } });
    expect(check("6472012902010001")).toMatchObject({ ok: false, problem: { key: "date" } }); // 2001 and 1901: no leap day
    expect(check("6472012902000001")).toMatchObject({ ok: true, birthDate: "2000-02-29" });
    expect(check("6472016902880001")).toMatchObject({ ok: true, birthDate: "1988-02-29", sex: "F" });
    expect(check("6472013104900001")).toMatchObject({ ok: false, problem: { key: "date" } }); // 31 April
    expect(check("6472011513900001")).toMatchObject({ ok: false, problem: { key: "date" } }); // month 13
    expect(check("6472010001900001")).toMatchObject({ ok: false, problem: { key: "date" } }); // day 0
  });

  it("puts a two-digit year in the latest century that is not in the future", () => {
    expect(readNikBirthDate("010126", TODAY)).toEqual({ date: "2026-01-01", sex: "M" });
    expect(readNikBirthDate("311226", TODAY)).toEqual({ date: "1926-12-31", sex: "M" }); // after today in 2026
    expect(readNikBirthDate("010127", TODAY)).toEqual({ date: "1927-01-01", sex: "M" });
    expect(readNikBirthDate("290228", TODAY)).toEqual({ date: "1928-02-29", sex: "M" });
  });

  it("refuses 15 and 17 digits, letters, blanks and numeric cells, naming the value and never a whole NIK", () => {
    expect(check("647201120390001")).toEqual({ ok: false, problem: { key: "length", params: { start: "6472", count: 15 } } });
    expect(check("64720112039000011")).toEqual({ ok: false, problem: { key: "length", params: { start: "6472", count: 17 } } });
    expect(check("6472O1120390000l")).toEqual({ ok: false, problem: { key: "notDigits", params: { value: "6472…", chars: "O l" } } });
    expect(check("6472-0112-0390-0001")).toMatchObject({ ok: false, problem: { key: "notDigits", params: { chars: "-" } } });
    expect(check("")).toMatchObject({ ok: false, problem: { key: "empty" } });
    expect(check(null)).toMatchObject({ ok: false, problem: { key: "empty" } });
    expect(check(6472011203900000)).toMatchObject({ ok: false, problem: { key: "numberCell" } });
    // A CSV a spreadsheet saved with the NIK shown as a number: the digits are gone, say so.
    expect(check("6.47201E+15")).toEqual({ ok: false, problem: { key: "scientific", params: { value: "6472…" } } });
    expect(check("6,47201E+15")).toMatchObject({ ok: false, problem: { key: "scientific" } });
    expect(check("6.47201e15")).toMatchObject({ ok: false, problem: { key: "scientific" } });
  });

  it("refuses a district that does not exist", () => {
    expect(check("6472991203900001")).toEqual({ ok: false, problem: { key: "district", params: { district: "647299" } } });
    expect(check("0000001203900001")).toMatchObject({ ok: false, problem: { key: "district" } });
  });

  it("says what is wrong and how to fix it, in Indonesian and English", () => {
    const r = check("647201120390001");
    if (r.ok) throw new Error("expected a problem");
    expect(createTranslator("id")(`beneficiaries.nik.${r.problem.key}`, r.problem.params)).toBe(
      "NIK 6472… harus 16 angka; tertulis 15. Periksa angka yang hilang atau berlebih.",
    );
    expect(createTranslator("en")(`beneficiaries.nik.${r.problem.key}`, r.problem.params)).toBe(
      "NIK 6472… must have 16 digits; it has 15. Check for a missing or extra digit.",
    );
    const d = check("6472013002900001");
    if (d.ok) throw new Error("expected a problem");
    expect(createTranslator("id")(`beneficiaries.nik.${d.problem.key}`, d.problem.params)).toContain("(300290)");
  });

  it("normalises only spaces, dots and a leading apostrophe", () => {
    expect(normalizeNik(" 64.72 01'")).toBe("647201'");
  });

  it("checks a KK number: 16 digits and a real district", () => {
    expect(checkKk("6472 0101 0101 0001", isDistrict)).toEqual({ ok: true, kk: "6472010101010001" });
    expect(checkKk("647201010101000", isDistrict)).toEqual({ ok: false });
    expect(checkKk("6472990101010001", isDistrict)).toEqual({ ok: false });
  });
});

describe("count suppression", () => {
  it("shows 1–4 as <5 and everything else exactly", () => {
    expect([0, 1, 4, 5, 6, 1234].map(suppressCount)).toEqual([0, "<5", "<5", 5, 6, 1234]);
    expect(() => suppressCount(-1)).toThrow(RangeError);
  });
});
