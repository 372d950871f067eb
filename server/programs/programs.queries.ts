import "server-only";
import { and, asc, desc, eq, ilike, inArray, ne, or, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/db/client";
import { companies, governmentActivities, priorityPrograms, programAreas, programs, users } from "@/db/schema";
import { ancestorCodes, NATIONAL } from "@/server/access/areas";
import { isOwnerOrStaff } from "@/server/access/audience";
import type { Viewer } from "@/server/auth/viewer";
import { describeAreas } from "@/server/areas/areas.queries";
import { canSeeContact, type CompanyContact } from "@/server/companies/contacts";
import { allowedActions, type MovedProgram } from "@/server/reviews/transitions";
import { cacheKey, cached } from "@/server/cache/versioned-cache";
import type { ListProgramsInput, ProgramStatus } from "./programs.schemas";
import { asCsr, csrOnly } from "./csr";

/** A program "touches" a jurisdiction when one of its areas lies in it or contains it. */
export function touchesArea(area: string, programId: SQL | AnyColumn = programs.id): SQL {
  if (area === NATIONAL) return sql`true`;
  // Inside the area: the trigger-kept closure lists every area containing each of a program's
  // areas. Containing it: one of the program's own areas is an ancestor of it (a province-wide
  // program touches each of its regencies). One IN over a UNION ALL, so the planner can use a
  // semi-join over the indexed lists instead of probing every program.
  const inside = sql`SELECT touch_c.program_id FROM program_area_closure touch_c WHERE touch_c.code = ${area}`;
  const ancestors = ancestorCodes(area);
  if (ancestors.length === 0) return sql`${programId} IN (${inside})`;
  return sql`${programId} IN (${inside} UNION ALL SELECT touch_pa.program_id FROM program_areas touch_pa WHERE touch_pa.area_code IN (${sql.join(
    ancestors.map((c) => sql`${c}`),
    sql`, `,
  )}))`;
}

/**
 * The program names no area inside `area` (none of its children is in its closure): it was
 * registered for the area as a whole, or for one containing it. The dashboard counts these apart
 * ("wide"), and its link to them uses this.
 */
export function coversWhole(area: string): SQL {
  const children = area === NATIONAL ? sql`wa.parent_code IS NULL` : sql`wa.parent_code = ${area}`;
  return sql`NOT EXISTS (SELECT 1 FROM program_area_closure w JOIN areas wa ON wa.code = w.code
    WHERE w.program_id = ${programs.id} AND ${children})`;
}

/**
 * The one rule for which programs a viewer may see. Officers: their own company's programs and
 * other companies' programs past draft. Staff and viewers: programs past draft that touch their
 * jurisdiction. Every read of programs goes through this. CSR programs only: government activities
 * share the table (db/schema/programs.ts) and are read through server/government.
 */
export function visibleTo(viewer: Viewer): SQL {
  if (viewer.role === "officer") {
    return and(csrOnly, or(eq(programs.companyId, viewer.companyId), ne(programs.status, "draft"))) as SQL;
  }
  return and(csrOnly, ne(programs.status, "draft"), touchesArea(viewer.jurisdiction)) as SQL;
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (m) => "\\" + m);
}

/**
 * The list's filters as one WHERE clause, always on top of the viewer's visibility. The list,
 * the exports and the dashboard share it, so a figure and the list behind it agree.
 */
export function programFilters(viewer: Viewer, input: Omit<ListProgramsInput, "page" | "pageSize" | "sort">): SQL {
  const conds: SQL[] = [visibleTo(viewer)];
  if (input.q) {
    const like = "%" + escapeLike(input.q) + "%";
    conds.push(or(ilike(programs.title, like), ilike(programs.description, like), ilike(programs.ref, like)) as SQL);
  }
  if (input.sector) conds.push(eq(programs.sector, input.sector));
  if (input.status) conds.push(eq(programs.status, input.status));
  if (input.companyId) conds.push(eq(programs.companyId, input.companyId));
  if (input.mine && viewer.role === "officer") conds.push(eq(programs.companyId, viewer.companyId));
  if (input.area) conds.push(touchesArea(input.area));
  if (input.area && input.whole) conds.push(coversWhole(input.area));
  if (input.year) {
    conds.push(sql`${programs.startDate} <= ${`${input.year}-12-31`} AND ${programs.endDate} >= ${`${input.year}-01-01`}`);
  }
  return and(...conds) as SQL;
}

export async function listPrograms(
  db: DbOrTx,
  viewer: Viewer,
  input: Required<Pick<ListProgramsInput, "page" | "pageSize">> & ListProgramsInput,
) {
  const where = programFilters(viewer, input);

  const countAll = async () => {
    const [countRow] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(programs)
      .where(where);
    return Number(countRow?.n ?? 0);
  };
  // Staff counts over a large forum are kept per data version; an officer's list includes their
  // drafts (which do not bump the version), and free text is too varied to be worth keeping.
  const { q, sector, status, companyId, area, whole, year } = input;
  const total =
    viewer.role === "officer" || q
      ? await countAll()
      : await cached(db, cacheKey("programs.count", viewer, { sector, status, companyId, area, whole, year }), countAll);
  const rows = await db
    .select({
      id: programs.id,
      ref: programs.ref,
      title: programs.title,
      description: programs.description,
      sector: programs.sector,
      targetGroup: programs.targetGroup,
      targetGroupText: programs.targetGroupText,
      status: programs.status,
      startDate: programs.startDate,
      endDate: programs.endDate,
      budgetIdr: programs.budgetIdr,
      plannedBeneficiaries: programs.plannedBeneficiaries,
      companyId: programs.companyId,
      companyName: companies.name,
      updatedAt: programs.updatedAt,
      submittedAt: programs.submittedAt,
    })
    .from(programs)
    .innerJoin(companies, eq(companies.id, programs.companyId))
    .where(where)
    .orderBy(...(input.sort === "waiting" ? [asc(programs.submittedAt), asc(programs.id)] : [desc(programs.updatedAt), desc(programs.id)]))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);

  const areaRows = rows.length
    ? await db
        .select({ programId: programAreas.programId, code: programAreas.areaCode })
        .from(programAreas)
        .where(
          inArray(
            programAreas.programId,
            rows.map((r) => r.id),
          ),
        )
    : [];
  const described = new Map((await describeAreas(db, [...new Set(areaRows.map((a) => a.code))])).map((a) => [a.code, a]));
  const items = rows.map((r) => ({
    ...r,
    areas: areaRows
      .filter((a) => a.programId === r.id)
      .map((a) => described.get(a.code))
      .filter((a) => a !== undefined)
      .sort((a, b) => a.code.localeCompare(b.code)),
  }));
  return { items, total, page: input.page, pageSize: input.pageSize };
}

/** One program with everything its page shows, or null when it does not exist or the viewer may not see it. */
export async function getProgram(db: DbOrTx, viewer: Viewer, id: string) {
  const creator = alias(users, "creator");
  const supported = alias(programs, "supported");
  const [row] = await db
    .select({
      program: programs,
      companyName: companies.name,
      companyContactName: companies.contactName,
      companyContactEmail: companies.contactEmail,
      companyContactPhone: companies.contactPhone,
      priorityProgramName: priorityPrograms.name,
      createdByName: creator.name,
      supportsTitle: supported.title,
      supportsAgency: governmentActivities.agency,
    })
    .from(programs)
    .innerJoin(companies, eq(companies.id, programs.companyId))
    .leftJoin(priorityPrograms, eq(priorityPrograms.id, programs.priorityProgramId))
    .leftJoin(creator, eq(creator.id, programs.createdBy))
    .leftJoin(supported, eq(supported.id, programs.supportsActivityId))
    .leftJoin(governmentActivities, eq(governmentActivities.programId, programs.supportsActivityId))
    .where(and(eq(programs.id, id), visibleTo(viewer)))
    .limit(1);
  if (!row) return null;
  // Joined to its company and filtered by visibleTo: a CSR program.
  const program = asCsr(row.program);
  const codes = await db
    .select({ code: programAreas.areaCode })
    .from(programAreas)
    .where(eq(programAreas.programId, id))
    .orderBy(programAreas.areaCode);
  const areas = await describeAreas(
    db,
    codes.map((c) => c.code),
  );
  const contact: CompanyContact | null = (await canSeeContact(db, viewer, program.companyId))
    ? { name: row.companyContactName, email: row.companyContactEmail, phone: row.companyContactPhone }
    : null;
  return {
    ...program,
    companyName: row.companyName,
    /** Null when the viewer may not see it (see `canSeeContact`), not only when the company has none. */
    companyContact: contact,
    priorityProgramName: row.priorityProgramName,
    /** The government activity it complements (public budget information), or null. */
    supportsActivity:
      program.supportsActivityId && row.supportsTitle
        ? { id: program.supportsActivityId, title: row.supportsTitle, agency: row.supportsAgency ?? "" }
        : null,
    /** Null for other companies and forum viewers: a person of the company, like the contact. */
    createdByName: isOwnerOrStaff(viewer, program.companyId) ? row.createdByName : null,
    areas,
    permissions: permissionsFor(viewer, { ...program, areaCodes: codes.map((c) => c.code) }),
  };
}

/** Only the owning company edits, and only while the program is a draft or sent back. */
export function canEditProgram(viewer: Viewer, p: { companyId: string; status: ProgramStatus }): boolean {
  const isOwner = viewer.role === "officer" && viewer.companyId === p.companyId;
  return isOwner && (p.status === "draft" || p.status === "revision_requested");
}

/** What the viewer may do with a program they can see. The services enforce the same rules. */
export function permissionsFor(viewer: Viewer, p: MovedProgram) {
  const actions = allowedActions(viewer, p);
  return {
    canEdit: canEditProgram(viewer, p),
    canSubmit: actions.includes("submit"),
    /** Every life-cycle move the viewer may make now (submit, approve, start, ...). */
    actions,
  };
}

/** The CSR programs the viewer may see that name this government activity as the one they support. */
export async function listSupportingPrograms(db: DbOrTx, viewer: Viewer, activityId: string) {
  return db
    .select({ id: programs.id, title: programs.title, status: programs.status, companyName: companies.name })
    .from(programs)
    .innerJoin(companies, eq(companies.id, programs.companyId))
    .where(and(eq(programs.supportsActivityId, activityId), visibleTo(viewer)))
    .orderBy(programs.startDate, programs.title)
    .limit(50);
}

/** The places of a company's programs (every status): where "program pemerintah di wilayah ini" looks for an officer. */
export async function companyAreaCodes(db: DbOrTx, companyId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ code: programAreas.areaCode })
    .from(programAreas)
    .innerJoin(programs, eq(programs.id, programAreas.programId))
    .where(eq(programs.companyId, companyId))
    .orderBy(programAreas.areaCode)
    .limit(500);
  return rows.map((r) => r.code);
}
