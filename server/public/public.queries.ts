import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { execute, type DbOrTx } from "@/db/client";
import { SECTORS, type Sector } from "@/lib/enums";

// The public page's figures: aggregates only. Nothing here selects a title, a description, a
// company name or contact, or a person; drafts and undecided submissions never count.

/** The statuses the public sees: decided in the program's favour, running or done. */
export const PUBLIC_STATUSES = ["approved", "in_progress", "completed"] as const;
export type PublicStatus = (typeof PUBLIC_STATUSES)[number];

export interface PublicFigures {
  programs: number;
  budgetIdr: number;
  plannedBeneficiaries: number;
  reachedBeneficiaries: number;
}
export interface PublicSectorFigures extends PublicFigures {
  sector: Sector;
}
export interface PublicAreaFigures extends PublicFigures {
  code: string;
  name: string;
  companies: number;
  sectors: PublicSectorFigures[];
}
export interface PublicSummary {
  province: { code: string; name: string };
  /** When the figures were counted: they are live, so this is the moment of the request. */
  asOf: Date;
  totals: PublicFigures & { companies: number; realizedBudgetIdr: number; reportedPrograms: number };
  statuses: Record<PublicStatus, number>;
  sectors: PublicSectorFigures[];
  /** Every regency/city of the province, empty ones included; a program in several counts in each. */
  areas: PublicAreaFigures[];
  /** Programs registered for the province as a whole, in no single regency/city. */
  wide: PublicFigures;
}

const n = (v: unknown) => Number(v ?? 0);
const figures = (r: Record<string, unknown> | undefined): PublicFigures => ({
  programs: n(r?.programs),
  budgetIdr: n(r?.budget),
  plannedBeneficiaries: n(r?.planned),
  reachedBeneficiaries: n(r?.reached),
});
const SUMS = sql.raw(`count(p.id) AS programs, coalesce(sum(p.budget_idr), 0) AS budget,
  coalesce(sum(p.planned_beneficiaries), 0) AS planned, coalesce(sum(p.reached_beneficiaries), 0) AS reached`);
const sectorOrder = (s: string) => SECTORS.indexOf(s as Sector);

/** The published programs of a province, as a subquery `p` with the columns the figures need. */
function published(province: string): SQL {
  const statuses = sql.join(
    PUBLIC_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  );
  return sql`(SELECT pr.id, pr.company_id, pr.sector, pr.status, pr.budget_idr, pr.planned_beneficiaries,
                     pr.reached_beneficiaries, pr.realized_budget_idr, pr.realized_at
              FROM programs pr
              WHERE pr.status::text IN (${statuses})
                AND EXISTS (SELECT 1 FROM program_area_closure pc WHERE pc.program_id = pr.id AND pc.code = ${province}))`;
}

/**
 * Approved, running and completed programs of the province, aggregated by regency/city and by
 * sector, with totals that count each program once. Reached beneficiaries are the companies'
 * realisation reports; programs that have not reported count as zero (`reportedPrograms` says how many did).
 */
export async function getPublicSummary(db: DbOrTx, province: string): Promise<PublicSummary> {
  const p = published(province);
  const asOf = new Date();
  const [provinceRow] = (await execute<{ name: string }>(db, sql`SELECT name FROM areas WHERE code = ${province}`)).rows;
  const [totalRow] = (
    await execute(
      db,
      sql`SELECT ${SUMS}, count(DISTINCT p.company_id) AS companies, coalesce(sum(p.realized_budget_idr), 0) AS realized,
                 count(p.realized_at) AS reported
          FROM ${p} p`,
    )
  ).rows;
  const statusRows = (await execute(db, sql`SELECT p.status::text AS status, count(*) AS programs FROM ${p} p GROUP BY 1`)).rows;
  const sectorRows = (await execute(db, sql`SELECT p.sector::text AS sector, ${SUMS} FROM ${p} p GROUP BY 1`)).rows;
  const areaRows = (
    await execute(
      db,
      sql`SELECT a.code, a.name, ${SUMS}, count(DISTINCT p.company_id) AS companies
          FROM areas a
          LEFT JOIN program_area_closure c ON c.code = a.code
          LEFT JOIN ${p} p ON p.id = c.program_id
          WHERE a.parent_code = ${province} AND a.level = 2
          GROUP BY a.code, a.name ORDER BY a.code`,
    )
  ).rows;
  const areaSectorRows = (
    await execute(
      db,
      sql`SELECT c.code, p.sector::text AS sector, ${SUMS}
          FROM ${p} p JOIN program_area_closure c ON c.program_id = p.id
          JOIN areas a ON a.code = c.code AND a.parent_code = ${province} AND a.level = 2
          GROUP BY 1, 2`,
    )
  ).rows;
  const [wideRow] = (
    await execute(
      db,
      sql`SELECT ${SUMS} FROM ${p} p
          WHERE NOT EXISTS (SELECT 1 FROM program_area_closure c2 JOIN areas a2 ON a2.code = c2.code
                            WHERE c2.program_id = p.id AND a2.parent_code = ${province} AND a2.level = 2)`,
    )
  ).rows;

  const bySector = (rows: Record<string, unknown>[]): PublicSectorFigures[] =>
    rows
      .map((r) => ({ sector: String(r.sector) as Sector, ...figures(r) }))
      .sort((x, y) => sectorOrder(x.sector) - sectorOrder(y.sector));
  const statuses = Object.fromEntries(PUBLIC_STATUSES.map((s) => [s, 0])) as Record<PublicStatus, number>;
  for (const r of statusRows) statuses[String(r.status) as PublicStatus] = n(r.programs);
  return {
    province: { code: province, name: provinceRow?.name ?? province },
    asOf,
    totals: {
      ...figures(totalRow),
      companies: n(totalRow?.companies),
      realizedBudgetIdr: n(totalRow?.realized),
      reportedPrograms: n(totalRow?.reported),
    },
    statuses,
    sectors: bySector(sectorRows),
    areas: areaRows.map((r) => ({
      code: String(r.code),
      name: String(r.name),
      companies: n(r.companies),
      ...figures(r),
      sectors: bySector(areaSectorRows.filter((s) => s.code === r.code)),
    })),
    wide: figures(wideRow),
  };
}
