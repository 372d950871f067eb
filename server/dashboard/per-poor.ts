import { isSumUnknown } from "@/lib/figure-gaps";

/**
 * Rupiah per poor person, over the budgets that are known; null without a poor-people figure (or
 * one of zero), or when there is spending but none of it states a budget (an unknown sum is not
 * Rp 0). No spending at all is Rp 0 per poor person: a real answer beside a figure.
 */
export function rupiahPerPoorPerson(budgetIdr: number, count: number, withoutBudget: number, poorPeople: number | null): number | null {
  if (poorPeople === null || poorPeople <= 0) return null;
  if (isSumUnknown(count, withoutBudget)) return null;
  return budgetIdr / poorPeople;
}
