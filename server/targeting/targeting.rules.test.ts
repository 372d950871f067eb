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

  it("finds blank spots at or above the focus area's own rate, and never calls a poor area over-served", () => {
    // Compared (a count above zero, a known budget): A, B, C, D, F -> Rp 1,450 M for 60,000 poor people.
    //   A: 55.2% of the rupiah for 66.7% of the poor -> 0.83; B: 34.5% for 8.3% -> 4.14; C: 0.62; D, F: 0.
    // B gets four times its share but its rate (9.1%) is above the province's 6.0%: never a pile-up.
    const { areas, thresholds } = assessTargeting(children, 6.0);
    expect(thresholds).toEqual({
      blankSpotRate: { value: 6.0, basis: "focus" },
      programsMedian: 0.5,
      rupiahPerPoorOverall: 1_450_000_000 / 60_000,
    });
    const a = byCode(areas);
    expect(a["64.02"]?.servedRatio).toBeCloseTo(100_000 / (1_450_000_000 / 60_000), 12);
    expect(a["64.02"]?.shareOfRupiah).toBeCloseTo(500 / 1_450, 12);
    expect(a["64.02"]?.shareOfPoor).toBeCloseTo(5_000 / 60_000, 12);
    expect(a["64.05"]).toMatchObject({ servedRatio: null, shareOfRupiah: null, shareOfPoor: null });
    expect(areas.filter((x) => x.isBlankSpot).map((x) => x.code)).toEqual(["64.04", "64.05"]);
    expect(areas.map((x) => [x.code, x.pileUp])).toEqual([
      ["64.01", ["programs"]],
      ["64.02", []],
      ["64.03", []],
      ["64.04", []],
      ["64.05", []],
      ["64.06", []],
    ]);
    // C (8.0%) gets 0.62 of its share: not yet under-served; nothing else poor is reached.
    expect(areas.filter((x) => x.isUnderServed)).toEqual([]);
  });

  it("never calls the poorest area over-served, even below a focus rate that sits above every child's", () => {
    // Mahakam Ulu's case: the poorest regency, few poor people, much money per poor person.
    // A focus rate of 12% (older than the children's figures) puts every child below it.
    const { areas } = assessTargeting(
      [
        area("64.11", { programs: 2, budgetIdr: 900_000_000, povertyRate: rate(10.75), poorPeople: poor(2_900) }),
        area("64.71", { programs: 1, budgetIdr: 900_000_000, povertyRate: rate(2.81), poorPeople: poor(2_000) }),
        area("64.72", { programs: 1, budgetIdr: 100_000_000, povertyRate: rate(4.72), poorPeople: poor(38_950) }),
      ],
      12,
    );
    const a = byCode(areas);
    expect(a["64.11"]?.servedRatio).toBeGreaterThan(2);
    expect(a["64.11"]?.pileUp).toEqual([]);
    // The better-off city with the same money for fewer poor people is over-served.
    expect(a["64.71"]?.pileUp).toEqual(["rupiah"]);
    expect(a["64.72"]?.pileUp).toEqual([]);
  });

  it("does not judge an area without a poverty rate, however much it gets", () => {
    const { areas } = assessTargeting(
      [
        area("64.01", { programs: 5, budgetIdr: 5_000_000_000, poorPeople: poor(1_000) }),
        area("64.02", { programs: 0, povertyRate: rate(3), poorPeople: poor(50_000) }),
        area("64.03", { programs: 0, povertyRate: rate(4), poorPeople: poor(50_000) }),
      ],
      6,
    );
    expect(areas[0]?.servedRatio).toBeGreaterThan(2);
    expect(areas[0]?.pileUp).toEqual([]);
    expect(areas[0]?.isUnderServed).toBe(false);
  });

  it("finds poor areas that programs reach with less than half their share, ties included", () => {
    // Rp 800 M for 40,000 poor people -> Rp 20,000 each.
    //   X (9%): Rp 10,000 -> 0.5, exactly the under-served bound.
    //   Y (3%): Rp 40,000 -> 2.0, exactly the over-served bound.
    //   Z (5%): Rp 15,000 -> 0.75.
    //   W (9.5%): no program: a blank spot, not under-served.
    const { areas, thresholds } = assessTargeting(
      [
        area("X", { programs: 1, budgetIdr: 100_000_000, povertyRate: rate(9), poorPeople: poor(10_000) }),
        area("Y", { programs: 1, budgetIdr: 400_000_000, povertyRate: rate(3), poorPeople: poor(10_000) }),
        area("Z", { programs: 1, budgetIdr: 300_000_000, povertyRate: rate(5), poorPeople: poor(20_000) }),
        area("W", { povertyRate: rate(9.5) }),
      ],
      6,
    );
    expect(thresholds.rupiahPerPoorOverall).toBe(20_000);
    expect(areas.map((x) => [x.code, x.servedRatio, x.pileUp, x.isUnderServed, x.isBlankSpot])).toEqual([
      ["X", 0.5, [], true, false],
      ["Y", 2, ["rupiah"], false, false],
      ["Z", 0.75, [], false, false],
      ["W", null, [], false, true],
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

  it("gives no ratio for zero poor people and leaves such an area out of the fair share", () => {
    const { areas, thresholds } = assessTargeting(
      [
        area("64.71", { programs: 1, budgetIdr: 900_000_000, plannedBeneficiaries: 90, povertyRate: rate(1), poorPeople: poor(0) }),
        area("64.72", { programs: 1, budgetIdr: 100_000_000, povertyRate: rate(2), poorPeople: poor(10_000) }),
        area("64.74", { programs: 1, budgetIdr: 300_000_000, povertyRate: rate(3), poorPeople: poor(10_000) }),
      ],
      5,
    );
    expect(areas[0]).toMatchObject({ rupiahPerPoorPerson: null, beneficiariesPerPoorPerson: null, servedRatio: null, pileUp: [] });
    // Rp 400 M for 20,000 -> Rp 20,000; 64.74 gets 1.5 of its share, below 2.
    expect(thresholds.rupiahPerPoorOverall).toBe(20_000);
    expect(areas.map((a) => a.servedRatio)).toEqual([null, 0.5, 1.5]);
    expect(areas.every((a) => a.pileUp.length === 0)).toBe(true);
  });

  it("counts ties at the program thresholds: exactly twice the median, exactly the minimum", () => {
    // Counts 3,1,2,1 -> median 1.5; 3 is exactly twice it and exactly the minimum of 3. Rates below 6.
    const { areas, thresholds } = assessTargeting(
      [
        area("64.01", { programs: MIN_PILE_UP_PROGRAMS, budgetIdr: 300_000_000, povertyRate: rate(2), poorPeople: poor(10_000) }),
        area("64.02", { programs: 1, budgetIdr: 100_000_000, povertyRate: rate(3), poorPeople: poor(10_000) }),
        area("64.03", { programs: 2, budgetIdr: 200_000_000, povertyRate: rate(4), poorPeople: poor(10_000) }),
        area("64.04", { programs: 1, budgetIdr: 50_000_000, povertyRate: rate(5) }),
      ],
      6,
    );
    expect(thresholds).toMatchObject({ programsMedian: 1.5, rupiahPerPoorOverall: 20_000 });
    expect(areas[0]?.pileUp).toEqual(["programs"]);
    expect(areas.slice(1).map((a) => a.pileUp)).toEqual([[], [], []]);
  });

  it("needs at least three programs before a count is a pile-up, however small the median", () => {
    // Counts 2,0,0,0 -> median 0: two programs are twice "nothing" but not yet a pile-up.
    const rates = (first: number) => [
      area("64.01", { programs: first, povertyRate: rate(2) }),
      area("64.02", { povertyRate: rate(3) }),
      area("64.03", { povertyRate: rate(4) }),
      area("64.04", { povertyRate: rate(8) }),
    ];
    expect(assessTargeting(rates(2), 6).areas[0]?.pileUp).toEqual([]);
    expect(assessTargeting(rates(3), 6).areas[0]?.pileUp).toEqual(["programs"]);
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
    // The unknown area is not a zero in the fair share: Rp 400 M over 20,000 poor people.
    expect(thresholds.rupiahPerPoorOverall).toBe(20_000);
    expect(areas[0]?.servedRatio).toBeNull();
  });

  it("handles a focus with no children", () => {
    expect(assessTargeting([], 6)).toEqual({
      areas: [],
      thresholds: { blankSpotRate: { value: 6, basis: "focus" }, programsMedian: null, rupiahPerPoorOverall: null },
    });
  });
});
