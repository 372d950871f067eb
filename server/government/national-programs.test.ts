import { describe, expect, it } from "vitest";
import { agencyOfNationalProgram } from "./national-programs";

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
