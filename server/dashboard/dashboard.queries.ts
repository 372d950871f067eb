import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { execute, type DbOrTx } from "@/db/client";
import { programs } from "@/db/schema";
import { NATIONAL } from "@/server/access/areas";
import type { StaffViewer } from "@/server/auth/viewer";
import { programFilters, visibleTo } from "@/server/programs/programs.queries";
import type { DashboardFilters } from "./dashboard.schemas";

// The dashboard's figures. Every one is computed over exactly the programs the program list
// shows for the same filters (programFilters), so each figure can link to the list behind it.

export interface Totals {
  programs: number;
  companies: number;
  budgetIdr: number;
  plannedBeneficiaries: number;
  reachedBeneficiaries: number;
  openFlags: number;
}

export interface Bucket {
  key: string;
  programs: number;
  budgetIdr: number;
  plannedBeneficiaries: number;
}

export interface AreaBucket extends Bucket {
  name: string;
}

const n = (v: unknown) => Number(v ?? 0);

export async function getTotals(db: DbOrTx, viewer: StaffViewer, f: DashboardFilters): Promise<Totals> {
  const where = programFilters(viewer, f);
  const [row] = (
    await execute<Record<string, unknown>>(
      db,
      sql`SELECT count(*) AS programs, count(DISTINCT company_id) AS companies, coalesce(sum(budget_idr), 0) AS budget,
                 coalesce(sum(planned_beneficiaries), 0) AS planned, coalesce(sum(reached_beneficiaries), 0) AS reached
          FROM ${programs} WHERE ${where}`,
    )
  ).rows;
  return {
    programs: n(row?.programs),
    companies: n(row?.companies),
    budgetIdr: n(row?.budget),
    plannedBeneficiaries: n(row?.planned),
    reachedBeneficiaries: n(row?.reached),
    openFlags: await countOpenFlags(db, viewer, where),
  };
}

/** Open flags whose two programs the viewer can see and at least one of which passes the filters. */
async function countOpenFlags(db: DbOrTx, viewer: StaffViewer, where: SQL): Promise<number> {
  const visible = sql`SELECT ${programs.id} FROM ${programs} WHERE ${visibleTo(viewer)}`;
  const filtered = sql`SELECT ${programs.id} FROM ${programs} WHERE ${where}`;
  const [row] = (
    await execute<{ n: number }>(
      db,
      sql`SELECT count(*) AS n FROM overlap_flags f
          WHERE f.status = 'open' AND f.program_a_id IN (${visible}) AND f.program_b_id IN (${visible})
            AND (f.program_a_id IN (${filtered}) OR f.program_b_id IN (${filtered}))`,
    )
  ).rows;
  return n(row?.n);
}

async function groupBy(db: DbOrTx, viewer: StaffViewer, f: DashboardFilters, key: SQL): Promise<Bucket[]> {
  const rows = (
    await execute<Record<string, unknown>>(
      db,
      sql`SELECT ${key} AS key, count(*) AS programs, coalesce(sum(budget_idr), 0) AS budget, coalesce(sum(planned_beneficiaries), 0) AS planned
          FROM ${programs} WHERE ${programFilters(viewer, f)} GROUP BY 1 ORDER BY 1`,
    )
  ).rows;
  return rows.map((r) => ({ key: String(r.key), programs: n(r.programs), budgetIdr: n(r.budget), plannedBeneficiaries: n(r.planned) }));
}

export const getBySector = (db: DbOrTx, viewer: StaffViewer, f: DashboardFilters) => groupBy(db, viewer, f, sql`${programs.sector}`);
export const getByStatus = (db: DbOrTx, viewer: StaffViewer, f: DashboardFilters) => groupBy(db, viewer, f, sql`${programs.status}`);
export const getByYear = (db: DbOrTx, viewer: StaffViewer, f: DashboardFilters) =>
  groupBy(db, viewer, f, sql`extract(year from ${programs.startDate})::int`);

/** The area the regional breakdown opens on: the filter's area, else the viewer's jurisdiction. */
export function focusArea(viewer: StaffViewer, f: DashboardFilters): string {
  return f.area ?? viewer.jurisdiction;
}

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
  const children = focus === NATIONAL ? sql`a.level = 1` : sql`a.parent_code = ${focus}`;
  const where = programFilters(viewer, f);
  const rows = (
    await execute<Record<string, unknown>>(
      db,
      sql`SELECT a.code, a.name, count(${programs.id}) AS programs, coalesce(sum(${programs.budgetIdr}), 0) AS budget,
                 coalesce(sum(${programs.plannedBeneficiaries}), 0) AS planned
          FROM areas a
          LEFT JOIN program_area_closure c ON c.code = a.code
          LEFT JOIN ${programs} ON ${programs.id} = c.program_id AND ${where}
          WHERE ${children}
          GROUP BY a.code, a.name ORDER BY a.code`,
    )
  ).rows;
  const childLevel = focus === NATIONAL ? 1 : focus.split(".").length + 1;
  const [wide] = (
    await execute<Record<string, unknown>>(
      db,
      sql`SELECT count(*) AS programs, coalesce(sum(budget_idr), 0) AS budget, coalesce(sum(planned_beneficiaries), 0) AS planned
          FROM ${programs} WHERE ${where}
            AND NOT EXISTS (SELECT 1 FROM program_area_closure c2 JOIN areas a2 ON a2.code = c2.code
                            WHERE c2.program_id = ${programs.id} AND a2.level = ${childLevel})`,
    )
  ).rows;
  return {
    focus,
    areas: rows.map((r) => ({
      key: String(r.code),
      name: String(r.name),
      programs: n(r.programs),
      budgetIdr: n(r.budget),
      plannedBeneficiaries: n(r.planned),
    })),
    wide: { key: focus, programs: n(wide?.programs), budgetIdr: n(wide?.budget), plannedBeneficiaries: n(wide?.planned) },
  };
}
