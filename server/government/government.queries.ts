import "server-only";
import { and, asc, desc, eq, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { governmentActivities, programAreas, programs } from "@/db/schema";
import { describeAreas, type AreaSummary } from "@/server/areas/areas.queries";
import { touchesArea } from "@/server/programs/programs.queries";
import { listActivitiesSchema, type ListActivitiesInput } from "./government.schemas";

/** Government activities only (the programs table holds CSR programs too; see db/schema/programs.ts). */
export const governmentOnly = eq(programs.source, "government");

/** The columns every government reader returns: the activity (programs) and its details. */
export const activityColumns = {
  id: programs.id,
  ref: programs.ref,
  title: programs.title,
  description: programs.description,
  sector: programs.sector,
  targetGroup: programs.targetGroup,
  targetGroupText: programs.targetGroupText,
  startDate: programs.startDate,
  endDate: programs.endDate,
  budgetIdr: programs.budgetIdr,
  plannedBeneficiaries: programs.plannedBeneficiaries,
  version: programs.version,
  createdAt: programs.createdAt,
  funding: governmentActivities.funding,
  agency: governmentActivities.agency,
  programCode: governmentActivities.programCode,
  programName: governmentActivities.programName,
  kegiatanCode: governmentActivities.kegiatanCode,
  kegiatanName: governmentActivities.kegiatanName,
  subKegiatanCode: governmentActivities.subKegiatanCode,
  subKegiatanName: governmentActivities.subKegiatanName,
  sourceName: governmentActivities.sourceName,
  sourceDate: governmentActivities.sourceDate,
  isDemo: governmentActivities.isDemo,
  updatedAt: governmentActivities.updatedAt,
};

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (m) => "\\" + m);
}

/** The period overlaps the year (or the range): the same rule as the program list. */
function overlapsPeriod(from: string, to: string): SQL {
  return sql`${programs.startDate} <= ${to} AND ${programs.endDate} >= ${from}`;
}

async function withAreas<T extends { id: string }>(db: DbOrTx, rows: T[]): Promise<(T & { areas: AreaSummary[] })[]> {
  if (rows.length === 0) return [];
  const areaRows = await db
    .select({ programId: programAreas.programId, code: programAreas.areaCode })
    .from(programAreas)
    .where(
      inArray(
        programAreas.programId,
        rows.map((r) => r.id),
      ),
    );
  const described = new Map((await describeAreas(db, [...new Set(areaRows.map((a) => a.code))])).map((a) => [a.code, a]));
  return rows.map((r) => ({
    ...r,
    areas: areaRows
      .filter((a) => a.programId === r.id)
      .map((a) => described.get(a.code))
      .filter((a): a is AreaSummary => a !== undefined)
      .sort((a, b) => a.code.localeCompare(b.code)),
  }));
}

/**
 * Government activities, filtered: by area (inside it, or registered for an area containing it,
 * as the program list), funding, sector, year (the period overlaps it) and words (title,
 * description, ref, agency, nomenclature names). Public budget information: no viewer filter;
 * `within` narrows to some places when the caller asks (an officer's programs' places).
 */
export async function listActivities(db: DbOrTx, raw: ListActivitiesInput = {}, within: readonly string[] | null = null) {
  const input = listActivitiesSchema.parse(raw);
  const conds: SQL[] = [governmentOnly];
  if (input.q) {
    const like = "%" + escapeLike(input.q) + "%";
    conds.push(
      or(
        ilike(programs.title, like),
        ilike(programs.description, like),
        ilike(programs.ref, like),
        ilike(governmentActivities.agency, like),
        ilike(governmentActivities.programName, like),
        ilike(governmentActivities.kegiatanName, like),
        ilike(governmentActivities.subKegiatanName, like),
      ) as SQL,
    );
  }
  if (input.area) conds.push(touchesArea(input.area));
  // Some places (an officer's programs' places): activities touching any of them; none touch an empty list.
  if (within) conds.push(within.length ? (or(...within.map((c) => touchesArea(c))) as SQL) : sql`false`);
  if (input.funding) conds.push(eq(governmentActivities.funding, input.funding));
  if (input.sector) conds.push(eq(programs.sector, input.sector));
  if (input.year) conds.push(overlapsPeriod(`${input.year}-01-01`, `${input.year}-12-31`));
  const where = and(...conds) as SQL;
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(programs)
    .innerJoin(governmentActivities, eq(governmentActivities.programId, programs.id))
    .where(where);
  const rows = await db
    .select(activityColumns)
    .from(programs)
    .innerJoin(governmentActivities, eq(governmentActivities.programId, programs.id))
    .where(where)
    .orderBy(desc(programs.startDate), asc(governmentActivities.agency), asc(programs.ref))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  return { items: await withAreas(db, rows), total: Number(count?.n ?? 0), page: input.page, pageSize: input.pageSize };
}

/** One government activity with its areas, or null (also for a CSR program's id). */
export async function getActivity(db: DbOrTx, id: string) {
  const rows = await db
    .select(activityColumns)
    .from(programs)
    .innerJoin(governmentActivities, eq(governmentActivities.programId, programs.id))
    .where(and(governmentOnly, eq(programs.id, id)));
  const [row] = await withAreas(db, rows);
  return row ?? null;
}

export type ActivityWithAreas = NonNullable<Awaited<ReturnType<typeof getActivity>>>;

export interface ActivityPeriod {
  startDate: string;
  endDate: string;
}

/**
 * "Program pemerintah di wilayah ini": government activities touching any of the areas (inside
 * one of them, or registered for an area containing one: a province-wide APBD activity touches
 * every village), whose period overlaps `period` when given; newest first, at most `limit`.
 */
export async function activitiesInAreas(db: DbOrTx, areaCodes: readonly string[], period: ActivityPeriod | null = null, limit = 50) {
  const codes = [...new Set(areaCodes)];
  if (codes.length === 0) return [];
  const conds: SQL[] = [governmentOnly, or(...codes.map((c) => touchesArea(c))) as SQL];
  if (period) conds.push(overlapsPeriod(period.startDate, period.endDate));
  const rows = await db
    .select(activityColumns)
    .from(programs)
    .innerJoin(governmentActivities, eq(governmentActivities.programId, programs.id))
    .where(and(...conds))
    .orderBy(desc(programs.startDate), asc(governmentActivities.agency), asc(programs.ref))
    .limit(limit);
  return withAreas(db, rows);
}

/** The activity's id by its agency and ref (the import's key), or null. */
export async function findActivityByAgencyRef(db: DbOrTx, agencyKey: string, ref: string): Promise<{ id: string; version: number } | null> {
  const [row] = await db
    .select({ id: governmentActivities.programId, version: programs.version })
    .from(governmentActivities)
    .innerJoin(programs, eq(programs.id, governmentActivities.programId))
    .where(and(eq(governmentActivities.agencyKey, agencyKey), eq(governmentActivities.ref, ref)));
  return row ?? null;
}
