import { describe, expect, it } from "vitest";
import { companyAcronym, companyNames, companyWords, mentionIndex, mentions, mentionsCompany } from "./partners";

describe("co-funding partners named in a text", () => {
  it("knows a company by its words and its initials", () => {
    expect(companyWords("PT Semen Kalimantan Perkasa Tbk")).toEqual(["semen", "kalimantan", "perkasa"]);
    expect(companyAcronym("PT Dermaga Kariangau Utama")).toBe("DKU");
    expect(companyAcronym("Bank Etam")).toBeNull();
  });
  it("finds the full name or the capitalised initials, not a stray word", () => {
    expect(mentionsCompany("Dibiayai bersama PT Semen Kalimantan Perkasa dan Dinas Perkim", "PT Semen Kalimantan Perkasa")).toBe(true);
    expect(mentionsCompany("Baksos bedah mata - kolaborasi ASW", "PT Agro Sawit Wahau")).toBe(true);
    expect(mentionsCompany("asw bukan singkatan di sini", "PT Agro Sawit Wahau")).toBe(false);
    expect(mentionsCompany("Semen untuk jalan Kalimantan", "PT Semen Kalimantan Perkasa")).toBe(false);
  });
});

describe("a text prepared once for many companies", () => {
  it("answers as mentionsCompany does", () => {
    const text = "Baksos bedah mata - kolaborasi ASW, dibiayai bersama PT Semen Kalimantan Perkasa (SKP2).";
    const index = mentionIndex(text);
    for (const name of [
      "PT Agro Sawit Wahau",
      "PT Semen Kalimantan Perkasa",
      "PT Sinar Kaltim Persada",
      "PT Bara Mahakam Sejahtera",
      "CV Mata",
    ]) {
      expect(mentions(index, companyNames(name)), name).toBe(mentionsCompany(text, name));
    }
    expect(mentions(index, companyNames("PT Sinar Kaltim Persada"))).toBe(true); // "SKP2": initials followed by a digit
    expect(mentions(index, companyNames("PT Bara Mahakam Sejahtera"))).toBe(false);
    expect(mentions(mentionIndex("kerja sama asw"), companyNames("PT Agro Sawit Wahau"))).toBe(false); // initials must be capitals
  });
});
