import { describe, expect, it } from "vitest";
import { createTranslator } from "@/lib/i18n/translate";
import { historyPlace, renderHistory, renderPairHistory, renderReason, type Reason } from "@/lib/overlaps/reasons";
import { classifyRepeat, matchPrograms, orderAcrossYears, repeatWindow, shiftYears } from "./repeat";
import { analyzeProgram, type ProgramForMatching } from "./scoring";
import { Thesaurus } from "./thesaurus";
import { DEFAULT_THESAURUS } from "./thesaurus.defaults";

const th = new Thesaurus(DEFAULT_THESAURUS);
let n = 0;
const MARGOMULYO = { code: "64.71.01.1004", name: "Margomulyo" };
const KEC_BALIKPAPAN_BARAT = { code: "64.71.01", name: "Balikpapan Barat" };
const ELSEWHERE = { code: "64.08.16.2001", name: "Karangan Dalam" };
const PLACES = ["Kalimantan Timur", "Kota Balikpapan", "Balikpapan Barat", "Margomulyo"];

function program(over: Partial<ProgramForMatching>) {
  return analyzeProgram(
    {
      id: `p${++n}`,
      companyId: "c1",
      companyName: "PT Pertamina Hulu Mahakam",
      title: "Penanaman Mangrove di Pesisir Kelurahan Margomulyo",
      description: "Penanaman 5.000 bibit mangrove bersama kelompok tani hutan untuk menahan abrasi pantai.",
      sector: "environment",
      targetGroup: "general_public",
      startDate: "2021-03-01",
      endDate: "2021-11-30",
      budgetIdr: 150_000_000,
      beneficiaries: 40,
      areas: [MARGOMULYO],
      placeNames: PLACES,
      ...over,
    },
    th,
  );
}

const later = (over: Partial<ProgramForMatching> = {}) =>
  program({
    companyId: "c2",
    companyName: "PT Kilang Pertamina Balikpapan",
    title: "Rehabilitasi Mangrove Pesisir Margomulyo",
    description: "Penanaman kembali bibit mangrove di pantai yang terkena abrasi, bersama kelompok tani hutan setempat.",
    startDate: "2024-02-01",
    endDate: "2024-12-31",
    ...over,
  });

describe("repeats across years", () => {
  it("flags the same aid at the same place by another company within the years, with the years as a reason", () => {
    const m = classifyRepeat(program({}), later(), 3);
    expect(m?.kind).toBe("repeat");
    expect(m?.score).toBeGreaterThan(0.4);
    const years = m?.reasons.find((r) => r.code === "years_apart");
    expect(years).toEqual({
      code: "years_apart",
      earlier: { from: "2021-03-01", to: "2021-11-30" },
      later: { from: "2024-02-01", to: "2024-12-31" },
      gapDays: 792,
    });
    // Either order gives the same answer.
    expect(classifyRepeat(later(), program({}), 3)?.kind).toBe("repeat");
    expect(matchPrograms(program({}), later(), 3)?.kind).toBe("repeat");
  });

  it("counts a place inside the other's as the same place", () => {
    const m = classifyRepeat(program({ areas: [KEC_BALIKPAPAN_BARAT] }), later(), 3);
    expect(m?.reasons[0]).toEqual({ code: "area_contains", outer: KEC_BALIKPAPAN_BARAT, inner: MARGOMULYO });
  });

  it("is not a repeat when the same company renews its own program for a new cohort", () => {
    expect(classifyRepeat(program({}), later({ companyId: "c1", companyName: "PT Pertamina Hulu Mahakam" }), 3)).toBeNull();
  });

  it("is not a repeat more than the years apart; the setting moves the bar", () => {
    const far = later({ startDate: "2025-01-01", endDate: "2025-12-31" });
    expect(classifyRepeat(program({}), far, 3)).toBeNull();
    expect(classifyRepeat(program({}), far, 4)?.kind).toBe("repeat");
    // Exactly N years after the end still counts; a day later does not.
    expect(classifyRepeat(program({}), later({ startDate: "2024-11-30" }), 3)?.kind).toBe("repeat");
    expect(classifyRepeat(program({}), later({ startDate: "2024-12-01" }), 3)).toBeNull();
  });

  it("leaves overlapping periods to the overlap matcher", () => {
    const same = later({ startDate: "2021-06-01", endDate: "2022-05-31" });
    expect(classifyRepeat(program({}), same, 3)).toBeNull();
    expect(["overlap", "duplicate"]).toContain(matchPrograms(program({}), same, 3)?.kind);
  });

  it("needs the same sector, shared ground and alike activities", () => {
    expect(classifyRepeat(program({}), later({ sector: "economy" }), 3)).toBeNull();
    expect(classifyRepeat(program({}), later({ areas: [ELSEWHERE] }), 3)).toBeNull();
    expect(
      classifyRepeat(
        program({}),
        later({
          title: "Pelatihan Pengolahan Sampah Plastik",
          description: "Bank sampah dan daur ulang plastik rumah tangga.",
          targetGroup: null,
        }),
        3,
      ),
    ).toBeNull();
  });

  it("orders periods and widens a search window to real dates", () => {
    const a = { startDate: "2021-01-01", endDate: "2021-12-31" };
    const b = { startDate: "2023-01-01", endDate: "2023-06-30" };
    expect(orderAcrossYears(b, a, 3)).toEqual({ earlier: a, later: b });
    expect(orderAcrossYears(a, b, 1)).toBeNull();
    expect(shiftYears("2024-02-29", 1)).toBe("2025-02-29");
    expect(repeatWindow({ startDate: "2024-02-29", endDate: "2024-02-29" }, 1)).toEqual({ from: "2023-02-28", to: "2025-03-01" });
    expect(repeatWindow({ startDate: "2024-02-29", endDate: "2024-02-29" }, 4)).toEqual({ from: "2020-02-29", to: "2028-02-29" });
  });

  it("reads as history in both languages", () => {
    const m = classifyRepeat(program({}), later(), 3);
    const reasons = (m?.reasons ?? []) as Reason[];
    const place = historyPlace(reasons);
    expect(place).toEqual(MARGOMULYO);
    const h = { place: MARGOMULYO, title: "penanaman mangrove", companyName: "PT X", startDate: "2021-03-01", endDate: "2021-11-30" };
    const id = createTranslator("id");
    const en = createTranslator("en");
    expect(renderHistory({ ...h, earlier: true }, id)).toBe("Kelurahan Margomulyo sudah menerima penanaman mangrove dari PT X pada 2021");
    expect(renderHistory({ ...h, earlier: true }, en)).toBe("Kelurahan Margomulyo already received penanaman mangrove from PT X in 2021");
    expect(renderHistory({ ...h, earlier: false, endDate: "2022-02-28" }, id)).toBe(
      "Kelurahan Margomulyo dijadwalkan menerima penanaman mangrove dari PT X pada 2021–2022",
    );
    const earlierSide = { title: "Penanaman Mangrove", companyName: "PT A", startDate: "2021-03-01", endDate: "2021-11-30" };
    const laterSide = { title: "Rehabilitasi Mangrove", companyName: "PT B", startDate: "2024-02-01", endDate: "2024-12-31" };
    const expected = "Kelurahan Margomulyo sudah menerima Penanaman Mangrove dari PT A pada 2021";
    expect(renderPairHistory(laterSide, earlierSide, reasons, id)).toBe(expected);
    expect(renderPairHistory(earlierSide, laterSide, reasons, id)).toBe(expected);
    expect(renderPairHistory(earlierSide, laterSide, [], id)).toBeNull();
    const years = reasons.find((r) => r.code === "years_apart") as Reason;
    expect(renderReason(years, id, "id")).toBe("Tahun berbeda: 2021 lalu 2024, berselang 2 tahun");
    expect(renderReason(years, en, "en")).toBe("Other years: 2021 then 2024, 2 years apart");
  });
});
