import "server-only";
import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { queriesOf, execute, type DbOrTx } from "@/db/client";
import { overlapClusterMembers, overlapClusters, overlapFlags } from "@/db/schema";
import type { StaffViewer } from "@/server/auth/viewer";
import { getProgram, touchesArea } from "@/server/programs/programs.queries";

/**
 * A cluster is shown to staff who see every one of its programs (as a pair is shown to those
 * who see both). Anyone else keeps seeing the pairs among the programs they can see.
 */
export function clusterVisibleTo(viewer: StaffViewer, clusterId: SQL | typeof overlapClusters.id = overlapClusters.id): SQL {
  return sql`NOT EXISTS (SELECT 1 FROM overlap_cluster_members vis_m WHERE vis_m.cluster_id = ${clusterId} AND NOT (${touchesArea(viewer.jurisdiction, sql`vis_m.program_id`)}))`;
}

/** Whether a cluster is open and the viewer sees every one of its programs. */
export async function clusterOpenFor(db: DbOrTx, viewer: StaffViewer, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: overlapClusters.id })
    .from(overlapClusters)
    .where(and(eq(overlapClusters.id, id), eq(overlapClusters.status, "open"), clusterVisibleTo(viewer)));
  return !!row;
}

/** The queue items of clusters, by id, with their member programs briefly. */
export async function clusterItems(db: DbOrTx, ids: string[]) {
  const rows = await db.select().from(overlapClusters).where(inArray(overlapClusters.id, ids));
  const members = await db
    .select({ clusterId: overlapClusterMembers.clusterId, programId: overlapClusterMembers.programId })
    .from(overlapClusterMembers)
    .where(inArray(overlapClusterMembers.clusterId, ids));
  const programIds = [...new Set(members.map((m) => m.programId))];
  const briefs = programIds.length
    ? (
        await execute<{ id: string; title: string; ref: string; company_name: string; start_date: string; end_date: string }>(
          db,
          sql`SELECT p.id, p.title, p.ref, c.name AS company_name, p.start_date::text, p.end_date::text FROM programs p JOIN companies c ON c.id = p.company_id
              WHERE p.id IN (SELECT value::uuid FROM json_array_elements_text(${JSON.stringify(programIds)}::json))`,
        )
      ).rows
    : [];
  const brief = new Map(briefs.map((b) => [b.id, b]));
  return new Map(
    rows.map((c) => [
      c.id,
      {
        ...c,
        members: members
          .filter((m) => m.clusterId === c.id)
          .map((m) => brief.get(m.programId))
          .filter((b) => !!b)
          .map((b) => ({ id: b.id, title: b.title, ref: b.ref, companyName: b.company_name, startDate: b.start_date, endDate: b.end_date }))
          .sort((x, y) => x.companyName.localeCompare(y.companyName) || x.ref.localeCompare(y.ref)),
      },
    ]),
  );
}

/** One cluster with every member in full and its pairs, or null when the viewer may not see it. */
export async function getCluster(db: DbOrTx, viewer: StaffViewer, id: string) {
  const [cluster] = await db
    .select()
    .from(overlapClusters)
    .where(and(eq(overlapClusters.id, id), clusterVisibleTo(viewer), sql`${overlapClusters.status} <> 'dissolved'`));
  if (!cluster) return null;
  const memberIds = (
    await db.select({ id: overlapClusterMembers.programId }).from(overlapClusterMembers).where(eq(overlapClusterMembers.clusterId, id))
  ).map((m) => m.id);
  const members = await queriesOf(db, ...memberIds.map((m) => () => getProgram(db, viewer, m)));
  if (members.some((m) => !m)) return null;
  const pairs = await db
    .select({
      id: overlapFlags.id,
      a: overlapFlags.programAId,
      b: overlapFlags.programBId,
      kind: overlapFlags.kind,
      score: overlapFlags.score,
      status: overlapFlags.status,
      resolution: overlapFlags.resolution,
    })
    .from(overlapFlags)
    .where(eq(overlapFlags.clusterId, id))
    .orderBy(desc(overlapFlags.score), asc(overlapFlags.id));
  const full = members.filter((m) => !!m);
  return {
    ...cluster,
    members: full
      .map((m) => ({
        id: m.id,
        ref: m.ref,
        title: m.title,
        companyName: m.companyName,
        status: m.status,
        startDate: m.startDate,
        endDate: m.endDate,
        budgetIdr: m.budgetIdr,
        areas: m.areas,
      }))
      .sort((x, y) => x.companyName.localeCompare(y.companyName) || x.ref.localeCompare(y.ref)),
    pairs,
    areaCodes: full.flatMap((m) => m.areas.map((a) => a.code)),
  };
}
