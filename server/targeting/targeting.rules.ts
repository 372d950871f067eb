import { isSumUnknown, type FigureGaps } from "@/lib/figure-gaps";
import type { Figure } from "@/server/indicators/indicators.rows";

// Targeting against poverty data: pure rules, no database, tested by hand-computed examples.

/**
 * One child area of the focus: its CSR figures (from the dashboard) and its latest poverty figures.
 * The sums leave out programs that have not stated the figure; `without…` say how many.
 */
export interface AreaFigures extends FigureGaps {
  code: string;
  name: string;
  programs: number;
  budgetIdr: number;
  plannedBeneficiaries: number;
  povertyRate: Figure | null;
  poorPeople: Figure | null;
}

export type PileUpReason = "programs" | "rupiah";

export interface TargetedArea extends AreaFigures {
  /**
   * CSR rupiah per poor person, over the budgets that are known; null without a poor-people figure
   * (or one of zero), or when the area has programs but none states its budget.
   */
  rupiahPerPoorPerson: number | null;
  /** Planned beneficiaries per poor person; null likewise. */
  beneficiariesPerPoorPerson: number | null;
  /** The area's share of the compared rupiah (0–1); null when it is not compared (no count, unknown budget) or nothing is spent. */
  shareOfRupiah: number | null;
  /** The area's share of the compared poor people (0–1); null likewise. */
  shareOfPoor: number | null;
  /** Share of rupiah divided by share of poor people: 1 is a fair share, 2 twice it, 0.5 half; null likewise. */
  servedRatio: number | null;
  isBlankSpot: boolean;
  /** Why the area counts as over-served (a pile-up); empty when it does not. */
  pileUp: PileUpReason[];
  /** A poor area (rate at or above the threshold) that programs reach but whose share of rupiah is at most half its share of poor people. */
  isUnderServed: boolean;
}

export interface Thresholds {
  /** The poverty rate at or above which an area counts as poor (a blank spot when unreached, never over-served), and where it comes from. */
  blankSpotRate: { value: number; basis: "focus" | "median" } | null;
  /** Median of the children's program counts (every child, reached or not). */
  programsMedian: number | null;
  /** Rupiah per poor person over all compared children together (their rupiah over their poor people): the fair share. */
  rupiahPerPoorOverall: number | null;
}

/** A program count this high is needed before "twice the median" means a pile-up (the median of mostly empty areas is 0 or 1). */
export const MIN_PILE_UP_PROGRAMS = 3;
/** Over-served: a share of rupiah at least this many times the share of poor people. */
export const OVER_SERVED_RATIO = 2;
/** Under-served: a share of rupiah at most this fraction of the share of poor people. */
export const UNDER_SERVED_RATIO = 0.5;

/** The middle value (mean of the two middle values for an even count); null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? null) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

const perPoorPerson = (amount: number, poor: Figure | null, isUnknown: boolean) =>
  poor && poor.value > 0 && !isUnknown ? amount / poor.value : null;

/**
 * Blank spots, over-served areas (pile-ups) and under-served areas among the children of a focus area.
 *
 * The poverty threshold is the focus area's own latest rate (the province's, for its regencies),
 * or, when the focus has no rate, the median rate of its children. An area without a rate is
 * neither poor nor "not poor": missing data is not guessed, so it is never flagged on a rate.
 *
 * Blank spot: rate at or above the threshold, and no program of the filtered list lies in it.
 * Programs registered for the whole focus area name no place inside it, so they reach none.
 *
 * Fair share: the compared children are those with a poor-people count above zero and a known
 * budget (reached or not). Each one's share of their rupiah is set against its share of their
 * poor people; the ratio of the two is its rupiah per poor person over theirs taken together.
 *
 * Over-served (pile-up) needs BOTH a heavy share and a rate below the threshold: an area as poor
 * as the focus or poorer, and the poorest child above all, is never over-served, however much
 * money per poor person it gets (few poor people in a very poor regency make a high ratio). The
 * heavy share is a ratio of at least OVER_SERVED_RATIO, or at least MIN_PILE_UP_PROGRAMS programs
 * and twice the median program count.
 *
 * Under-served: rate at or above the threshold, reached by at least one program, and a ratio of
 * at most UNDER_SERVED_RATIO (an unreached poor area is a blank spot instead).
 */
export function assessTargeting(children: AreaFigures[], focusRate: number | null): { areas: TargetedArea[]; thresholds: Thresholds } {
  const withRatios = children.map((a) => ({
    ...a,
    rupiahPerPoorPerson: perPoorPerson(a.budgetIdr, a.poorPeople, isSumUnknown(a.programs, a.withoutBudget)),
    beneficiariesPerPoorPerson: perPoorPerson(a.plannedBeneficiaries, a.poorPeople, isSumUnknown(a.programs, a.withoutBeneficiaries)),
  }));
  const rates = children.flatMap((a) => (a.povertyRate ? [a.povertyRate.value] : []));
  const childRateMedian = median(rates);
  const poorest = rates.length ? Math.max(...rates) : null;
  const blankSpotRate =
    focusRate !== null
      ? { value: focusRate, basis: "focus" as const }
      : childRateMedian !== null
        ? { value: childRateMedian, basis: "median" as const }
        : null;
  const programsMedian = median(children.map((a) => a.programs));
  const compared = withRatios.filter((a) => a.rupiahPerPoorPerson !== null);
  const totalRupiah = compared.reduce((s, a) => s + a.budgetIdr, 0);
  const totalPoor = compared.reduce((s, a) => s + (a.poorPeople?.value ?? 0), 0);
  const rupiahPerPoorOverall = totalRupiah > 0 && totalPoor > 0 ? totalRupiah / totalPoor : null;

  const areas = withRatios.map((a): TargetedArea => {
    const isCompared = rupiahPerPoorOverall !== null && a.rupiahPerPoorPerson !== null;
    const shareOfRupiah = isCompared ? a.budgetIdr / totalRupiah : null;
    const shareOfPoor = isCompared ? (a.poorPeople?.value ?? 0) / totalPoor : null;
    const servedRatio = isCompared ? (a.rupiahPerPoorPerson ?? 0) / (rupiahPerPoorOverall ?? 1) : null;
    const rate = a.povertyRate?.value ?? null;
    const isPoor = rate !== null && blankSpotRate !== null && rate >= blankSpotRate.value;
    // Known to be better off than the threshold, and not the poorest child: only then can it be over-served.
    const mayBeOverServed = rate !== null && blankSpotRate !== null && rate < blankSpotRate.value && rate !== poorest;
    const pileUp: PileUpReason[] = [];
    if (mayBeOverServed) {
      if (programsMedian !== null && a.programs >= MIN_PILE_UP_PROGRAMS && a.programs >= 2 * programsMedian) pileUp.push("programs");
      if (servedRatio !== null && servedRatio >= OVER_SERVED_RATIO) pileUp.push("rupiah");
    }
    const isBlankSpot = a.programs === 0 && isPoor;
    const isUnderServed = isPoor && a.programs > 0 && servedRatio !== null && servedRatio <= UNDER_SERVED_RATIO;
    return { ...a, shareOfRupiah, shareOfPoor, servedRatio, isBlankSpot, pileUp, isUnderServed };
  });
  return { areas, thresholds: { blankSpotRate, programsMedian, rupiahPerPoorOverall } };
}
