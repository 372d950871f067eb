import { describe, expect, it } from "vitest";
import { agencyOfNationalProgram, expandNationalProgram } from "./national-programs";

describe("the agency of a national program named in a list", () => {
  it.each([
    ["PKH", null, "Kementerian Sosial"],
    ["Program Keluarga Harapan (PKH) tahap III", null, "Kementerian Sosial"],
    ["BPNT / Sembako", null, "Kementerian Sosial"],
    ["Sembako", null, "Kementerian Sosial"],
    ["PIP", null, "Kementerian Pendidikan Dasar dan Menengah"],
    ["BLT Dana Desa", "Liang Buaya", "Pemerintah Desa Liang Buaya"],
    ["BLT-DD", "Sedulang", "Pemerintah Desa Sedulang"],
  ])("'%s' (village %s) is carried out by %s", (title, village, agency) => {
    expect(agencyOfNationalProgram(title, village)).toBe(agency);
  });

  it("names none for other programs, for a village fund without its village, and for words that only contain the letters", () => {
    expect(agencyOfNationalProgram("Rehabilitasi Rumah Tidak Layak Huni", null)).toBeNull();
    expect(agencyOfNationalProgram("BLT Dana Desa", null)).toBeNull();
    expect(agencyOfNationalProgram("Pelatihan pipa las (PIPA)", null)).toBeNull();
    expect(agencyOfNationalProgram("Paket sembako lansia dari perusahaan", null)).toBeNull();
  });
});

describe("a national program written as its acronym alone", () => {
  it("is given its full name, sector and target group, which still name its agency", () => {
    expect(expandNationalProgram(" PKH ")).toEqual({ name: "Program Keluarga Harapan (PKH)", sector: "social", targetGroup: "poor_households" });
    expect(expandNationalProgram("BPNT / Sembako")?.name).toBe("Bantuan Pangan Non Tunai (BPNT/Sembako)");
    expect(expandNationalProgram("PIP")).toMatchObject({ sector: "education", targetGroup: "students" });
    expect(expandNationalProgram("BLT-DD")?.name).toBe("Bantuan Langsung Tunai Dana Desa (BLT-DD)");
    for (const t of ["PKH", "BPNT", "PIP", "BLT DD"]) {
      expect(agencyOfNationalProgram(expandNationalProgram(t)?.name ?? "", "Sedulang")).not.toBeNull();
    }
  });

  it("leaves any longer title as written", () => {
    expect(expandNationalProgram("PKH tahap III")).toBeNull();
    expect(expandNationalProgram("Rehabilitasi RTLH")).toBeNull();
  });
});
