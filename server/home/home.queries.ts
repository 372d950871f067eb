import "server-only";
import { and, desc, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/db/client";
import { companies, overlapFlags, programEvents, programs } from "@/db/schema";
import type { OfficerViewer } from "@/server/auth/viewer";
import { REPORT_GRACE_DAYS } from "@/server/compliance/compliance.schemas";
import { matchesForSaved, needsAnswer } from "@/server/overlaps/overlaps.service";

/** How many days ahead a realisation report shows as due on the officer's home. */
export const REPORT_DUE_AHEAD_DAYS = 30;
/** Drafts checked for matches on the home page (each is one live check). */
const DRAFTS_CHECKED = 5;

const own = alias(programs, "home_own");
const other = alias(programs, "home_other");
const otherCompany = alias(companies, "home_other_company");

/**
 * An officer's start page: what waits for them (revisions asked for, drafts not submitted and the
 * ones whose matches need an answer, realisation reports due), their company's latest programs,
 * its compliance for the year, and the collaborations Dinas Sosial proposed.
 */
export async function officerHome(db: DbOrTx, viewer: OfficerViewer, today: string) {
  const companyId = viewer.companyId;
  const year = Number(today.slice(0, 4));
  const dueDate = sql<string>`(${programs.endDate} + ${REPORT_GRACE_DAYS}::int)`;
  const [open, recent, reports, [plan], collaborations] = await Promise.all([
    db
      .select({ id: programs.id, title: programs.title, status: programs.status, updatedAt: programs.updatedAt })
      .from(programs)
      .where(and(eq(programs.companyId, companyId), inArray(programs.status, ["draft", "revision_requested"])))
      .orderBy(desc(programs.updatedAt)),
    db
      .select({ id: programs.id, ref: programs.ref, title: programs.title, status: programs.status, startDate: programs.startDate, updatedAt: programs.updatedAt })
      .from(programs)
      .where(eq(programs.companyId, companyId))
      .orderBy(desc(programs.updatedAt))
      .limit(6),
    db
      .select({
        id: programs.id,
        title: programs.title,
        dueDate: sql<string>`to_char(${dueDate}, 'YYYY-MM-DD')`,
        daysLate: sql<number>`(${today}::date - ${dueDate})::int`,
      })
      .from(programs)
      .where(
        and(
          eq(programs.companyId, companyId),
          inArray(programs.status, ["approved", "in_progress", "completed"]),
          isNull(programs.realizedAt),
          sql`${dueDate} <= ${today}::date + ${REPORT_DUE_AHEAD_DAYS}::int`,
        ),
      )
      .orderBy(dueDate),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(programs)
      .where(
        and(
          eq(programs.companyId, companyId),
          ne(programs.status, "draft"),
          sql`${programs.startDate} <= ${`${year}-12-31`}::date AND ${programs.endDate} >= ${`${year}-01-01`}::date`,
        ),
      ),
    db
      .select({
        flagId: overlapFlags.id,
        programId: own.id,
        programTitle: own.title,
        otherTitle: other.title,
        otherCompany: otherCompany.name,
        contactName: otherCompany.contactName,
        contactEmail: otherCompany.contactEmail,
        contactPhone: otherCompany.contactPhone,
        decidedAt: overlapFlags.resolvedAt,
      })
      .from(overlapFlags)
      .innerJoin(own, sql`${own.id} IN (${overlapFlags.programAId}, ${overlapFlags.programBId})`)
      .innerJoin(other, sql`${other.id} IN (${overlapFlags.programAId}, ${overlapFlags.programBId}) AND ${other.id} <> ${own.id}`)
      .innerJoin(otherCompany, eq(otherCompany.id, other.companyId))
      .where(
        and(
          eq(overlapFlags.status, "resolved"),
          eq(overlapFlags.resolution, "collaboration"),
          eq(own.companyId, companyId),
          ne(other.companyId, companyId),
        ),
      )
      .orderBy(desc(overlapFlags.resolvedAt))
      .limit(10),
  ]);

  const revisionIds = open.filter((p) => p.status === "revision_requested").map((p) => p.id);
  const notes = revisionIds.length
    ? await db
        .select({ programId: programEvents.programId, note: programEvents.note, at: programEvents.at })
        .from(programEvents)
        .where(and(inArray(programEvents.programId, revisionIds), eq(programEvents.action, "request_revision")))
        .orderBy(desc(programEvents.at))
    : [];
  const noteOf = new Map<string, string | null>();
  for (const n of notes) if (!noteOf.has(n.programId)) noteOf.set(n.programId, n.note);
  // The newest few drafts and revisions are checked as the submit step would: matches ask for an answer.
  const checked = await Promise.all(
    open.slice(0, DRAFTS_CHECKED).map(async (p) => ({ id: p.id, n: ((await matchesForSaved(db, viewer, p.id)) ?? []).filter(needsAnswer).length })),
  );
  const matchCount = new Map(checked.map((c) => [c.id, c.n]));

  return {
    today,
    todos: {
      revisions: open.filter((p) => p.status === "revision_requested").map((p) => ({ ...p, note: noteOf.get(p.id) ?? null, matches: matchCount.get(p.id) ?? 0 })),
      drafts: open.filter((p) => p.status === "draft").map((p) => ({ ...p, matches: matchCount.get(p.id) ?? 0 })),
      reports: reports.map((r) => ({ ...r, daysLate: Number(r.daysLate) })),
    },
    recent,
    compliance: {
      year,
      plannedPrograms: Number(plan?.n ?? 0),
      lateReports: reports.filter((r) => Number(r.daysLate) > 0).length,
    },
    collaborations,
  };
}
