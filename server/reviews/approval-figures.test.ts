import { describe, expect, it } from "vitest";
import { approvalRefusal, missingFigures } from "./approval-figures";

describe("figures required for approval", () => {
  it("names what a program has not stated, never treating 0 as missing", () => {
    expect(missingFigures({ budgetIdr: null, plannedBeneficiaries: 40 })).toEqual(["budget"]);
    expect(missingFigures({ budgetIdr: 0, plannedBeneficiaries: null })).toEqual(["beneficiaries"]);
    expect(missingFigures({ budgetIdr: null, plannedBeneficiaries: null })).toEqual(["budget", "beneficiaries"]);
    expect(missingFigures({ budgetIdr: 75_000_000, plannedBeneficiaries: 1 })).toEqual([]);
  });

  it("refuses only while the setting is on, with the message for what is missing", () => {
    const noBudget = { budgetIdr: null, plannedBeneficiaries: 40 };
    expect(approvalRefusal(noBudget, false)).toBeNull();
    expect(approvalRefusal(noBudget, true)).toBe("errors.figuresRequired.budget");
    expect(approvalRefusal({ budgetIdr: 1, plannedBeneficiaries: null }, true)).toBe("errors.figuresRequired.beneficiaries");
    expect(approvalRefusal({ budgetIdr: null, plannedBeneficiaries: null }, true)).toBe("errors.figuresRequired.both");
    expect(approvalRefusal({ budgetIdr: 0, plannedBeneficiaries: 12 }, true)).toBeNull();
  });
});
