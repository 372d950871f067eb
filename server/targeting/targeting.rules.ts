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
  isBlankSpot: boolean;
  /** Why the area counts as a pile-up; empty when it does not. */
  pileUp: PileUpReason[];
}

export interface Thresholds {
  /** The poverty rate at or above which an unreached area is a blank spot, and where it comes from. */
  blankSpotRate: { value: number; basis: "focus" | "median" } | null;
  /** Median of the children's program counts (every child, reached or not). */
  programsMedian: number | null;
  /** Median of the children's rupiah per poor person (children with money and a poor-people figure). */
  rupiahPerPoorMedian: number | null;
}

/** A program count this high is needed before "twice the median" means a pile-up (the median of mostly empty areas is 0 or 1). */
export const MIN_PILE_UP_PROGRAMS = 3;

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
 * Blank spots and pile-ups among the children of a focus area.
 *
 * Blank spot: the area's poverty rate is at or above the focus area's own latest rate (the
 * province's, for its regencies), or, when the focus has no rate, the median rate of its children;
 * and no program of the filtered list lies in it. Programs registered for the whole focus area
 * (province-wide) name no place inside it, so they do not count as reaching an area. An area
 * without a rate is never a blank spot: missing data is not guessed.
 *
 * Pile-up: the area has at least MIN_PILE_UP_PROGRAMS programs and at least twice the median
 * program count of the children; or its rupiah per poor person is at least twice the median of
 * the children that receive money and have a poor-people figure (unreached areas are blank spots,
 * not the yardstick of spending).
 */
export function assessTargeting(children: AreaFigures[], focusRate: number | null): { areas: TargetedArea[]; thresholds: Thresholds } {
  const withRatios = children.map((a) => ({
    ...a,
    rupiahPerPoorPerson: perPoorPerson(a.budgetIdr, a.poorPeople, isSumUnknown(a.programs, a.withoutBudget)),
    beneficiariesPerPoorPerson: perPoorPerson(a.plannedBeneficiaries, a.poorPeople, isSumUnknown(a.programs, a.withoutBeneficiaries)),
  }));
  const childRateMedian = median(children.flatMap((a) => (a.povertyRate ? [a.povertyRate.value] : [])));
  const blankSpotRate =
    focusRate !== null
      ? { value: focusRate, basis: "focus" as const }
      : childRateMedian !== null
        ? { value: childRateMedian, basis: "median" as const }
        : null;
  const programsMedian = median(children.map((a) => a.programs));
  const rupiahPerPoorMedian = median(withRatios.flatMap((a) => (a.rupiahPerPoorPerson ? [a.rupiahPerPoorPerson] : [])));

  const areas = withRatios.map((a): TargetedArea => {
    const pileUp: PileUpReason[] = [];
    if (programsMedian !== null && a.programs >= MIN_PILE_UP_PROGRAMS && a.programs >= 2 * programsMedian) pileUp.push("programs");
    if (rupiahPerPoorMedian !== null && a.rupiahPerPoorPerson && a.rupiahPerPoorPerson >= 2 * rupiahPerPoorMedian) pileUp.push("rupiah");
    const isBlankSpot = a.programs === 0 && a.povertyRate !== null && blankSpotRate !== null && a.povertyRate.value >= blankSpotRate.value;
    return { ...a, isBlankSpot, pileUp };
  });
  return { areas, thresholds: { blankSpotRate, programsMedian, rupiahPerPoorMedian } };
}
