import { describe, expect, it } from "vitest";
import { documentLevelOf, parseFunding } from "./funding";

describe("funding labels of government files", () => {
  it.each([
    ["apbn", "apbn"],
    ["APBN", "apbn"],
    [" APBN Kemensos ", "apbn"],
    ["apbd_province", "apbd_province"],
    ["APBD Provinsi", "apbd_province"],
    ["APBD Prov", "apbd_province"],
    ["apbd prov.", "apbd_province"],
    ["APBD Propinsi", "apbd_province"],
    ["APBD I", "apbd_province"],
    ["apbd_regency", "apbd_regency"],
    ["APBD Kabupaten", "apbd_regency"],
    ["APBD Kota", "apbd_regency"],
    ["APBD Kab/Kota", "apbd_regency"],
    ["APBD  KAB", "apbd_regency"],
    ["APBD II", "apbd_regency"],
    ["apbdes", "apbdes"],
    ["APBDes", "apbdes"],
    ["APBDesa", "apbdes"],
    ["Dana Desa", "apbdes"],
    ["DD", "apbdes"],
    ["ADD", "apbdes"],
    ["Alokasi Dana Desa", "apbdes"],
    ["other", "other"],
    ["lainnya", "other"],
    ["Lain-lain", "other"],
  ])("%s → %s", (label, funding) => {
    expect(parseFunding(label)).toEqual({ funding });
  });

  it("a bare APBD takes its level from the agency, or asks", () => {
    expect(parseFunding("APBD", "Dinas Sosial Provinsi Kalimantan Timur")).toEqual({ funding: "apbd_province", note: "importNotes.governmentFundingFromAgency" });
    expect(parseFunding("apbd", "Dinas PUPR Kota Balikpapan")).toEqual({ funding: "apbd_regency", note: "importNotes.governmentFundingFromAgency" });
    expect(parseFunding("APBD", "Dinas Kesehatan Kab. Paser")).toMatchObject({ funding: "apbd_regency" });
    expect(parseFunding("APBD", "Bappeda")).toEqual({ error: "errors.governmentFundingAmbiguous" });
  });

  it("refuses what is not a funding", () => {
    expect(parseFunding("")).toEqual({ error: "errors.governmentFundingMissing" });
    expect(parseFunding("  ")).toEqual({ error: "errors.governmentFundingMissing" });
    expect(parseFunding("APBX")).toEqual({ error: "errors.governmentFundingUnknown" });
    expect(parseFunding("CSR")).toEqual({ error: "errors.governmentFundingUnknown" });
    expect(parseFunding("Kabupaten")).toEqual({ funding: "apbd_regency" });
  });

  it("reads a regional budget's own sources (DAU, DAK, BTT, PAD, Bankeu) as its APBD, at the document's level", () => {
    expect(parseFunding("DAU", "Dinas Sosial Provinsi Kalimantan Timur")).toEqual({ funding: "apbd_province", note: "importNotes.governmentFundingFromAgency" });
    expect(parseFunding("DAK Fisik", "Dinas PUPR", "regency")).toEqual({ funding: "apbd_regency", note: "importNotes.governmentFundingFromDocument" });
    expect(parseFunding("BTT", "Dinas Sosial", "province")).toMatchObject({ funding: "apbd_province" });
    expect(parseFunding("PAD", "Bappeda")).toEqual({ error: "errors.governmentFundingAmbiguous" });
    expect(parseFunding("APBN", "Dinas Sosial", "regency")).toEqual({ funding: "apbn" });
  });

  it("takes a document's level from its title rows, else from the importing office's area", () => {
    const rows = (...t: string[]) => t.map((text, i) => ({ row: i + 1, cells: [text] }));
    expect(documentLevelOf(rows("RKPD PROVINSI KALIMANTAN TIMUR TAHUN 2026"), "64.08")).toBe("province");
    expect(documentLevelOf(rows("RENJA DINAS SOSIAL", "KABUPATEN KUTAI TIMUR"), "64")).toBe("regency");
    expect(documentLevelOf(rows("Rencana kegiatan 2026"), "64")).toBe("province");
    expect(documentLevelOf(rows("Rencana kegiatan 2026"), "64.08")).toBe("regency");
    expect(documentLevelOf(rows("Rencana kegiatan 2026"), "ID")).toBeNull();
    expect(documentLevelOf([], null)).toBeNull();
  });
});
