import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { execute, type DbOrTx } from "@/db/client";
import { programs } from "@/db/schema";
import { NATIONAL } from "@/server/access/areas";
import type { StaffViewer } from "@/server/auth/viewer";
import { programFilters, visibleTo } from "@/server/programs/programs.queries";
import type { FigureGaps } from "@/lib/figure-gaps";
import type { DashboardFilters } from "./dashboard.schemas";

// The dashboard's figures. Every one is computed over exactly the programs the program list
// shows for the same filters (programFilters), so each figure can link to the list behind it.
// A budget or beneficiary count not known yet is null: SUM leaves it out (never as 0), and each
// figure carries how many programs it left out (FigureGaps), for the page to say so.

export interface Totals extends FigureGaps {
  programs: number;
  companies: number;
  budgetIdr: number;
  plannedBeneficiaries: number;
  reachedBeneficiaries: number;
  openFlags: number;
}

export interface Bucket extends FigureGaps {
  key: string;
  programs: number;
  budgetIdr: number;
  plannedBeneficiaries: number;
}

export interface AreaBucket extends Bucket {
  name: string;
}

const n = (v: unknown) => Number(v ?? 0);
/** The sums of a group of programs, with how many lack each figure (count() skips nulls). */
const SUMS = sql.raw(`count(*) AS programs, coalesce(sum(budget_idr), 0) AS budget, coalesce(sum(planned_beneficiaries), 0) AS planned,
  count(*) - count(budget_idr) AS no_budget, count(*) - count(planned_beneficiaries) AS no_planned`);
const bucketOf = (key: string, r: Record<string, unknown> | undefined): Bucket => ({
  key,
  programs: n(r?.programs),
  budgetIdr: n(r?.budget),
  plannedBeneficiaries: n(r?.planned),
  withoutBudget: n(r?.no_budget),
  withoutBeneficiaries: n(r?.no_planned),
});

export async function getTotals(db: DbOrTx, viewer: StaffViewer, f: DashboardFilters): Promise<Totals> {
  const where = programFilters(viewer, f);
  // Per company first, then over the companies: one hashed pass instead of count(DISTINCT),
  // which sorts every program. The open flags are counted at the same time.
  const [sums, openFlags] = await Promise.all([
    execute<Record<string, unknown>>(
      db,
      sql`SELECT count(*) AS companies, coalesce(sum(n), 0) AS programs, coalesce(sum(budget), 0) AS budget,
                 coalesce(sum(planned), 0) AS planned, coalesce(sum(reached), 0) AS reached,
                 coalesce(sum(no_budget), 0) AS no_budget, coalesce(sum(no_planned), 0) AS no_planned
          FROM (SELECT company_id, count(*) AS n, sum(budget_idr) AS budget, sum(planned_beneficiaries) AS planned,
                       sum(reached_beneficiaries) AS reached,
                       count(*) - count(budget_idr) AS no_budget, count(*) - count(planned_beneficiaries) AS no_planned
                FROM ${programs} WHERE ${where} GROUP BY company_id) per_company`,
    ),
    countOpenFlags(db, viewer, where),
  ]);
  const row = sums.rows[0];
  return {
    programs: n(row?.programs),
    companies: n(row?.companies),
    budgetIdr: n(row?.budget),
    plannedBeneficiaries: n(row?.planned),
    reachedBeneficiaries: n(row?.reached),
    openFlags,
    withoutBudget: n(row?.no_budget),
    withoutBeneficiaries: n(row?.no_planned),
  };
}

/**
 * Open flags whose two programs the viewer can see and at least one of which passes the filters,
 * and double funding with a government activity (reference data every role may read) whose CSR
 * program the viewer can see and passes the filters. Repeats (history across years, not a
 * conflict) are left to the review queue's own tab. One pass over the visible programs marks those
 * passing the filters; both ends of each flag are then found by hash joins, however many programs
 * there are.
 */
async function countOpenFlags(db: DbOrTx, viewer: StaffViewer, where: SQL): Promise<number> {
  const [row] = (
    await execute<{ n: number }>(
      db,
      sql`WITH v AS MATERIALIZED (SELECT ${programs.id} AS id, (${where}) AS hit FROM ${programs} WHERE ${visibleTo(viewer)})
          SELECT count(*) AS n FROM overlap_flags f
          LEFT JOIN v va ON va.id = f.program_a_id
          LEFT JOIN v vb ON vb.id = f.program_b_id
          WHERE f.status = 'open' AND f.kind IN ('duplicate', 'overlap')
            AND (coalesce(va.hit, false) OR coalesce(vb.hit, false))
            AND ((va.id IS NOT NULL AND vb.id IS NOT NULL) OR f.relation = 'double_funding')`,
    )
  ).rows;
  return n(row?.n);
}

async function groupBy(db: DbOrTx, viewer: StaffViewer, f: DashboardFilters, key: SQL): Promise<Bucket[]> {
  const rows = (
    await execute<Record<string, unknown>>(
      db,
      sql`SELECT ${key} AS key, ${SUMS} FROM ${programs} WHERE ${programFilters(viewer, f)} GROUP BY 1 ORDER BY 1`,
    )
  ).rows;
  return rows.map((r) => bucketOf(String(r.key), r));
}

export const getBySector = (db: DbOrTx, viewer: StaffViewer, f: DashboardFilters) => groupBy(db, viewer, f, sql`${programs.sector}`);
export const getByStatus = (db: DbOrTx, viewer: StaffViewer, f: DashboardFilters) => groupBy(db, viewer, f, sql`${programs.status}`);
export const getByYear = (db: DbOrTx, viewer: StaffViewer, f: DashboardFilters) =>
  groupBy(db, viewer, f, sql`extract(year from ${programs.startDate})::int`);

/** The area the regional breakdown opens on: the filter's area, else the viewer's jurisdiction. */
export function focusArea(viewer: StaffViewer, f: DashboardFilters): string {
  return f.area ?? viewer.jurisdiction;
}

/** The areas one level below the focus (the provinces for a national view), by code. */
export async function focusChildren(db: DbOrTx, focus: string): Promise<{ code: string; name: string }[]> {
  return (
    await execute<{ code: string; name: string }>(
      db,
      sql`SELECT code, name FROM areas WHERE ${focus === NATIONAL ? sql`parent_code IS NULL` : sql`parent_code = ${focus}`} ORDER BY code`,
    )
  ).rows;
}

/**
 * Area codes as a list of values, not a subquery, so the planner sees how many closure rows they
 * hold (a province holds thousands, a village a few) and picks its joins.
 */
export const codeList = (areas: { code: string }[]): SQL =>
  sql.join(
    areas.map((a) => sql`${a.code}`),
    sql`, `,
  );

/** The program reaches none of these areas: it covers their parent as a whole (an area equal to or containing it). */
export const reachesNoneOf = (codes: SQL): SQL =>
  sql`NOT EXISTS (SELECT 1 FROM program_area_closure c2 WHERE c2.program_id = ${programs.id} AND c2.code IN (${codes}))`;

/**
 * Programs, budget and beneficiaries per area one level below the focus (a province's regencies,
 * a regency's districts; the provinces for a national view), every child listed even when empty.
 * A program in several children counts in each; `wide` holds those that cover the whole focus.
 */
export async function getByArea(
  db: DbOrTx,
  viewer: StaffViewer,
  f: DashboardFilters,
): Promise<{ focus: string; areas: AreaBucket[]; wide: Bucket }> {
  const focus = focusArea(viewer, f);
  const children = await focusChildren(db, focus);
  if (children.length === 0) return { focus, areas: [], wide: bucketOf(focus, undefined) };
  const where = programFilters(viewer, f);
  const childCodes = codeList(children);
  const sums = (
    await execute<Record<string, unknown>>(
      db,
      sql`SELECT c.code, ${SUMS}
          FROM program_area_closure c JOIN ${programs} ON ${programs.id} = c.program_id
          WHERE c.code IN (${childCodes}) AND ${where}
          GROUP BY c.code`,
    )
  ).rows;
  const byCode = new Map(sums.map((r) => [String(r.code), r]));
  // Programs that cover the focus as a whole (an area equal to or containing it) reach none of its
  // children. Every area lies in a province, so a national view has none.
  const [wide] =
    focus === NATIONAL
      ? [undefined]
      : (
          await execute<Record<string, unknown>>(
            db,
            sql`SELECT ${SUMS}
                FROM ${programs} WHERE ${where}
                  AND ${reachesNoneOf(childCodes)}`,
          )
        ).rows;
  return {
    focus,
    areas: children.map((c) => ({ ...bucketOf(c.code, byCode.get(c.code)), name: c.name })),
    wide: bucketOf(focus, wide),
  };
}
