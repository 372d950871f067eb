import { describe, expect, it } from "vitest";
import { agencyNames, mentionIndex, mentions } from "./partners";
import { relationOf, statesSupport } from "./relation";
import { matchPrograms } from "./repeat";
import { analyzeProgram, type ProgramForMatching } from "./scoring";
import { Thesaurus } from "./thesaurus";
import { DEFAULT_THESAURUS } from "./thesaurus.defaults";

const th = new Thesaurus(DEFAULT_THESAURUS);
let n = 0;
const MARGOMULYO = { code: "64.71.01.1004", name: "Margomulyo" };
const PLACES = ["Kalimantan Timur", "Kota Balikpapan", "Balikpapan Barat", "Margomulyo"];

const activity = (over: Partial<ProgramForMatching>) =>
  analyzeProgram(
    {
      id: `a${++n}`,
      companyId: "c1",
      companyName: "PT Pertamina Hulu Mahakam",
      title: "Bedah rumah warga miskin Kel. Margomulyo",
      description: "Rehab 20 unit rumah tidak layak huni: atap, lantai dan dinding.",
      sector: "infrastructure",
      targetGroup: "poor_households",
      startDate: "2025-03-01",
      endDate: "2025-11-30",
      budgetIdr: 700_000_000,
      beneficiaries: 20,
      areas: [MARGOMULYO],
      placeNames: PLACES,
      ...over,
    },
    th,
  );
const government = (over: Partial<ProgramForMatching> = {}) =>
  activity({
    companyId: null,
    source: "government",
    companyName: "Dinas Sosial Kota Balikpapan",
    funding: "apbd_regency",
    title: "Rehabilitasi Rumah Tidak Layak Huni (RTLH)",
    description: "Rehabilitasi sosial rumah tidak layak huni bagi keluarga miskin Kota Balikpapan.",
    budgetIdr: 1_600_000_000,
    beneficiaries: 40,
    ...over,
  });

describe("a government agency as the named partner", () => {
  it("is named by the words of its name before the place, or by its abbreviation", () => {
    const dinsos = agencyNames("Dinas Sosial Kota Balikpapan");
    expect(dinsos.words).toEqual(["dinas", "sosial"]);
    expect(mentions(mentionIndex("Kegiatan ini bekerja sama dengan Dinas Sosial untuk pendataan"), dinsos)).toBe(true);
    expect(mentions(mentionIndex("Kegiatan bersama dinas kesehatan"), dinsos)).toBe(false);
    const pupr = agencyNames("Dinas PUPR Kabupaten Kutai Kartanegara");
    expect(mentions(mentionIndex("menindaklanjuti program PUPR di desa"), pupr)).toBe(true);
  });
});

describe("double funding or complement", () => {
  it("calls a company's house repairs beside the APBD RTLH activity double funding", () => {
    const m = matchPrograms(activity({}), government(), 3);
    expect(m?.relation).toBe("double_funding");
    expect(m?.kind).not.toBe("repeat");
  });

  it("calls a program that says it works with the agency a complement, naming the reason", () => {
    const csr = activity({
      title: "Pendampingan penerima bedah rumah Margomulyo",
      description: "Bekerja sama dengan Dinas Sosial: pendampingan dan pelatihan tukang bagi 20 rumah tidak layak huni.",
    });
    const gov = government();
    expect(statesSupport(csr, gov)).toBe(true);
    const m = matchPrograms(csr, gov, 3);
    expect(m?.relation).toBe("complement");
    expect(m?.reasons.map((r) => r.code)).toContain("supports_activity");
  });

  it("keeps the same money recorded by both as double funding, whatever the text says", () => {
    const csr = activity({
      description: "Mendukung program RTLH pemerintah kota: rehab rumah tidak layak huni.",
      budgetIdr: 1_600_000_000,
    });
    expect(statesSupport(csr, government())).toBe(true);
    expect(relationOf(csr, government({ budgetIdr: 1_600_000_000 }), "overlap")).toBe("double_funding");
  });

  it("pairs a program with the activity it names even in other words and another sector, as a complement", () => {
    const gov = government({ id: "gov-rtlh" });
    const csr = activity({
      title: "Pelatihan wirausaha ibu-ibu penerima RTLH",
      description: "Pelatihan menjahit dan modal usaha.",
      sector: "economy",
      supportsActivityId: "gov-rtlh",
    });
    const m = matchPrograms(csr, gov, 3);
    expect(m).toMatchObject({ relation: "complement", kind: "overlap" });
    // Without the link, another sector is not a match.
    expect(matchPrograms({ ...csr, supportsActivityId: null }, gov, 3)).toBeNull();
  });

  it("never pairs two government activities, and leaves the relation null between two companies", () => {
    expect(matchPrograms(government(), government({ companyName: "Pemerintah Kelurahan Margomulyo", funding: "apbdes" }), 3)).toBeNull();
    const m = matchPrograms(activity({}), activity({ companyId: "c2", companyName: "PT Kaltim Prima Coal" }), 3);
    expect(m).not.toBeNull();
    expect(m?.relation).toBeNull();
  });

  it("treats the government side as another actor: the same place years later is a repeat, of double funding", () => {
    const m = matchPrograms(
      activity({ startDate: "2024-02-01", endDate: "2024-10-31" }),
      government({ startDate: "2022-01-01", endDate: "2022-12-31" }),
      3,
    );
    expect(m).toMatchObject({ kind: "repeat", relation: "double_funding" });
  });
});
