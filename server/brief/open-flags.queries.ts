import "server-only";
import { and, asc, desc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/db/client";
import { companies, governmentActivities, overlapFlags, programs } from "@/db/schema";
import type { StaffViewer } from "@/server/auth/viewer";
import type { DashboardFilters } from "@/server/dashboard/dashboard.schemas";
import type { Reason } from "@/lib/overlaps/reasons";
import { programFilters, visibleTo } from "@/server/programs/programs.queries";
import type { Range } from "./brief.queries";

const pa = alias(programs, "brief_pa");
const pb = alias(programs, "brief_pb");
const ca = alias(companies, "brief_ca");
const cb = alias(companies, "brief_cb");
const ga = alias(governmentActivities, "brief_ga");
const gb = alias(governmentActivities, "brief_gb");

/**
 * Open overlap flags as the dashboard counts them: both programs visible to the viewer, or double
 * funding between a visible CSR program and a government activity (named by its agency), at least
 * one passing the filters; highest score first. With a range, only flags detected (or raised
 * again) in it. The programs subqueries name `programs` itself, which the aliases leave free.
 */
export async function listOpenFlags(db: DbOrTx, viewer: StaffViewer, f: DashboardFilters, limit: number, range?: Range) {
  const visible = sql`SELECT ${programs.id} FROM ${programs} WHERE ${visibleTo(viewer)}`;
  const filtered = sql`SELECT ${programs.id} FROM ${programs} WHERE ${programFilters(viewer, f)}`;
  const conds: SQL[] = [
    eq(overlapFlags.status, "open"),
    // Repeats are history across years, not a conflict waiting on the forum: the brief leaves them to the queue's own tab.
    sql`${overlapFlags.kind} IN ('duplicate', 'overlap')`,
    sql`((${overlapFlags.programAId} IN (${visible}) AND ${overlapFlags.programBId} IN (${visible}))
        OR (${overlapFlags.relation} = 'double_funding' AND (${overlapFlags.programAId} IN (${visible}) OR ${overlapFlags.programBId} IN (${visible}))))`,
    sql`(${overlapFlags.programAId} IN (${filtered}) OR ${overlapFlags.programBId} IN (${filtered}))`,
  ];
  if (range) conds.push(gte(overlapFlags.detectedAt, range.start), lt(overlapFlags.detectedAt, range.end));
  const where = and(...conds);
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(overlapFlags)
    .where(where);
  const rows = await db
    .select({
      id: overlapFlags.id,
      kind: overlapFlags.kind,
      score: overlapFlags.score,
      reasons: overlapFlags.reasons,
      detectedAt: overlapFlags.detectedAt,
      // A government side is named by its agency, so a line reads the same.
      a: { id: pa.id, ref: pa.ref, title: pa.title, companyName: sql<string>`coalesce(${ca.name}, ${ga.agency})` },
      b: { id: pb.id, ref: pb.ref, title: pb.title, companyName: sql<string>`coalesce(${cb.name}, ${gb.agency})` },
    })
    .from(overlapFlags)
    .innerJoin(pa, eq(pa.id, overlapFlags.programAId))
    .innerJoin(pb, eq(pb.id, overlapFlags.programBId))
    .leftJoin(ca, eq(ca.id, pa.companyId))
    .leftJoin(cb, eq(cb.id, pb.companyId))
    .leftJoin(ga, eq(ga.programId, pa.id))
    .leftJoin(gb, eq(gb.programId, pb.id))
    .where(where)
    .orderBy(desc(overlapFlags.score), desc(overlapFlags.detectedAt), asc(overlapFlags.id))
    .limit(limit);
  // The detector writes the reasons; the column is typed loosely only because it is JSON.
  const items = rows.map((r) => ({ ...r, reasons: r.reasons as Reason[] }));
  return { total: Number(count?.n ?? 0), items };
}

export type OpenFlag = Awaited<ReturnType<typeof listOpenFlags>>["items"][number];
