import "server-only";
import { and, asc, desc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { queriesOf, execute, type DbOrTx } from "@/db/client";
import { companies, governmentActivities, overlapFlagDecisions, overlapFlags, programs, users } from "@/db/schema";
import { getActivity } from "@/server/government/government.queries";
import type { StaffViewer, Viewer } from "@/server/auth/viewer";
import { getProgram, touchesArea } from "@/server/programs/programs.queries";
import type { ListFlagsInput } from "./overlaps.schemas";
import { MATCHABLE_STATUSES } from "./overlaps.queries";
import { clusterItems, clusterVisibleTo } from "./clusters.queries";

const pa = alias(programs, "flag_pa");
const pb = alias(programs, "flag_pb");
const ca = alias(companies, "flag_ca");
const cb = alias(companies, "flag_cb");
const ga = alias(governmentActivities, "flag_ga");
const gb = alias(governmentActivities, "flag_gb");


/**
 * A flag's side in full for staff: the CSR program as the program page reads it, or the
 * government activity (public budget information) in the same shape, with no company, contact or
 * actions, and its agency, funding and source.
 */
export async function flagSide(db: DbOrTx, viewer: Viewer, id: string) {
  const program = await getProgram(db, viewer, id);
  if (program) return { ...program, source: "csr" as const, agency: null, funding: null, sourceName: null, sourceDate: null };
  const activity = await getActivity(db, id);
  if (!activity) return null;
  const [row] = await db.select().from(programs).where(eq(programs.id, id));
  if (!row) return null;
  return {
    ...row,
    companyId: "",
    companyName: activity.agency,
    companyContact: null,
    priorityProgramName: null,
    createdByName: null,
    areas: activity.areas,
    permissions: { canEdit: false, canSubmit: false, actions: [] as NonNullable<Awaited<ReturnType<typeof getProgram>>>["permissions"]["actions"] },
    source: "government" as const,
    agency: activity.agency,
    funding: activity.funding,
    sourceName: activity.sourceName,
    sourceDate: activity.sourceDate,
  };
}

/** A flag is in a reviewer's queue when both of its programs touch the reviewer's jurisdiction. */
export function flagVisibleTo(viewer: StaffViewer): SQL {
  return and(touchesArea(viewer.jurisdiction, pa.id), touchesArea(viewer.jurisdiction, pb.id)) as SQL;
}

/**
 * The review queue. Pairs of a cluster the viewer sees in full are shown as ONE cluster item
 * (its members and the count of its pairs), ranked like its strongest pair; other pairs as
 * before. `total` still counts pairs (every pair behind the items, clustered or not), so the
 * figure means what it meant; `itemTotal` counts the items and drives the pages.
 */
export async function listFlags(db: DbOrTx, viewer: StaffViewer, input: ListFlagsInput) {
  const conds: SQL[] = [flagVisibleTo(viewer)];
  if (input.status !== "all") conds.push(eq(overlapFlags.status, input.status));
  else conds.push(sql`${overlapFlags.status} <> 'obsolete'`);
  if (input.kind) conds.push(eq(overlapFlags.kind, input.kind));
  if (input.tab === "conflicts") conds.push(sql`${overlapFlags.kind} IN ('duplicate', 'overlap')`);
  if (input.tab === "shared") conds.push(sql`${overlapFlags.kind}::text = 'shared_beneficiaries'`);
  if (input.tab === "repeats") conds.push(eq(overlapFlags.kind, "repeat"));
  const where = and(...conds);
  const clusterStatus = input.status === "all" ? sql`c.status IN ('open', 'resolved')` : sql`c.status = ${input.status}`;
  // Repeats never join a cluster, so the repeats tab has none; a kind filter keeps clusters whose strongest pair is of that kind.
  const clustersShown =
    input.tab === "repeats" || input.tab === "shared" || input.kind === "repeat" || input.kind === "shared_beneficiaries" ? sql`false` : input.kind ? sql`c.kind = ${input.kind}` : sql`true`;
  const visibleClusters = sql`SELECT c.id, c.score, c.created_at FROM overlap_clusters c WHERE ${clusterStatus} AND ${clustersShown} AND ${clusterVisibleTo(viewer, sql`c.id`)}`;
  const pairRows = sql`SELECT ${overlapFlags.id} AS id, 'pair' AS item, (CASE ${overlapFlags.kind}::text WHEN 'repeat' THEN 2 WHEN 'shared_beneficiaries' THEN 1 ELSE 0 END) AS is_repeat, ${overlapFlags.score} AS score, ${overlapFlags.detectedAt} AS at, ${overlapFlags.clusterId} AS cluster_id
      FROM ${overlapFlags} JOIN ${programs} flag_pa ON flag_pa.id = ${overlapFlags.programAId} JOIN ${programs} flag_pb ON flag_pb.id = ${overlapFlags.programBId}
      WHERE ${where}`;
  const rows = (
    await execute<{ id: string; item: "pair" | "cluster"; pairs: number; total_items: number; total_pairs: number }>(
      db,
      sql`WITH vc AS MATERIALIZED (${visibleClusters}), pr AS MATERIALIZED (${pairRows}),
          items AS (
            SELECT id, item, is_repeat, score, at, 1 AS pairs FROM pr WHERE cluster_id IS NULL OR cluster_id NOT IN (SELECT id FROM vc)
            UNION ALL
            SELECT vc.id, 'cluster', 0, vc.score, vc.created_at, (SELECT count(*) FROM pr WHERE pr.cluster_id = vc.id)::int FROM vc
          )
          SELECT id, item, pairs, (SELECT count(*) FROM items WHERE pairs > 0)::int AS total_items, (SELECT count(*) FROM pr)::int AS total_pairs
          FROM items WHERE pairs > 0
          ORDER BY is_repeat, score DESC, at DESC, id
          LIMIT ${input.pageSize} OFFSET ${(input.page - 1) * input.pageSize}`,
    )
  ).rows;
  let total = rows[0]?.total_pairs;
  let itemTotal = rows[0]?.total_items;
  if (total === undefined) {
    // An empty page (past the end): the totals still.
    const [t] = (
      await execute<{ total_pairs: number; total_items: number }>(
        db,
        sql`WITH vc AS MATERIALIZED (${visibleClusters}), pr AS MATERIALIZED (${pairRows})
            SELECT (SELECT count(*) FROM pr)::int AS total_pairs,
              ((SELECT count(*) FROM pr WHERE cluster_id IS NULL OR cluster_id NOT IN (SELECT id FROM vc)) + (SELECT count(*) FROM vc WHERE EXISTS (SELECT 1 FROM pr WHERE pr.cluster_id = vc.id)))::int AS total_items`,
      )
    ).rows;
    total = t?.total_pairs ?? 0;
    itemTotal = t?.total_items ?? 0;
  }
  const pairIds = rows.filter((r) => r.item === "pair").map((r) => r.id);
  const pairs = pairIds.length
    ? await db
        .select({
          id: overlapFlags.id,
          kind: overlapFlags.kind,
          /** Null between CSR programs; "double_funding" or "complement" beside a government activity. */
          relation: overlapFlags.relation,
          score: overlapFlags.score,
          reasons: overlapFlags.reasons,
          status: overlapFlags.status,
          resolution: overlapFlags.resolution,
          detectedAt: overlapFlags.detectedAt,
          // A side is a CSR program with its company, or a government activity with its agency, funding and
          // the source of its figures (no company: `companyName` carries the agency so a line reads the
          // same; `agency` is set only for a government side).
          a: {
            id: pa.id,
            title: pa.title,
            ref: pa.ref,
            status: pa.status,
            source: pa.source,
            companyName: sql<string>`coalesce(${ca.name}, ${ga.agency}, '')`,
            agency: ga.agency,
            funding: ga.funding,
            sourceName: ga.sourceName,
            startDate: pa.startDate,
            endDate: pa.endDate,
          },
          b: {
            id: pb.id,
            title: pb.title,
            ref: pb.ref,
            status: pb.status,
            source: pb.source,
            companyName: sql<string>`coalesce(${cb.name}, ${gb.agency}, '')`,
            agency: gb.agency,
            funding: gb.funding,
            sourceName: gb.sourceName,
            startDate: pb.startDate,
            endDate: pb.endDate,
          },
        })
        .from(overlapFlags)
        .innerJoin(pa, eq(pa.id, overlapFlags.programAId))
        .innerJoin(pb, eq(pb.id, overlapFlags.programBId))
        .leftJoin(ca, eq(ca.id, pa.companyId))
        .leftJoin(cb, eq(cb.id, pb.companyId))
        .leftJoin(ga, eq(ga.programId, pa.id))
        .leftJoin(gb, eq(gb.programId, pb.id))
        .where(inArray(overlapFlags.id, pairIds))
    : [];
  const pairById = new Map(pairs.map((p) => [p.id, p]));
  type QueuePair = (typeof pairs)[number] & { type: "pair" };
  type QueueCluster = {
    type: "cluster";
    id: string;
    kind: "duplicate" | "overlap";
    score: number;
    status: "open" | "resolved" | "dissolved";
    resolution: "distinct" | "collaboration" | "duplicate" | null;
    areaCode: string;
    pairCount: number;
    members: { id: string; title: string; ref: string; companyName: string; startDate: string; endDate: string }[];
  };
  const clusters = await clusterItems(
    db,
    rows.filter((r) => r.item === "cluster").map((r) => r.id),
  );
  const items = rows.flatMap((r): (QueuePair | QueueCluster)[] => {
    if (r.item === "pair") {
      const p = pairById.get(r.id);
      return p ? [{ type: "pair" as const, ...p }] : [];
    }
    const c = clusters.get(r.id);
    return c
      ? [
          {
            type: "cluster" as const,
            id: c.id,
            kind: c.kind as "duplicate" | "overlap",
            score: c.score,
            status: c.status,
            resolution: c.resolution,
            areaCode: c.areaCode,
            /** The pairs behind the item in this view (the open ones in the open queue). */
            pairCount: Number(r.pairs),
            members: c.members,
          },
        ]
      : [];
  });
  return { items, total: Number(total ?? 0), itemTotal: Number(itemTotal ?? 0), page: input.page, pageSize: input.pageSize };
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
  const [a, b] = await queriesOf(
    db,
    () => flagSide(db, viewer, row.flag.programAId),
    () => flagSide(db, viewer, row.flag.programBId),
  );
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
      relation: overlapFlags.relation,
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
    // Officers see, on their own programs, a repeat as history (whatever its state), a government
    // activity beside it (double funding or complement), and other flags once resolved as a collaboration.
    const history = r.kind === "repeat";
    // Shared beneficiaries are counts for staff; a company sees its own shared rows on its list's page.
    if (r.kind === "shared_beneficiaries" && viewer.role !== "admin" && viewer.role !== "reviewer") continue;
    if (viewer.role === "officer") {
      if (viewer.companyId !== mine.companyId) continue;
      // Beside a government activity (public budget information) the pair is shown whatever its state.
      const shown = history || r.relation !== null || (r.status === "resolved" && r.resolution === "collaboration");
      if (!shown) continue;
    }
    const other = await flagSide(db, viewer, otherId);
    if (!other) continue;
    // The history names another company's program only while it takes part in matching, as the live check does.
    if (history && viewer.role === "officer" && !MATCHABLE_STATUSES.includes(other.status)) continue;
    out.push({
      id: r.id,
      kind: r.kind,
      relation: r.relation,
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
        /** A government side: csr or government, with its agency and funding (null for CSR). */
        source: other.source,
        agency: other.agency,
        funding: other.funding,
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

/** A pair's history of decisions and reopenings, oldest first (call only after the viewer was shown the flag). */
export async function flagDecisions(db: DbOrTx, flagId: string) {
  const rows = await db
    .select({
      id: overlapFlagDecisions.id,
      event: overlapFlagDecisions.event,
      resolution: overlapFlagDecisions.resolution,
      note: overlapFlagDecisions.note,
      details: overlapFlagDecisions.details,
      at: overlapFlagDecisions.at,
      actorName: users.name,
    })
    .from(overlapFlagDecisions)
    .leftJoin(users, eq(users.id, overlapFlagDecisions.actorId))
    .where(eq(overlapFlagDecisions.flagId, flagId))
    .orderBy(asc(overlapFlagDecisions.at), asc(overlapFlagDecisions.id));
  return rows.map((r) => ({ ...r, changedProgramIds: r.details?.changedProgramIds ?? [], clusterId: r.details?.clusterId ?? null, details: undefined }));
}
