import "server-only";
import { sql } from "drizzle-orm";
import { execute, type DbOrTx } from "@/db/client";
import { companies, programs } from "@/db/schema";
import { NATIONAL, sqlSharesGround } from "@/server/access/areas";
import type { StaffViewer } from "@/server/auth/viewer";
import { programFilters } from "@/server/programs/programs.queries";
import type { DashboardFilters } from "./dashboard.schemas";
import { focusArea } from "./dashboard.queries";

// Who does what where: per company, per area one level below the focus (as the map), per sector,
// how many programs and how many rupiah. Over exactly the programs the dashboard counts
// (programFilters: visible to the viewer and passing the filters); a program in several children
// counts in each, through the same area closure as the map. A row's area must share ground with
// the viewer's jurisdiction: a regency reviewer sees a program reaching into the next regency, but
// never a row for that regency's districts.

export interface MatrixRow {
  companyId: string;
  company: string;
  area: string;
  areaName: string;
  areaLevel: number;
  sector: string;
  programs: number;
  /** The sum of the known budgets; null when none of the programs states one (not Rp 0). */
  budgetIdr: number | null;
  /** Programs whose budget is not known yet, left out of budgetIdr. */
  withoutBudget: number;
}

export async function getWhoWhatWhere(
  db: DbOrTx,
  viewer: StaffViewer,
  f: DashboardFilters,
): Promise<{ focus: string; rows: MatrixRow[] }> {
  const focus = focusArea(viewer, f);
  const children = (
    await execute<{ code: string }>(
      db,
      sql`SELECT code FROM areas WHERE ${focus === NATIONAL ? sql`parent_code IS NULL` : sql`parent_code = ${focus}`}`,
    )
  ).rows;
  if (children.length === 0) return { focus, rows: [] };
  const childCodes = sql.join(
    children.map((c) => sql`${c.code}`),
    sql`, `,
  );
  const rows = (
    await execute<Record<string, unknown>>(
      db,
      sql`SELECT ${programs.companyId} AS company_id, co.name AS company, c.code AS area, a.name AS area_name, a.level AS area_level,
                 ${programs.sector} AS sector, count(*) AS programs, sum(${programs.budgetIdr}) AS budget,
                 count(*) - count(${programs.budgetIdr}) AS no_budget
          FROM program_area_closure c
          JOIN ${programs} ON ${programs.id} = c.program_id
          JOIN ${companies} co ON co.id = ${programs.companyId}
          JOIN areas a ON a.code = c.code
          WHERE c.code IN (${childCodes}) AND ${sqlSharesGround(sql`c.code`, viewer.jurisdiction)} AND ${programFilters(viewer, f)}
          GROUP BY 1, 2, 3, 4, 5, 6
          ORDER BY lower(co.name), 1, 3, 6`,
    )
  ).rows;
  return {
    focus,
    rows: rows.map((r) => ({
      companyId: String(r.company_id),
      company: String(r.company),
      area: String(r.area),
      areaName: String(r.area_name),
      areaLevel: Number(r.area_level),
      sector: String(r.sector),
      programs: Number(r.programs),
      budgetIdr: r.budget === null || r.budget === undefined ? null : Number(r.budget),
      withoutBudget: Number(r.no_budget),
    })),
  };
}
