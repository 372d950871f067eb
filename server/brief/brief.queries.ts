import "server-only";
import { and, asc, eq, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { companies, programEvents, programs, users } from "@/db/schema";
import type { StaffViewer } from "@/server/auth/viewer";
import type { DashboardFilters } from "@/server/dashboard/dashboard.schemas";
import { programFilters } from "@/server/programs/programs.queries";

// What happened to programs in a meeting's date range, read from their events. Every program
// passes the dashboard's filters on top of the viewer's visibility (programFilters), so a Kutai
// Timur office sees only what touches Kutai Timur, as on its dashboard.

export interface Range {
  start: Date;
  end: Date;
}

/** The reviewers' decisions a brief reports; other moves (start, complete, withdraw) are left out. */
export const DECISION_ACTIONS = ["approve", "request_revision", "reject"] as const;
export type DecisionAction = (typeof DECISION_ACTIONS)[number];

export interface Listed<T> {
  total: number;
  items: T[];
}

const inRange = (r: Range): SQL => and(gte(programEvents.at, r.start), lt(programEvents.at, r.end)) as SQL;

const programColumns = {
  programId: programs.id,
  ref: programs.ref,
  title: programs.title,
  sector: programs.sector,
  status: programs.status,
  budgetIdr: programs.budgetIdr,
  companyName: companies.name,
};

async function countEvents(db: DbOrTx, where: SQL): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(programEvents)
    .innerJoin(programs, eq(programs.id, programEvents.programId))
    .where(where);
  return Number(row?.n ?? 0);
}

/**
 * Programs submitted for the first time in the range: a program's first submit event counts;
 * a resubmission after a revision request does not make it new again.
 */
export async function listFirstSubmissions(db: DbOrTx, viewer: StaffViewer, f: DashboardFilters, range: Range, limit: number) {
  const where = and(
    eq(programEvents.action, "submit"),
    inRange(range),
    sql`NOT EXISTS (SELECT 1 FROM program_events first_e WHERE first_e.program_id = ${programEvents.programId}
          AND first_e.action = 'submit' AND (first_e.at, first_e.id) < (${programEvents.at}, ${programEvents.id}))`,
    programFilters(viewer, f),
  ) as SQL;
  const items = await db
    .select({ ...programColumns, plannedBeneficiaries: programs.plannedBeneficiaries, at: programEvents.at })
    .from(programEvents)
    .innerJoin(programs, eq(programs.id, programEvents.programId))
    .innerJoin(companies, eq(companies.id, programs.companyId))
    .where(where)
    .orderBy(asc(programEvents.at), asc(programEvents.id))
    .limit(limit);
  // Over every submission of the range, not only the listed ones: how many lack each figure.
  const [counts] = await db
    .select({
      total: sql<number>`count(*)::int`,
      withoutBudget: sql<number>`(count(*) - count(${programs.budgetIdr}))::int`,
      withoutBeneficiaries: sql<number>`(count(*) - count(${programs.plannedBeneficiaries}))::int`,
    })
    .from(programEvents)
    .innerJoin(programs, eq(programs.id, programEvents.programId))
    .where(where);
  return {
    total: Number(counts?.total ?? 0),
    items,
    withoutBudget: Number(counts?.withoutBudget ?? 0),
    withoutBeneficiaries: Number(counts?.withoutBeneficiaries ?? 0),
  };
}

/**
 * Approvals, revision requests and rejections in the range. Staff read who decided and the note
 * they gave; forum viewers get the decision with the decider's role only (a note is addressed to
 * the company, and staff names stay with staff).
 */
export async function listDecisions(db: DbOrTx, viewer: StaffViewer, f: DashboardFilters, range: Range, limit: number) {
  const where = and(inArray(programEvents.action, [...DECISION_ACTIONS]), inRange(range), programFilters(viewer, f)) as SQL;
  const rows = await db
    .select({ ...programColumns, action: programEvents.action, note: programEvents.note, at: programEvents.at, actorName: users.name, actorRole: users.role })
    .from(programEvents)
    .innerJoin(programs, eq(programs.id, programEvents.programId))
    .innerJoin(companies, eq(companies.id, programs.companyId))
    .leftJoin(users, eq(users.id, programEvents.actorId))
    .where(where)
    .orderBy(asc(programEvents.at), asc(programEvents.id))
    .limit(limit);
  const isStaff = viewer.role === "reviewer" || viewer.role === "admin";
  const items = rows.map((r) => ({
    ...r,
    action: r.action as DecisionAction,
    note: isStaff ? r.note : null,
    actorName: isStaff ? r.actorName : null,
  }));
  return { total: await countEvents(db, where), items };
}

export type FirstSubmission = Awaited<ReturnType<typeof listFirstSubmissions>>["items"][number];
export type Decision = Awaited<ReturnType<typeof listDecisions>>["items"][number];
