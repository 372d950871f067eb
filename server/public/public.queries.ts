import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { execute, type DbOrTx } from "@/db/client";
import { SECTORS, type Sector } from "@/lib/enums";
import type { FigureGaps } from "@/lib/figure-gaps";
import { cellsToHide, MIN_COMPANIES, type LineCell } from "./suppression";

// The public page's figures: aggregates only. Nothing here selects a title, a description, a
// company name or contact, or a person; drafts and undecided submissions never count.

/** The statuses the public sees: decided in the program's favour, running or done. */
export const PUBLIC_STATUSES = ["approved", "in_progress", "completed"] as const;
export type PublicStatus = (typeof PUBLIC_STATUSES)[number];

/** Sums leave out a budget or beneficiary count not known yet; `without…` say how many programs that is. */
export interface PublicFigures extends FigureGaps {
  programs: number;
  budgetIdr: number;
  plannedBeneficiaries: number;
  reachedBeneficiaries: number;
}
/** A figure from fewer than 3 companies (or hidden with one) carries no numbers: see `cellsToHide`. */
export type Suppressible<T> = (T & { suppressed: false }) | { suppressed: true };
export type PublicSectorFigures = { sector: Sector } & Suppressible<PublicFigures>;
export type PublicAreaFigures = { code: string; name: string } & Suppressible<
  PublicFigures & {
    companies: number;
    /** The sectors of the area's programs, by name only, each from at least 3 companies there. */
    sectors: Sector[];
    /** Programs of other sectors (from fewer companies) are there too. */
    otherSectors: boolean;
  }
>;
export type PublicTotals = Suppressible<PublicFigures & { companies: number; realizedBudgetIdr: number; reportedPrograms: number }>;
export interface PublicSummary {
  province: { code: string; name: string };
  /** When the figures were counted: they are live, so this is the moment of the request. */
  asOf: Date;
  totals: PublicTotals;
  /** Programs per status; null: hidden (fewer than 3 companies). */
  statuses: Record<PublicStatus, number | null>;
  sectors: PublicSectorFigures[];
  /** Every regency/city of the province, empty ones included; a program in several counts in each. */
  areas: PublicAreaFigures[];
  /** Programs registered for the province as a whole, in no single regency/city. */
  wide: Suppressible<PublicFigures>;
}

const n = (v: unknown) => Number(v ?? 0);
const figures = (r: Record<string, unknown> | undefined): PublicFigures => ({
  programs: n(r?.programs),
  budgetIdr: n(r?.budget),
  plannedBeneficiaries: n(r?.planned),
  reachedBeneficiaries: n(r?.reached),
  withoutBudget: n(r?.no_budget),
  withoutBeneficiaries: n(r?.no_planned),
});
// The companies behind each figure travel with it, for suppression only; they are never published.
const SUMS = sql.raw(`count(p.id) AS programs, coalesce(sum(p.budget_idr), 0) AS budget,
  coalesce(sum(p.planned_beneficiaries), 0) AS planned, coalesce(sum(p.reached_beneficiaries), 0) AS reached,
  count(p.id) - count(p.budget_idr) AS no_budget, count(p.id) - count(p.planned_beneficiaries) AS no_planned,
  coalesce(json_agg(DISTINCT p.company_id::text) FILTER (WHERE p.company_id IS NOT NULL), '[]') AS company_ids`);
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
              WHERE pr.source = 'csr' AND pr.status::text IN (${statuses})
                AND EXISTS (SELECT 1 FROM program_area_closure pc WHERE pc.program_id = pr.id AND pc.code = ${province}))`;
}

/**
 * Approved, running and completed programs of the province, aggregated by regency/city and by
 * sector, with totals that count each program once. Reached beneficiaries are the companies'
 * realisation reports; programs that have not reported count as zero (`reportedPrograms` says how many did).
 * Figures from fewer than 3 companies are suppressed, with complementary cells, per `cellsToHide`.
 */
export async function getPublicSummary(db: DbOrTx, province: string): Promise<PublicSummary> {
  const p = published(province);
  const asOf = new Date();
  const [provinceRow] = (await execute<{ name: string }>(db, sql`SELECT name FROM areas WHERE code = ${province}`)).rows;
  const [totalRow] = (
    await execute(
      db,
      sql`SELECT ${SUMS}, coalesce(sum(p.realized_budget_idr), 0) AS realized, count(p.realized_at) AS reported FROM ${p} p`,
    )
  ).rows;
  const statusRows = (await execute(db, sql`SELECT p.status::text AS status, ${SUMS} FROM ${p} p GROUP BY 1`)).rows;
  const sectorRows = (await execute(db, sql`SELECT p.sector::text AS sector, ${SUMS} FROM ${p} p GROUP BY 1`)).rows;
  const areaRows = (
    await execute(
      db,
      sql`SELECT a.code, a.name, ${SUMS}
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
  return summarize({ code: province, name: provinceRow?.name ?? province }, asOf, {
    total: totalRow ?? {},
    statuses: statusRows,
    sectors: sectorRows,
    areas: areaRows,
    areaSectors: areaSectorRows,
    wide: wideRow ?? {},
  });
}

type Row = Record<string, unknown>;
const companyIdsOf = (r: Row): string[] => (Array.isArray(r.company_ids) ? r.company_ids.map(String) : []);
const cellOf = (key: string, r: Row): LineCell => ({ key, companyIds: companyIdsOf(r), programs: n(r.programs) });

/** The rows as the public sees them: every line suppressed on its own (see `cellsToHide`). */
function summarize(
  province: { code: string; name: string },
  asOf: Date,
  rows: { total: Row; statuses: Row[]; sectors: Row[]; areas: Row[]; areaSectors: Row[]; wide: Row },
): PublicSummary {
  const WIDE = "wide";
  // Fewer than 3 companies in the whole province: no figure at all, since every other is part of it.
  const totalHidden = new Set(companyIdsOf(rows.total)).size < MIN_COMPANIES && n(rows.total.programs) > 0;
  const hide = (cells: LineCell[]) => (totalHidden ? new Set(cells.filter((c) => c.programs > 0).map((c) => c.key)) : cellsToHide(cells));
  const hiddenStatuses = hide(rows.statuses.map((r) => cellOf(String(r.status), r)));
  const hiddenSectors = hide(rows.sectors.map((r) => cellOf(String(r.sector), r)));
  const hiddenAreas = hide([...rows.areas.map((r) => cellOf(String(r.code), r)), cellOf(WIDE, rows.wide)]);

  const statuses = Object.fromEntries(PUBLIC_STATUSES.map((s) => [s, 0])) as Record<PublicStatus, number | null>;
  for (const r of rows.statuses) statuses[String(r.status) as PublicStatus] = hiddenStatuses.has(String(r.status)) ? null : n(r.programs);
  const sectors = rows.sectors
    .map((r): PublicSectorFigures => {
      const sector = String(r.sector) as Sector;
      return hiddenSectors.has(sector) ? { sector, suppressed: true } : { sector, suppressed: false, ...figures(r) };
    })
    .sort((x, y) => sectorOrder(x.sector) - sectorOrder(y.sector));
  const areas = rows.areas.map((r): PublicAreaFigures => {
    const code = String(r.code);
    const name = String(r.name);
    if (hiddenAreas.has(code)) return { code, name, suppressed: true };
    // Sector names only: with numbers, regency × sector would be a table to difference against the sector line.
    const inArea = rows.areaSectors.filter((s) => s.code === code);
    const named = inArea.filter((s) => new Set(companyIdsOf(s)).size >= MIN_COMPANIES).map((s) => String(s.sector) as Sector);
    return {
      code,
      name,
      suppressed: false,
      ...figures(r),
      companies: companyIdsOf(r).length,
      sectors: named.sort((x, y) => sectorOrder(x) - sectorOrder(y)),
      otherSectors: named.length < inArea.length,
    };
  });
  return {
    province,
    asOf,
    totals: totalHidden
      ? { suppressed: true }
      : {
          suppressed: false,
          ...figures(rows.total),
          companies: companyIdsOf(rows.total).length,
          realizedBudgetIdr: n(rows.total.realized),
          reportedPrograms: n(rows.total.reported),
        },
    statuses,
    sectors,
    areas,
    wide: hiddenAreas.has(WIDE) ? { suppressed: true } : { suppressed: false, ...figures(rows.wide) },
  };
}
