import { formatNumber, formatRupiahShort } from "./format";
import type { Locale, Translate } from "./i18n/translate";

// Sums of budgets and beneficiaries leave out the programs that have not stated the figure (it is
// null, never 0). Wherever such a sum is shown, how many programs it leaves out is said beside it.

/** How many programs behind a sum lack each figure. */
export interface FigureGaps {
  withoutBudget: number;
  withoutBeneficiaries: number;
}

export type GapFigure = "budget" | "beneficiaries";
const BOTH: readonly GapFigure[] = ["budget", "beneficiaries"];

/** The programs left out, as short phrases ("3 program tanpa anggaran"); empty when none is. */
export function figureGapItems(t: Translate, gaps: FigureGaps, figures: readonly GapFigure[] = BOTH): string[] {
  const items: string[] = [];
  if (figures.includes("budget") && gaps.withoutBudget > 0)
    items.push(t("figureGaps.withoutBudget", { n: formatNumber(gaps.withoutBudget) }));
  if (figures.includes("beneficiaries") && gaps.withoutBeneficiaries > 0)
    items.push(t("figureGaps.withoutBeneficiaries", { n: formatNumber(gaps.withoutBeneficiaries) }));
  return items;
}

/** The sentence under a total naming what it leaves out; null when every program has the figures. */
export function figureGapsNote(t: Translate, gaps: FigureGaps, figures: readonly GapFigure[] = BOTH): string | null {
  const items = figureGapItems(t, gaps, figures);
  return items.length ? t("figureGaps.note", { items: items.join(" · ") }) : null;
}

/** Adds up the gaps of several groups that each hold different programs (sectors, statuses, years). */
export function sumGaps(groups: readonly FigureGaps[]): FigureGaps {
  return groups.reduce(
    (acc, g) => ({
      withoutBudget: acc.withoutBudget + g.withoutBudget,
      withoutBeneficiaries: acc.withoutBeneficiaries + g.withoutBeneficiaries,
    }),
    { withoutBudget: 0, withoutBeneficiaries: 0 },
  );
}

/** A group whose every program lacks the figure has no sum at all: show "belum diisi", not Rp 0. */
export function isSumUnknown(programs: number, without: number): boolean {
  return programs > 0 && without >= programs;
}

/** A group's budget as a short amount, or "belum diisi" when none of its programs states one. */
export function budgetSumLabel(t: Translate, locale: Locale, b: { programs: number; budgetIdr: number; withoutBudget: number }): string {
  return isSumUnknown(b.programs, b.withoutBudget) ? t("common.notFilled") : formatRupiahShort(b.budgetIdr, locale);
}

/** A group's planned beneficiaries, or "belum diisi" when none of its programs states them. */
export function plannedSumLabel(t: Translate, b: { programs: number; plannedBeneficiaries: number; withoutBeneficiaries: number }): string {
  return isSumUnknown(b.programs, b.withoutBeneficiaries) ? t("common.notFilled") : formatNumber(b.plannedBeneficiaries);
}
