import "server-only";
import { and, desc, eq, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/db/client";
import { companies, overlapFlags, programs } from "@/db/schema";
import type { StaffViewer, Viewer } from "@/server/auth/viewer";
import { getProgram, touchesArea } from "@/server/programs/programs.queries";
import type { ListFlagsInput } from "./overlaps.schemas";
import { MATCHABLE_STATUSES } from "./overlaps.queries";

const pa = alias(programs, "flag_pa");
const pb = alias(programs, "flag_pb");
const ca = alias(companies, "flag_ca");
const cb = alias(companies, "flag_cb");

/** A flag is in a reviewer's queue when both of its programs touch the reviewer's jurisdiction. */
export function flagVisibleTo(viewer: StaffViewer): SQL {
  return and(touchesArea(viewer.jurisdiction, pa.id), touchesArea(viewer.jurisdiction, pb.id)) as SQL;
}

export async function listFlags(db: DbOrTx, viewer: StaffViewer, input: ListFlagsInput) {
  const conds: SQL[] = [flagVisibleTo(viewer)];
  if (input.status !== "all") conds.push(eq(overlapFlags.status, input.status));
  else conds.push(sql`${overlapFlags.status} <> 'obsolete'`);
  if (input.kind) conds.push(eq(overlapFlags.kind, input.kind));
  if (input.tab === "conflicts") conds.push(sql`${overlapFlags.kind} <> 'repeat'`);
  if (input.tab === "repeats") conds.push(eq(overlapFlags.kind, "repeat"));
  const where = and(...conds);
  const base = db
    .select({
      id: overlapFlags.id,
      kind: overlapFlags.kind,
      score: overlapFlags.score,
      reasons: overlapFlags.reasons,
      status: overlapFlags.status,
      resolution: overlapFlags.resolution,
      detectedAt: overlapFlags.detectedAt,
      a: { id: pa.id, title: pa.title, ref: pa.ref, status: pa.status, companyName: ca.name, startDate: pa.startDate, endDate: pa.endDate },
      b: { id: pb.id, title: pb.title, ref: pb.ref, status: pb.status, companyName: cb.name, startDate: pb.startDate, endDate: pb.endDate },
    })
    .from(overlapFlags)
    .innerJoin(pa, eq(pa.id, overlapFlags.programAId))
    .innerJoin(pb, eq(pb.id, overlapFlags.programBId))
    .innerJoin(ca, eq(ca.id, pa.companyId))
    .innerJoin(cb, eq(cb.id, pb.companyId));
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(overlapFlags)
    .innerJoin(pa, eq(pa.id, overlapFlags.programAId))
    .innerJoin(pb, eq(pb.id, overlapFlags.programBId))
    .where(where);
  const items = await base
    .where(where)
    // Repeats are history, ranked below every duplicate and overlap.
    .orderBy(sql`(${overlapFlags.kind} = 'repeat')`, desc(overlapFlags.score), desc(overlapFlags.detectedAt), overlapFlags.id)
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  return { items, total: Number(count?.n ?? 0), page: input.page, pageSize: input.pageSize };
}

/** One flag with both programs in full, or null when the viewer may not see it or either program. */
export async function getFlag(db: DbOrTx, viewer: StaffViewer, id: string) {
  const [row] = await db
    .select({ flag: overlapFlags })
    .from(overlapFlags)
    .innerJoin(pa, eq(pa.id, overlapFlags.programAId))
    .innerJoin(pb, eq(pb.id, overlapFlags.programBId))
    .where(and(eq(overlapFlags.id, id), flagVisibleTo(viewer)));
  if (!row) return null;
  const [a, b] = await Promise.all([getProgram(db, viewer, row.flag.programAId), getProgram(db, viewer, row.flag.programBId)]);
  if (!a || !b) return null;
  return { ...row.flag, a, b };
}

/**
 * What a program's page shows about overlaps. Staff see the flags whose other program they can
 * see; the owning company sees collaboration suggestions with the partner's contact.
 */
export async function flagsForProgram(db: DbOrTx, viewer: Viewer, programId: string) {
  const rows = await db
    .select({
      id: overlapFlags.id,
      kind: overlapFlags.kind,
      score: overlapFlags.score,
      reasons: overlapFlags.reasons,
      status: overlapFlags.status,
      resolution: overlapFlags.resolution,
      resolutionNote: overlapFlags.resolutionNote,
      withdrawnProgramId: overlapFlags.withdrawnProgramId,
      a: { id: pa.id, companyId: pa.companyId, startDate: pa.startDate },
      b: { id: pb.id, companyId: pb.companyId, startDate: pb.startDate },
    })
    .from(overlapFlags)
    .innerJoin(pa, eq(pa.id, overlapFlags.programAId))
    .innerJoin(pb, eq(pb.id, overlapFlags.programBId))
    .where(
      and(or(eq(overlapFlags.programAId, programId), eq(overlapFlags.programBId, programId)), sql`${overlapFlags.status} <> 'obsolete'`),
    )
    .orderBy(desc(overlapFlags.score));
  const out = [];
  for (const r of rows) {
    const mine = r.a.id === programId ? r.a : r.b;
    const otherId = r.a.id === programId ? r.b.id : r.a.id;
    // Officers see, on their own programs, a repeat as history (whatever its state), and other flags once resolved as a collaboration.
    const history = r.kind === "repeat";
    if (viewer.role === "officer") {
      if (viewer.companyId !== mine.companyId) continue;
      if (!history && (r.status !== "resolved" || r.resolution !== "collaboration")) continue;
    }
    const other = await getProgram(db, viewer, otherId);
    if (!other) continue;
    // The history names another company's program only while it takes part in matching, as the live check does.
    if (history && viewer.role === "officer" && !MATCHABLE_STATUSES.includes(other.status)) continue;
    out.push({
      id: r.id,
      kind: r.kind,
      score: r.score,
      reasons: r.reasons,
      status: r.status,
      resolution: r.resolution,
      // A reviewer's reasoning is for staff: not for the companies, nor for forum viewers.
      resolutionNote: viewer.role === "reviewer" || viewer.role === "admin" ? r.resolutionNote : null,
      other: {
        id: other.id,
        title: other.title,
        companyName: other.companyName,
        status: other.status,
        // A repeat is history: the other company's contact comes only with a decision to collaborate.
        contact: history && viewer.role === "officer" ? null : other.companyContact,
        startDate: other.startDate,
        endDate: other.endDate,
      },
      /** For a repeat: whether the other program came before this one. */
      otherIsEarlier: other.endDate < mine.startDate,
    });
  }
  return out;
}
