import { describe, expect, it } from "vitest";
import { companyAcronym, companyWords, mentionsCompany } from "./partners";

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
