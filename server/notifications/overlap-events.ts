import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { execute } from "@/db/client";
import { companies, governmentActivities, programs } from "@/db/schema";
import type { ClusterChange } from "@/server/overlaps/clusters.store";
import type { OpenedFlag } from "@/server/overlaps/flags.store";
import { asCsr } from "@/server/programs/csr";
import { notify } from "./notifications.service";
import { officersOf, reviewersOfPrograms } from "./recipients.queries";

interface ProgramBrief {
  id: string;
  title: string;
  companyId: string;
  companyName: string;
}

async function loadBriefs(db: DbOrTx, ids: string[]): Promise<Map<string, ProgramBrief>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: programs.id, title: programs.title, companyId: programs.companyId, companyName: companies.name })
    .from(programs)
    .innerJoin(companies, eq(companies.id, programs.companyId))
    .where(inArray(programs.id, [...new Set(ids)]));
  // Joined to the company: CSR programs only (a government side has no officers to tell).
  return new Map(rows.map((r) => [r.id, asCsr(r)]));
}

/** Government activities by id, with their agency (they have no company and no officers). */
async function loadGovernmentBriefs(db: DbOrTx, ids: string[]): Promise<Map<string, { id: string; title: string; agency: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: programs.id, title: programs.title, agency: governmentActivities.agency })
    .from(programs)
    .innerJoin(governmentActivities, eq(governmentActivities.programId, programs.id))
    .where(inArray(programs.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * Tells the reviewers of either program about a pair the detector newly raised. The review queue
 * shows a pair only to reviewers who see both programs, so they get the comparison; a reviewer
 * who sees one side only gets that program's page instead of a link that would answer not found.
 */
export async function notifyNewFlags(db: DbOrTx, raised: OpenedFlag[], clusters: ClusterChange[] = []): Promise<number> {
  // A repeat is history, not a conflict: it waits in the queue's own tab without a message.
  let opened = raised.filter((f): f is OpenedFlag & { kind: "duplicate" | "overlap" } => f.kind !== "repeat");
  // A pair inside a cluster is told about with its cluster, once per cluster (below), not one message per pair.
  const toldClusters = new Set(clusters.map((c) => c.id));
  if (opened.length > 0) {
    const clustered = (
      await execute<{ id: string; cluster_id: string }>(
        db,
        sql`SELECT id, cluster_id FROM overlap_flags WHERE cluster_id IS NOT NULL AND id IN (SELECT value::uuid FROM json_array_elements_text(${JSON.stringify(opened.map((f) => f.id))}::json))`,
      )
    ).rows;
    for (const r of clustered) toldClusters.add(r.cluster_id);
    const ids = new Set(clustered.map((r) => r.id));
    opened = opened.filter((f) => !ids.has(f.id));
  }
  let sent = toldClusters.size > 0 ? await notifyClusters(db, [...toldClusters]) : 0;
  if (opened.length === 0) return sent;
  const briefs = await loadBriefs(
    db,
    opened.flatMap((f) => [f.a, f.b]),
  );
  // One statement for the reviewers of every program involved (an import opens hundreds of flags at once).
  const byProgram = await reviewersOfPrograms(db, [...briefs.keys()]);
  const reviewersOf = (programId: string) => new Set(byProgram.get(programId) ?? []);
  const government = await loadGovernmentBriefs(
    db,
    opened.flatMap((f) => [f.a, f.b]).filter((id) => !briefs.has(id)),
  );
  for (const flag of opened) {
    const a = briefs.get(flag.a);
    const b = briefs.get(flag.b);
    // Beside a government activity: the CSR program's reviewers and company are told, never the agency.
    const gov = government.get(flag.a) ?? government.get(flag.b);
    const csr = a ?? b;
    if (gov && csr && !(a && b)) {
      const payload = { programTitle: csr.title, otherTitle: `${gov.agency}: ${gov.title}`, kind: flag.kind };
      sent += await notify(db, [...reviewersOf(csr.id)], { kind: "program_flagged", link: `/review/${flag.id}`, payload });
      sent += await notify(db, await officersOf(db, [csr.companyId]), { kind: "program_flagged", link: `/programs/${csr.id}`, payload });
      continue;
    }
    if (!a || !b) continue;
    const [ofA, ofB] = [reviewersOf(a.id), reviewersOf(b.id)];
    const both = [...ofA].filter((id) => ofB.has(id));
    const onlyA = [...ofA].filter((id) => !ofB.has(id));
    const onlyB = [...ofB].filter((id) => !ofA.has(id));
    sent += await notify(db, both, {
      kind: "program_flagged",
      link: `/review/${flag.id}`,
      payload: { programTitle: a.title, otherTitle: b.title, kind: flag.kind },
    });
    sent += await notify(db, onlyA, {
      kind: "program_flagged",
      link: `/programs/${a.id}`,
      payload: { programTitle: a.title, otherTitle: b.title, kind: flag.kind },
    });
    sent += await notify(db, onlyB, {
      kind: "program_flagged",
      link: `/programs/${b.id}`,
      payload: { programTitle: b.title, otherTitle: a.title, kind: flag.kind },
    });
  }
  return sent;
}

/**
 * One message per cluster that formed or took in a new program. Reviewers who see every member
 * get the cluster page; one who sees only some gets the page of the first member they see.
 */
async function notifyClusters(db: DbOrTx, ids: string[]): Promise<number> {
  const list = JSON.stringify(ids);
  const rows = (
    await execute<{ id: string; kind: "duplicate" | "overlap"; pair_count: number; program_id: string }>(
      db,
      sql`SELECT c.id, c.kind, c.pair_count, m.program_id FROM overlap_clusters c JOIN overlap_cluster_members m ON m.cluster_id = c.id
          WHERE c.status = 'open' AND c.id IN (SELECT value::uuid FROM json_array_elements_text(${list}::json)) ORDER BY c.id, m.program_id`,
    )
  ).rows;
  const clusters = new Map<string, { id: string; kind: "duplicate" | "overlap"; pairCount: number; members: string[] }>();
  for (const r of rows) {
    const c = clusters.get(r.id) ?? { id: r.id, kind: r.kind, pairCount: Number(r.pair_count), members: [] };
    c.members.push(r.program_id);
    clusters.set(r.id, c);
  }
  const briefs = await loadBriefs(
    db,
    rows.map((r) => r.program_id),
  );
  const byProgram = await reviewersOfPrograms(db, [...briefs.keys()]);
  let sent = 0;
  for (const c of clusters.values()) {
    const members = c.members.map((id) => briefs.get(id)).filter((b): b is ProgramBrief => !!b);
    if (members.length === 0) continue;
    const sets = members.map((m) => new Set(byProgram.get(m.id) ?? []));
    const everyone = new Set(sets.flatMap((s) => [...s]));
    const all = [...everyone].filter((r) => sets.every((s) => s.has(r)));
    const payload = (first: ProgramBrief) => ({
      programTitle: first.title,
      otherTitle: "",
      kind: c.kind,
      cluster: true,
      programs: members.length,
      pairs: c.pairCount,
    });
    sent += await notify(db, all, {
      kind: "program_flagged",
      link: `/review/clusters/${c.id}`,
      payload: payload(members[0] as ProgramBrief),
    });
    for (const r of everyone) {
      if (all.includes(r)) continue;
      const first = members.find((_, i) => sets[i]?.has(r)) as ProgramBrief;
      sent += await notify(db, [r], { kind: "program_flagged", link: `/programs/${first.id}`, payload: payload(first) });
    }
  }
  return sent;
}

/**
 * A reviewer turned a pair into a collaboration: the officers of each company hear of it, with
 * a link to their own program, whose page shows the partner's contact.
 */
export async function notifyCollaboration(db: DbOrTx, pair: [string, string], actorId: string): Promise<number> {
  const briefs = await loadBriefs(db, pair);
  const [a, b] = [briefs.get(pair[0]), briefs.get(pair[1])];
  if (!a || !b) return 0;
  let sent = 0;
  for (const [own, other] of [
    [a, b],
    [b, a],
  ] as const) {
    sent += await notify(
      db,
      await officersOf(db, [own.companyId]),
      {
        kind: "collaboration_proposed",
        link: `/programs/${own.id}`,
        payload: { programTitle: own.title, otherTitle: other.title, otherCompany: other.companyName },
      },
      actorId,
    );
  }
  return sent;
}

/**
 * A reviewer decided a whole cluster as a collaboration: the officers of each member's company
 * hear of it once, naming the other programs, with a link to their own program.
 */
export async function notifyClusterCollaboration(db: DbOrTx, members: string[], actorId: string): Promise<number> {
  const briefs = await loadBriefs(db, members);
  let sent = 0;
  for (const own of briefs.values()) {
    const others = [...briefs.values()].filter((b) => b.id !== own.id);
    sent += await notify(
      db,
      await officersOf(db, [own.companyId]),
      {
        kind: "collaboration_proposed",
        link: `/programs/${own.id}`,
        payload: {
          programTitle: own.title,
          otherTitle: others.map((o) => o.title).join("; "),
          otherCompany: [...new Set(others.map((o) => o.companyName))].join(", "),
        },
      },
      actorId,
    );
  }
  return sent;
}
