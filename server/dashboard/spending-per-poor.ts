import "server-only";
import type { DbOrTx } from "@/db/client";
import { governmentSumsByArea, NO_GOVERNMENT, type GovernmentSums } from "@/server/government/government.spending";
import { findLatestFigures } from "@/server/indicators/indicators.queries";
import type { Figure } from "@/server/indicators/indicators.rows";
import type { AreaBucket } from "./dashboard.queries";
import type { DashboardFilters } from "./dashboard.schemas";
import { rupiahPerPoorPerson } from "./per-poor";

export interface SpendingPerPoorRow {
  code: string;
  name: string;
  /** The latest poor-people count at or before the year (any year without one), with its year and source; null when none is published. */
  poorPeople: Figure | null;
  csr: { programs: number; budgetIdr: number; withoutBudget: number; perPoor: number | null };
  government: GovernmentSums & { perPoor: number | null };
}

/**
 * CSR and government spending per poor person, side by side, for each child area of the
 * dashboard's breakdown. CSR figures are the breakdown's own (the filtered programs); government
 * activities follow the year and sector filters only (company and status do not apply to them).
 */
export async function spendingPerPoor(db: DbOrTx, f: DashboardFilters, areas: AreaBucket[]): Promise<SpendingPerPoorRow[]> {
  const codes = areas.map((a) => a.key);
  const [figures, gov] = await Promise.all([
    findLatestFigures(db, codes, f.year),
    governmentSumsByArea(db, codes, { year: f.year, sector: f.sector }),
  ]);
  return areas.map((a) => {
    const poorPeople = figures.get(a.key)?.poor_people ?? null;
    const g = gov.get(a.key) ?? NO_GOVERNMENT;
    return {
      code: a.key,
      name: a.name,
      poorPeople,
      csr: {
        programs: a.programs,
        budgetIdr: a.budgetIdr,
        withoutBudget: a.withoutBudget,
        perPoor: rupiahPerPoorPerson(a.budgetIdr, a.programs, a.withoutBudget, poorPeople?.value ?? null),
      },
      government: { ...g, perPoor: rupiahPerPoorPerson(g.budgetIdr, g.activities, g.withoutBudget, poorPeople?.value ?? null) },
    };
  });
}
