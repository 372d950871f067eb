import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { execute, type DbOrTx } from "@/db/client";
import type { Sector } from "@/lib/enums";

/** The government's money in one area: activities, the sum of their known budgets, how many lack one. */
export interface GovernmentSums {
  activities: number;
  budgetIdr: number;
  withoutBudget: number;
}

export const NO_GOVERNMENT: GovernmentSums = { activities: 0, budgetIdr: 0, withoutBudget: 0 };

/**
 * Government activities per area: those with a place inside the area (the area closure, as the
 * dashboard counts CSR programs), whose period overlaps the year when given, in the sector when
 * given. An activity registered for a wider area (a province-wide APBD line) is not spread over
 * the areas inside it: it names no place there, as for CSR programs.
 */
export async function governmentSumsByArea(
  db: DbOrTx,
  codes: readonly string[],
  f: { year?: number; sector?: Sector },
): Promise<Map<string, GovernmentSums>> {
  const out = new Map<string, GovernmentSums>();
  if (codes.length === 0) return out;
  const conds: SQL[] = [sql`p.source = 'government'`];
  if (f.year) conds.push(sql`p.start_date <= ${`${f.year}-12-31`} AND p.end_date >= ${`${f.year}-01-01`}`);
  if (f.sector) conds.push(sql`p.sector = ${f.sector}`);
  const rows = (
    await execute<{ code: string; activities: number; budget: string | number; no_budget: number }>(
      db,
      sql`SELECT c.code, count(*)::int AS activities, coalesce(sum(p.budget_idr), 0) AS budget, (count(*) - count(p.budget_idr))::int AS no_budget
          FROM program_area_closure c JOIN programs p ON p.id = c.program_id
          WHERE c.code IN (${sql.join(
            codes.map((c) => sql`${c}`),
            sql`, `,
          )}) AND ${sql.join(conds, sql` AND `)}
          GROUP BY c.code`,
    )
  ).rows;
  for (const r of rows)
    out.set(r.code, { activities: Number(r.activities), budgetIdr: Number(r.budget), withoutBudget: Number(r.no_budget) });
  return out;
}
