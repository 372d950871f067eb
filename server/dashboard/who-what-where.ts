import "server-only";
import { sql } from "drizzle-orm";
import { execute, queriesOf, type DbOrTx } from "@/db/client";
import { companies, programs } from "@/db/schema";
import { NATIONAL, sqlSharesGround } from "@/server/access/areas";
import type { StaffViewer } from "@/server/auth/viewer";
import { programFilters } from "@/server/programs/programs.queries";
import type { DashboardFilters } from "./dashboard.schemas";
import { codeList, focusArea, focusChildren, reachesNoneOf } from "./dashboard.queries";

// Who does what where: per company, per area one level below the focus (as the map), per sector,
// how many programs and how many rupiah. Over exactly the programs the dashboard counts
// (programFilters: visible to the viewer and passing the filters); a program in several children
// counts in each, through the same area closure as the map. A row's area must share ground with
// the viewer's jurisdiction: a regency reviewer sees a program reaching into the next regency, but
// never a row for that regency's districts.
//
// A program that covers the focus as a whole (its area is the focus or contains it, such as a
// regency-wide program once the matrix is drilled to that regency's districts) reaches none of
// the children; it gets a row of its own for the focus, marked `wide`, first in its company's
// rows, as the map's "seluruh wilayah" line counts it.

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
  /** The row counts programs covering the focus as a whole (area = the focus), not one child. */
  wide: boolean;
}

export async function getWhoWhatWhere(db: DbOrTx, viewer: StaffViewer, f: DashboardFilters): Promise<{ focus: string; rows: MatrixRow[] }> {
  const focus = focusArea(viewer, f);
  const children = await focusChildren(db, focus);
  if (children.length === 0) return { focus, rows: [] };
  const childCodes = codeList(children);
  const where = programFilters(viewer, f);
  const perChild = () =>
    execute<Record<string, unknown>>(
      db,
      sql`SELECT ${programs.companyId} AS company_id, co.name AS company, c.code AS area, a.name AS area_name, a.level AS area_level,
               ${programs.sector} AS sector, count(*) AS programs, sum(${programs.budgetIdr}) AS budget,
               count(*) - count(${programs.budgetIdr}) AS no_budget, false AS wide
        FROM program_area_closure c
        JOIN ${programs} ON ${programs.id} = c.program_id
        JOIN ${companies} co ON co.id = ${programs.companyId}
        JOIN areas a ON a.code = c.code
        WHERE c.code IN (${childCodes}) AND ${sqlSharesGround(sql`c.code`, viewer.jurisdiction)} AND ${where}
        GROUP BY 1, 2, 3, 4, 5, 6`,
    );
  // Every area lies in a province, so a national view has no program covering it whole.
  const whole = () =>
    focus === NATIONAL
      ? Promise.resolve({ rows: [] as Record<string, unknown>[] })
      : execute<Record<string, unknown>>(
          db,
          sql`SELECT ${programs.companyId} AS company_id, co.name AS company, a.code AS area, a.name AS area_name, a.level AS area_level,
                     ${programs.sector} AS sector, count(*) AS programs, sum(${programs.budgetIdr}) AS budget,
                     count(*) - count(${programs.budgetIdr}) AS no_budget, true AS wide
              FROM ${programs}
              JOIN ${companies} co ON co.id = ${programs.companyId}
              JOIN areas a ON a.code = ${focus}
              WHERE ${where}
                AND ${reachesNoneOf(childCodes)}
              GROUP BY 1, 2, 3, 4, 5, 6`,
        );
  const [children_, wide_] = await queriesOf(db, perChild, whole);
  const rows = [...wide_.rows, ...children_.rows].map((r) => ({
    companyId: String(r.company_id),
    company: String(r.company),
    area: String(r.area),
    areaName: String(r.area_name),
    areaLevel: Number(r.area_level),
    sector: String(r.sector),
    programs: Number(r.programs),
    budgetIdr: r.budget === null || r.budget === undefined ? null : Number(r.budget),
    withoutBudget: Number(r.no_budget),
    wide: r.wide === true || r.wide === "t",
  }));
  // By company name (then id, for two companies of one name), the whole-focus row first, then area and sector.
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  rows.sort(
    (x, y) =>
      x.company.localeCompare(y.company, "id", { sensitivity: "base" }) ||
      cmp(x.companyId, y.companyId) ||
      Number(y.wide) - Number(x.wide) ||
      cmp(x.area, y.area) ||
      cmp(x.sector, y.sector),
  );
  return { focus, rows };
}
