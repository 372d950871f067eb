import { describe, expect, it } from "vitest";
import { budgetSumLabel, figureGapItems, figureGapsNote, isSumUnknown, plannedSumLabel, sumGaps } from "./figure-gaps";
import { createTranslator } from "./i18n/translate";

const id = createTranslator("id");
const en = createTranslator("en");

describe("what a sum leaves out", () => {
  it("names the programs without a budget or beneficiaries, in both languages", () => {
    expect(figureGapsNote(id, { withoutBudget: 3, withoutBeneficiaries: 5 })).toBe(
      "3 program tanpa anggaran · 5 program tanpa jumlah penerima manfaat; tidak dihitung dalam jumlah.",
    );
    expect(figureGapsNote(en, { withoutBudget: 1, withoutBeneficiaries: 0 })).toBe(
      "1 program without a budget; left out of the totals.",
    );
    expect(figureGapsNote(en, { withoutBudget: 0, withoutBeneficiaries: 1_000 })).toBe(
      "1.000 programs without a beneficiary count; left out of the totals.",
    );
    expect(figureGapsNote(id, { withoutBudget: 1_250, withoutBeneficiaries: 0 })).toMatch(/^1\.250 program tanpa anggaran/);
  });

  it("says nothing when every program has its figures, or only what the shown figure needs", () => {
    expect(figureGapsNote(id, { withoutBudget: 0, withoutBeneficiaries: 0 })).toBeNull();
    expect(figureGapsNote(id, { withoutBudget: 0, withoutBeneficiaries: 4 }, ["budget"])).toBeNull();
    expect(figureGapItems(id, { withoutBudget: 2, withoutBeneficiaries: 4 }, ["beneficiaries"])).toEqual([
      "4 program tanpa jumlah penerima manfaat",
    ]);
  });

  it("adds up groups and knows a group with no figure at all", () => {
    expect(
      sumGaps([
        { withoutBudget: 1, withoutBeneficiaries: 0 },
        { withoutBudget: 2, withoutBeneficiaries: 3 },
      ]),
    ).toEqual({
      withoutBudget: 3,
      withoutBeneficiaries: 3,
    });
    expect(sumGaps([])).toEqual({ withoutBudget: 0, withoutBeneficiaries: 0 });
    expect(isSumUnknown(2, 2)).toBe(true);
    expect(isSumUnknown(2, 1)).toBe(false);
    expect(isSumUnknown(0, 0)).toBe(false);
    expect(budgetSumLabel(id, "id", { programs: 3, budgetIdr: 0, withoutBudget: 3 })).toBe("belum diisi");
    expect(budgetSumLabel(id, "id", { programs: 3, budgetIdr: 250_000_000, withoutBudget: 2 })).toBe("Rp 250 jt");
    // No programs at all is a sum of nothing, not an unknown one.
    expect(budgetSumLabel(en, "en", { programs: 0, budgetIdr: 0, withoutBudget: 0 })).toBe("Rp 0");
    expect(plannedSumLabel(en, { programs: 1, plannedBeneficiaries: 0, withoutBeneficiaries: 1 })).toBe("not filled in yet");
    expect(plannedSumLabel(id, { programs: 4, plannedBeneficiaries: 1_500, withoutBeneficiaries: 1 })).toBe("1.500");
  });
});
