import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { execute } from "@/db/client";

/** The fewest programs that make a cluster; two programs stay a plain pair. */
export const CLUSTER_MIN = 3;

interface Edge {
  id: string;
  a: string;
  b: string;
  kind: "duplicate" | "overlap";
  score: number;
  cluster_id: string | null;
  /** Whether cluster_id names an open cluster (a reopened pair may still name a decided one). */
  cluster_open: boolean | null;
}

/** A cluster that formed or took in new programs: what reviewers are told about. */
export interface ClusterChange {
  id: string;
  members: string[];
  pairCount: number;
  kind: "duplicate" | "overlap";
  /** true when the cluster is new, false when an open one grew. */
  formed: boolean;
}

const uuidList = (ids: Iterable<string>) => sql`(SELECT value::uuid FROM json_array_elements_text(${JSON.stringify([...ids])}::json))`;

/** `inner` lies in `outer` (or is it): area codes nest by their dotted prefix (64 › 64.72 › 64.72.01 › 64.72.01.1001). */
const within = (inner: string, outer: string) => inner === outer || inner.startsWith(outer + ".");

/**
 * The place a group of programs shares: the deepest area named by one of them such that every
 * program has an area inside it or containing it. Null when there is none (a chain of programs
 * across different villages is not "one place").
 */
export function commonPlace(areasOf: string[][]): string | null {
  const candidates = [...new Set(areasOf.flat())].sort((x, y) => y.split(".").length - x.split(".").length || x.localeCompare(y));
  for (const c of candidates) {
    if (areasOf.every((areas) => areas.some((a) => within(a, c) || within(c, a)))) return c;
  }
  return null;
}

const clusterOpen = sql`(SELECT c.status = 'open' FROM overlap_clusters c WHERE c.id = f.cluster_id) AS cluster_open`;

async function openEdgesTouching(tx: DbOrTx, programIds: Set<string>): Promise<Edge[]> {
  if (programIds.size === 0) return [];
  const ids = uuidList(programIds);
  return (
    await execute<Edge>(
      tx,
      sql`SELECT f.id, f.program_a_id AS a, f.program_b_id AS b, f.kind, f.score, f.cluster_id, ${clusterOpen} FROM overlap_flags f
          WHERE f.status = 'open' AND f.kind IN ('duplicate', 'overlap') AND f.relation IS NULL AND (f.program_a_id IN ${ids} OR f.program_b_id IN ${ids})`,
    )
  ).rows;
}

/**
 * Brings clusters up to date after flags changed (created, reopened, resolved, obsolete), in
 * the caller's transaction. `seeds` are the programs whose flags changed ("all" after a full
 * rescan). A cluster is a connected component of open duplicate/overlap flags with 3 or more
 * programs that share one place; repeats never join. An open cluster keeps its id while it
 * changes (the component holding most of its pairs keeps it); one that no longer qualifies is
 * dissolved and its pairs go back to the queue as pairs.
 */
export async function recomputeClusters(tx: DbOrTx, seeds: Iterable<string> | "all"): Promise<ClusterChange[]> {
  let edges: Edge[];
  let touchedClusters: Set<string>;
  if (seeds === "all") {
    edges = (
      await execute<Edge>(
        tx,
        sql`SELECT f.id, f.program_a_id AS a, f.program_b_id AS b, f.kind, f.score, f.cluster_id, ${clusterOpen} FROM overlap_flags f WHERE f.status = 'open' AND f.kind IN ('duplicate', 'overlap') AND f.relation IS NULL`,
      )
    ).rows;
    touchedClusters = new Set(
      (await execute<{ id: string }>(tx, sql`SELECT id FROM overlap_clusters WHERE status = 'open'`)).rows.map((r) => r.id),
    );
  } else {
    const start = new Set(seeds);
    if (start.size === 0) return [];
    // The open clusters the seeds were in: all their programs are looked at again (a cluster may split or shrink).
    const before = (
      await execute<{ cluster_id: string; program_id: string }>(
        tx,
        sql`SELECT m.cluster_id, m.program_id FROM overlap_cluster_members m JOIN overlap_clusters c ON c.id = m.cluster_id
            WHERE c.status = 'open' AND m.cluster_id IN (SELECT cluster_id FROM overlap_cluster_members WHERE program_id IN ${uuidList(start)})`,
      )
    ).rows;
    touchedClusters = new Set(before.map((r) => r.cluster_id));
    const reached = new Set([...start, ...before.map((r) => r.program_id)]);
    const byId = new Map<string, Edge>();
    // Walk the open flags out from the seeds until no new program is reached.
    let frontier = new Set(reached);
    while (frontier.size > 0) {
      const next = new Set<string>();
      for (const e of await openEdgesTouching(tx, frontier)) {
        byId.set(e.id, e);
        for (const p of [e.a, e.b]) {
          if (reached.has(p)) continue;
          reached.add(p);
          next.add(p);
        }
      }
      frontier = next;
    }
    edges = [...byId.values()];
    for (const e of edges) if (e.cluster_id && e.cluster_open) touchedClusters.add(e.cluster_id);
  }

  // Connected components (union-find over the open flags).
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) ?? r;
    parent.set(x, r);
    return r;
  };
  for (const e of edges) {
    for (const p of [e.a, e.b]) if (!parent.has(p)) parent.set(p, p);
    const [ra, rb] = [find(e.a), find(e.b)];
    if (ra !== rb) parent.set(ra, rb);
  }
  const comps = new Map<string, { programs: Set<string>; edges: Edge[] }>();
  for (const e of edges) {
    const r = find(e.a);
    let c = comps.get(r);
    if (!c) comps.set(r, (c = { programs: new Set(), edges: [] }));
    c.programs.add(e.a).add(e.b);
    c.edges.push(e);
  }
  const big = [...comps.values()].filter((c) => c.programs.size >= CLUSTER_MIN);
  const areaRows = big.length
    ? (
        await execute<{ program_id: string; area_code: string }>(
          tx,
          sql`SELECT program_id, area_code FROM program_areas WHERE program_id IN ${uuidList(big.flatMap((c) => [...c.programs]))}`,
        )
      ).rows
    : [];
  const areas = new Map<string, string[]>();
  for (const r of areaRows) areas.set(r.program_id, [...(areas.get(r.program_id) ?? []), r.area_code]);

  const oldMembers = new Map<string, Set<string>>();
  if (touchedClusters.size > 0) {
    for (const r of (
      await execute<{ cluster_id: string; program_id: string }>(
        tx,
        sql`SELECT cluster_id, program_id FROM overlap_cluster_members WHERE cluster_id IN ${uuidList(touchedClusters)}`,
      )
    ).rows) {
      oldMembers.set(r.cluster_id, (oldMembers.get(r.cluster_id) ?? new Set()).add(r.program_id));
    }
  }

  // Each qualifying component, largest first, keeps the open cluster that held most of its pairs.
  const qualifying = big
    .map((c) => ({ ...c, place: commonPlace([...c.programs].map((p) => areas.get(p) ?? [])) }))
    .filter((c): c is typeof c & { place: string } => c.place !== null)
    .sort((x, y) => y.edges.length - x.edges.length);
  const kept = new Set<string>();
  const changes: ClusterChange[] = [];
  const assign: { id: string; cluster: string | null }[] = [];
  for (const c of qualifying) {
    const votes = new Map<string, number>();
    for (const e of c.edges)
      if (e.cluster_id && e.cluster_open && touchedClusters.has(e.cluster_id) && !kept.has(e.cluster_id))
        votes.set(e.cluster_id, (votes.get(e.cluster_id) ?? 0) + 1);
    let id = [...votes.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]?.[0];
    const strongest = c.edges.reduce((m, e) => (e.score > m.score ? e : m));
    const members = [...c.programs].sort();
    if (id) {
      const old = oldMembers.get(id) ?? new Set();
      const grew = members.some((p) => !old.has(p));
      const changed = grew || old.size !== members.length;
      await execute(
        tx,
        sql`UPDATE overlap_clusters SET area_code = ${c.place}, kind = ${strongest.kind}::overlap_kind, score = ${strongest.score},
              pair_count = ${c.edges.length}, updated_at = now(), version = version + ${changed ? 1 : 0} WHERE id = ${id}::uuid`,
      );
      if (changed) {
        await execute(tx, sql`DELETE FROM overlap_cluster_members WHERE cluster_id = ${id}::uuid`);
        await execute(
          tx,
          sql`INSERT INTO overlap_cluster_members (cluster_id, program_id) SELECT ${id}::uuid, value::uuid FROM json_array_elements_text(${JSON.stringify(members)}::json)`,
        );
      }
      if (grew) changes.push({ id, members, pairCount: c.edges.length, kind: strongest.kind, formed: false });
    } else {
      const [row] = (
        await execute<{ id: string }>(
          tx,
          sql`INSERT INTO overlap_clusters (area_code, kind, score, pair_count) VALUES (${c.place}, ${strongest.kind}::overlap_kind, ${strongest.score}, ${c.edges.length}) RETURNING id`,
        )
      ).rows;
      id = (row as { id: string }).id;
      await execute(
        tx,
        sql`INSERT INTO overlap_cluster_members (cluster_id, program_id) SELECT ${id}::uuid, value::uuid FROM json_array_elements_text(${JSON.stringify(members)}::json)`,
      );
      changes.push({ id, members, pairCount: c.edges.length, kind: strongest.kind, formed: true });
    }
    kept.add(id);
    for (const e of c.edges) if (e.cluster_id !== id) assign.push({ id: e.id, cluster: id });
  }
  // Open pairs outside every qualifying component leave their cluster; clusters no component kept dissolve.
  const inCluster = new Set(qualifying.flatMap((c) => c.edges.map((e) => e.id)));
  for (const e of edges) if (e.cluster_id && !inCluster.has(e.id)) assign.push({ id: e.id, cluster: null });
  for (let i = 0; i < assign.length; i += 5000) {
    await execute(
      tx,
      sql`UPDATE overlap_flags f SET cluster_id = x.cluster::uuid
          FROM json_to_recordset(${JSON.stringify(assign.slice(i, i + 5000))}::json) AS x(id text, cluster text) WHERE f.id = x.id::uuid`,
    );
  }
  const dissolved = [...touchedClusters].filter((id) => !kept.has(id));
  if (dissolved.length > 0) {
    await execute(
      tx,
      sql`UPDATE overlap_clusters SET status = 'dissolved', updated_at = now(), version = version + 1 WHERE id IN ${uuidList(dissolved)} AND status = 'open'`,
    );
    // Open pairs still pointing at a dissolved cluster (none should, but a full rescan may have missed them) are freed.
    await execute(tx, sql`UPDATE overlap_flags SET cluster_id = NULL WHERE status = 'open' AND cluster_id IN ${uuidList(dissolved)}`);
  }
  return changes;
}
