import { describe, expect, it } from "vitest";
import { createTranslator } from "@/lib/i18n/translate";
import { activitySentence, titleNamesCount } from "./activity-sentence";

const t = createTranslator("id");
const village = { code: "64.71.01.1001", name: "Prapatan", level: 4 };
const rtlh = {
  agency: "Dinas PUPR Kota Balikpapan",
  title: "Rehabilitasi 87 RTLH",
  plannedBeneficiaries: 87,
  budgetIdr: null,
  startDate: "2022-03-01",
  endDate: "2022-11-30",
  areas: [village],
};

describe("activitySentence", () => {
  it("says the count once when the title already names it", () => {
    const s = activitySentence(rtlh, [village.code], t, "id");
    expect(s.match(/87/g)).toHaveLength(1);
    expect(s).toContain("Dinas PUPR Kota Balikpapan");
    expect(s).toContain("2022");
  });

  it("adds the count when the title does not name it", () => {
    const s = activitySentence({ ...rtlh, title: "Rehabilitasi Rumah Tidak Layak Huni" }, [village.code], t, "id");
    expect(s).toContain("87");
  });

  it("reads thousands separators in titles", () => {
    expect(titleNamesCount("Bantuan 1.200 paket sembako", 1200)).toBe(true);
    expect(titleNamesCount("Distribution of 1,200 food packages", 1200)).toBe(true);
    expect(titleNamesCount("Bantuan 1.200 paket sembako", 200)).toBe(false);
    expect(titleNamesCount("Program 2024 untuk 45 KK", 45)).toBe(true);
    expect(titleNamesCount("Program 2024", 20)).toBe(false);
  });
});
