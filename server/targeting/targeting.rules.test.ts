import { describe, expect, it } from "vitest";
import { assessTargeting, median, MIN_PILE_UP_PROGRAMS, type AreaFigures } from "./targeting.rules";

const rate = (value: number, year = 2024) => ({ value, year, source: "BPS" });
const poor = (value: number, year = 2024) => ({ value, year, source: "BPS" });

/** A child area; anything not given is empty (no programs, no money, no figures). */
function area(code: string, f: Partial<AreaFigures> = {}): AreaFigures {
  const empty = { programs: 0, budgetIdr: 0, plannedBeneficiaries: 0, withoutBudget: 0, withoutBeneficiaries: 0 };
  return { code, name: `Area ${code}`, ...empty, povertyRate: null, poorPeople: null, ...f };
}

const byCode = <T extends { code: string }>(list: T[]) => Object.fromEntries(list.map((a) => [a.code, a]));

describe("median", () => {
  it("takes the middle value, or the mean of the two middle ones, whatever the order", () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 0, 1, 0])).toBe(0.5);
  });
});

describe("assessTargeting", () => {
  // Five regencies of a province whose own rate is 6.0%.
  //   A: 4 programs, Rp 800,000,000 for 40,000 poor people   -> Rp 20,000 and 0.01 beneficiaries per poor person
  //   B: 1 program,  Rp 500,000,000 for  5,000 poor people   -> Rp 100,000 and 0.1
  //   C: 1 program,  Rp 150,000,000 for 10,000 poor people   -> Rp 15,000
  //   D: no program, rate 7.5%: a blank spot
  //   E: no program, rate 6.0%: exactly at the threshold, a blank spot
  //   F: no program, rate 5.99%: below it
  // Program counts 4,1,1,0,0,0 -> median 0.5; A has >= 3 and >= 1: a pile-up by programs.
  // Rupiah per poor person among areas with money: 15,000, 20,000, 100,000 -> median 20,000; B (>= 40,000) piles up.
  const children = [
    area("64.01", { programs: 4, budgetIdr: 800_000_000, plannedBeneficiaries: 400, povertyRate: rate(4.2), poorPeople: poor(40_000) }),
    area("64.02", { programs: 1, budgetIdr: 500_000_000, plannedBeneficiaries: 500, povertyRate: rate(9.1), poorPeople: poor(5_000) }),
    area("64.03", { programs: 1, budgetIdr: 150_000_000, plannedBeneficiaries: 30, povertyRate: rate(8.0), poorPeople: poor(10_000) }),
    area("64.04", { povertyRate: rate(7.5), poorPeople: poor(2_000) }),
    area("64.05", { povertyRate: rate(6.0) }),
    area("64.06", { povertyRate: rate(5.99), poorPeople: poor(3_000) }),
  ];

  it("computes rupiah and beneficiaries per poor person from the latest counts", () => {
    const { areas } = assessTargeting(children, 6.0);
    const a = byCode(areas);
    expect(a["64.01"]?.rupiahPerPoorPerson).toBe(20_000);
    expect(a["64.01"]?.beneficiariesPerPoorPerson).toBe(0.01);
    expect(a["64.02"]?.rupiahPerPoorPerson).toBe(100_000);
    expect(a["64.02"]?.beneficiariesPerPoorPerson).toBe(0.1);
    expect(a["64.03"]?.rupiahPerPoorPerson).toBe(15_000);
    expect(a["64.03"]?.beneficiariesPerPoorPerson).toBe(0.003);
    // No money yet is zero per poor person, not "unknown".
    expect(a["64.04"]?.rupiahPerPoorPerson).toBe(0);
    // Without a count there is no ratio.
    expect(a["64.05"]?.rupiahPerPoorPerson).toBeNull();
    expect(a["64.05"]?.beneficiariesPerPoorPerson).toBeNull();
    // The input figures pass through untouched, in the order given.
    expect(areas.map((x) => x.code)).toEqual(children.map((x) => x.code));
    expect(a["64.01"]).toMatchObject({ name: "Area 64.01", programs: 4, budgetIdr: 800_000_000, povertyRate: rate(4.2) });
  });

  it("finds blank spots at or above the focus area's own rate, and pile-ups at twice the median", () => {
    const { areas, thresholds } = assessTargeting(children, 6.0);
    expect(thresholds).toEqual({ blankSpotRate: { value: 6.0, basis: "focus" }, programsMedian: 0.5, rupiahPerPoorMedian: 20_000 });
    expect(areas.filter((a) => a.isBlankSpot).map((a) => a.code)).toEqual(["64.04", "64.05"]);
    expect(areas.map((a) => [a.code, a.pileUp])).toEqual([
      ["64.01", ["programs"]],
      ["64.02", ["rupiah"]],
      ["64.03", []],
      ["64.04", []],
      ["64.05", []],
      ["64.06", []],
    ]);
  });

  it("uses the median of the children's rates when the focus area has none", () => {
    // Rates 4.2, 9.1, 8.0, 7.5, 6.0, 5.99 -> median (6.0 + 7.5) / 2 = 6.75: D (7.5) is still a blank spot, E (6.0) no longer.
    const { areas, thresholds } = assessTargeting(children, null);
    expect(thresholds.blankSpotRate).toEqual({ value: 6.75, basis: "median" });
    expect(areas.filter((a) => a.isBlankSpot).map((a) => a.code)).toEqual(["64.04"]);
  });

  it("never guesses: without any poverty rate there is no blank spot, and an area without a rate is none", () => {
    const none = assessTargeting([area("64.01"), area("64.02", { programs: 1, budgetIdr: 10 })], null);
    expect(none.thresholds.blankSpotRate).toBeNull();
    expect(none.areas.some((a) => a.isBlankSpot)).toBe(false);
    // With the focus's rate known, an unreached area without its own rate still is not a blank spot.
    const focusOnly = assessTargeting([area("64.01"), area("64.02", { povertyRate: rate(12) })], 6);
    expect(focusOnly.areas.map((a) => a.isBlankSpot)).toEqual([false, true]);
  });

  it("gives no ratio for zero poor people and leaves such an area out of the rupiah median", () => {
    const { areas, thresholds } = assessTargeting(
      [
        area("64.71", { programs: 1, budgetIdr: 900_000_000, plannedBeneficiaries: 90, poorPeople: poor(0) }),
        area("64.72", { programs: 1, budgetIdr: 100_000_000, poorPeople: poor(10_000) }),
        area("64.74", { programs: 1, budgetIdr: 300_000_000, poorPeople: poor(10_000) }),
      ],
      5,
    );
    expect(areas[0]).toMatchObject({ rupiahPerPoorPerson: null, beneficiariesPerPoorPerson: null, pileUp: [] });
    // 10,000 and 30,000 -> median 20,000; 30,000 is below 40,000.
    expect(thresholds.rupiahPerPoorMedian).toBe(20_000);
    expect(areas.every((a) => a.pileUp.length === 0)).toBe(true);
  });

  it("counts ties at every threshold: exactly twice the median, exactly the minimum, exactly the rate", () => {
    // Counts 3,1,2,1 -> median 1.5; 3 is exactly twice it and exactly the minimum of 3.
    // Rupiah 40,000, 10,000, 20,000 (the fourth has no count) -> median 20,000; 40,000 is exactly twice it.
    const { areas, thresholds } = assessTargeting(
      [
        area("64.01", { programs: MIN_PILE_UP_PROGRAMS, budgetIdr: 400_000_000, poorPeople: poor(10_000) }),
        area("64.02", { programs: 1, budgetIdr: 100_000_000, poorPeople: poor(10_000) }),
        area("64.03", { programs: 2, budgetIdr: 200_000_000, poorPeople: poor(10_000) }),
        area("64.04", { programs: 1, budgetIdr: 50_000_000 }),
      ],
      null,
    );
    expect(thresholds).toMatchObject({ programsMedian: 1.5, rupiahPerPoorMedian: 20_000 });
    expect(areas[0]?.pileUp).toEqual(["programs", "rupiah"]);
    expect(areas.slice(1).map((a) => a.pileUp)).toEqual([[], [], []]);
  });

  it("needs at least three programs before a count is a pile-up, however small the median", () => {
    // Counts 2,0,0,0 -> median 0: two programs are twice "nothing" but not yet a pile-up.
    const { areas } = assessTargeting([area("64.01", { programs: 2 }), area("64.02"), area("64.03"), area("64.04")], null);
    expect(areas[0]?.pileUp).toEqual([]);
    const three = assessTargeting([area("64.01", { programs: 3 }), area("64.02"), area("64.03"), area("64.04")], null);
    expect(three.areas[0]?.pileUp).toEqual(["programs"]);
  });

  it("does not measure spending against unreached areas: one funded area is no pile-up of itself", () => {
    const { areas, thresholds } = assessTargeting(
      [area("64.01", { programs: 1, budgetIdr: 1_000_000_000, poorPeople: poor(1_000) }), area("64.02", { poorPeople: poor(50_000) })],
      null,
    );
    expect(thresholds.rupiahPerPoorMedian).toBe(1_000_000);
    expect(areas.map((a) => a.pileUp)).toEqual([[], []]);
  });

  it("never reads an unknown budget as zero spending: no ratio where no program states one, the known part otherwise", () => {
    const { areas, thresholds } = assessTargeting(
      [
        // Two programs, neither with a budget or beneficiaries yet: no ratio at all (not Rp 0).
        area("64.01", { programs: 2, withoutBudget: 2, withoutBeneficiaries: 2, poorPeople: poor(10_000) }),
        // One of three without a budget: the ratio is over the two known budgets.
        area("64.02", { programs: 3, budgetIdr: 300_000_000, plannedBeneficiaries: 90, withoutBudget: 1, poorPeople: poor(10_000) }),
        area("64.03", { programs: 1, budgetIdr: 100_000_000, plannedBeneficiaries: 10, poorPeople: poor(10_000) }),
      ],
      null,
    );
    expect(areas.map((a) => [a.rupiahPerPoorPerson, a.beneficiariesPerPoorPerson])).toEqual([
      [null, null],
      [30_000, 0.009],
      [10_000, 0.001],
    ]);
    // The unknown area is not a zero in the median of spending.
    expect(thresholds.rupiahPerPoorMedian).toBe(20_000);
  });

  it("handles a focus with no children", () => {
    expect(assessTargeting([], 6)).toEqual({
      areas: [],
      thresholds: { blankSpotRate: { value: 6, basis: "focus" }, programsMedian: null, rupiahPerPoorMedian: null },
    });
  });
});
