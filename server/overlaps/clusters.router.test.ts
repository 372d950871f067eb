import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray, sql } from "drizzle-orm";
import { auditLog, notifications, overlapClusterMembers, overlapClusters, overlapFlags, programs } from "@/db/schema";
import { runOverlapsCommand } from "@/server/cli/overlaps.command";
import { callerFor, createTestDatabase, runJobsUntilIdle } from "@/server/test/harness";
import { AREAS, programInput, seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { expectTrpcError } from "@/server/test/expect";
import { commonPlace } from "./clusters.store";
import { checkProgramsInBatches } from "./batch-check";
import { rescanAll } from "./overlaps.service";
import { ensureDefaultThesaurus } from "./thesaurus.service";

/** The officer's answer to any matches shown at the submit step (the answer itself: reviews/acknowledgements.router.test.ts). */
const SEEN = { kind: "seen" as const, note: "" };

// Clusters: 3 or more programs in one place joined by open duplicate/overlap flags are one item
// in the queue and are decided once; the pair flags stay underneath.

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
const as = (key: keyof Fixtures["users"]) => callerFor(h.db, fx.users[key]);

const FLOOD = (n: number, overrides: Record<string, unknown> = {}) =>
  programInput({
    title: [
      "Tanggap Darurat Banjir Kelurahan Rawa Makmur",
      "Bantuan Korban Banjir Rawa Makmur",
      "Posko dan Bantuan Darurat Banjir Kelurahan Rawa Makmur",
      "Bantuan Tanggap Darurat Korban Banjir Rawa Makmur",
    ][n],
    description: [
      "Tim relawan tanggap darurat banjir: evakuasi warga, dapur umum, dan paket sembako bagi korban banjir.",
      "Paket sembako, dapur umum dan evakuasi warga korban banjir bersama relawan tanggap darurat.",
      "Relawan membuka posko banjir, dapur umum, evakuasi warga dan pembagian sembako bagi korban banjir.",
      "Evakuasi dan dapur umum bagi warga korban banjir, serta paket sembako dari relawan tanggap darurat.",
    ][n],
    sector: "disaster",
    targetGroup: "disaster_victims",
    budgetIdr: 100_000_000,
    plannedBeneficiaries: 300,
    startDate: "2026-03-01",
    endDate: "2026-06-30",
    ...overrides,
  });

type CreateInput = Parameters<Awaited<ReturnType<typeof as>>["programs"]["create"]>[0];

async function submitAs(key: "officerA" | "officerB" | "officerC", input: CreateInput) {
  const c = await as(key);
  const created = await c.programs.create(input);
  const submitted = await c.programs.submit({ id: created.id, version: created.version, acknowledgement: SEEN });
  await runJobsUntilIdle(h.db);
  return submitted;
}

async function openClusters() {
  return h.db.select().from(overlapClusters).where(eq(overlapClusters.status, "open"));
}
async function membersOf(clusterId: string) {
  return (await h.db.select().from(overlapClusterMembers).where(eq(overlapClusterMembers.clusterId, clusterId)))
    .map((m) => m.programId)
    .sort();
}
async function pairsOf(clusterId: string) {
  return h.db.select().from(overlapFlags).where(eq(overlapFlags.clusterId, clusterId));
}
async function flaggedNotices(userId: string) {
  return h.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.recipientId, userId), eq(notifications.kind, "program_flagged")));
}

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
  await ensureDefaultThesaurus(h.db);
});
afterAll(() => h?.close());

describe("commonPlace", () => {
  it("takes the deepest area every program lies in or contains, and none for a chain across villages", () => {
    expect(commonPlace([["64.72.01.1001"], ["64.72.01.1001"], ["64.72.01"]])).toBe("64.72.01.1001");
    expect(commonPlace([["64.72.01.1001"], ["64.72.01.1002"], ["64.72.01"]])).toBe("64.72.01");
    expect(commonPlace([["64.72.01.1001"], ["64.72.01.1001", "64.72.01.1002"], ["64.72.01.1002"]])).toBeNull();
  });
});

describe(`overlap clusters (${process.env.TEST_DB_KIND})`, () => {
  const flood: { id: string }[] = [];
  let clusterId = "";
  const reviewerId = () => fx.users.reviewer.userId;

  it("three flood-relief programs in one village make one cluster of 3 programs and 3 pairs, told to reviewers once", async () => {
    flood.push(await submitAs("officerA", { ...FLOOD(0), ref: "A-BJR" }));
    flood.push(await submitAs("officerB", { ...FLOOD(1), ref: "B-BJR" }));
    // Two programs are a plain pair: no cluster yet, one message for the pair.
    expect(await openClusters()).toHaveLength(0);
    expect(await flaggedNotices(reviewerId())).toHaveLength(1);
    flood.push(await submitAs("officerC", { ...FLOOD(2), ref: "C-BJR" }));
    const clusters = await openClusters();
    expect(clusters).toHaveLength(1);
    clusterId = clusters[0]?.id ?? "";
    expect(clusters[0]?.areaCode).toBe(AREAS.samarindaWard);
    expect(clusters[0]?.pairCount).toBe(3);
    expect(await membersOf(clusterId)).toEqual(flood.map((f) => f.id).sort());
    const pairs = await pairsOf(clusterId);
    expect(pairs).toHaveLength(3);
    expect(pairs.every((p) => p.status === "open" && p.kind !== "repeat")).toBe(true);
    // The two new pairs came with the cluster: one message for the cluster, none per pair.
    const notices = await flaggedNotices(reviewerId());
    expect(notices).toHaveLength(2);
    const clusterNotice = notices.find((n) => (n.payload as { cluster?: boolean }).cluster);
    expect(clusterNotice?.link).toBe(`/review/clusters/${clusterId}`);
    expect((clusterNotice?.payload as { programs: number }).programs).toBe(3);
  });

  it("shows the cluster as one queue item while still counting pairs", async () => {
    const queue = await (await as("reviewer")).overlaps.queue({ tab: "conflicts" });
    expect(queue.total).toBe(3);
    expect(queue.itemTotal).toBe(1);
    expect(queue.items).toHaveLength(1);
    const item = queue.items[0];
    expect(item?.type).toBe("cluster");
    if (item?.type !== "cluster") throw new Error("expected a cluster");
    expect(item.pairCount).toBe(3);
    expect(item.members.map((m) => m.ref).sort()).toEqual(["A-BJR", "B-BJR", "C-BJR"]);
    const page = await (await as("reviewer")).overlaps.cluster({ id: clusterId });
    expect(page.members).toHaveLength(3);
    expect(page.members.every((m) => m.budgetIdr === 100_000_000 && m.areas.length === 1)).toBe(true);
    expect(page.pairs).toHaveLength(3);
    expect(page.canResolve).toBe(true);
    // Each pair's own page points to the cluster.
    const pair = await (await as("reviewer")).overlaps.byId({ id: page.pairs[0]?.id ?? "" });
    expect(pair.openCluster).toBe(clusterId);
  });

  it("shows no cluster to staff outside it, nor to officers and forum viewers", async () => {
    await expectTrpcError((await as("reviewerKutim")).overlaps.cluster({ id: clusterId }), "NOT_FOUND");
    expect((await (await as("reviewerKutim")).overlaps.queue({})).total).toBe(0);
    for (const key of ["officerA", "viewer"] as const) {
      await expectTrpcError((await as(key)).overlaps.cluster({ id: clusterId }), "FORBIDDEN");
      await expectTrpcError(
        (await as(key)).overlaps.resolveCluster({ id: clusterId, version: 1, resolution: "distinct", note: "berbeda sasaran" }),
        "FORBIDDEN",
      );
    }
    // An officer's own program page lists no cluster internals: open pairs stay hidden as before.
    const own = await (await as("officerA")).overlaps.forProgram({ programId: flood[0]?.id ?? "" });
    expect(own).toEqual([]);
  });

  it("writes the cluster id on each pair of `overlaps --json`", async () => {
    const out: string[] = [];
    await runOverlapsCommand(
      { io: { out: (l) => out.push(l), err: () => {} }, lang: "en", open: async () => ({ db: h.db, close: async () => {} }) },
      true,
    );
    const flags = JSON.parse(out.join("\n")) as { cluster: string | null; a: { ref: string } }[];
    expect(flags).toHaveLength(3);
    expect(flags.every((f) => f.cluster === clusterId)).toBe(true);
  });

  it("grows the cluster when a 4th program joins, keeping its id, with one message", async () => {
    const before = (await flaggedNotices(reviewerId())).length;
    flood.push(await submitAs("officerA", { ...FLOOD(3), ref: "A-BJR-2" }));
    const clusters = await openClusters();
    expect(clusters.map((c) => c.id)).toEqual([clusterId]);
    expect(await membersOf(clusterId)).toEqual(flood.map((f) => f.id).sort());
    const pairs = await pairsOf(clusterId);
    expect(pairs.length).toBeGreaterThanOrEqual(4);
    expect(clusters[0]?.pairCount).toBe(pairs.length);
    expect((await flaggedNotices(reviewerId())).length).toBe(before + 1);
  });

  it("keeps two programs elsewhere a plain pair, and a repeat out of every cluster", async () => {
    const pair = [
      await submitAs("officerA", {
        ...FLOOD(0),
        ref: "A-KKR",
        areaCodes: [AREAS.kukarVillage],
        title: "Tanggap Darurat Banjir Desa Embalut",
      }),
      await submitAs("officerB", {
        ...FLOOD(1),
        ref: "B-KKR",
        areaCodes: [AREAS.kukarVillage],
        title: "Bantuan Korban Banjir Desa Embalut",
      }),
    ];
    const [flag] = await h.db
      .select()
      .from(overlapFlags)
      .where(
        and(
          inArray(
            overlapFlags.programAId,
            pair.map((p) => p.id),
          ),
          inArray(
            overlapFlags.programBId,
            pair.map((p) => p.id),
          ),
        ),
      );
    expect(flag?.status).toBe("open");
    expect(flag?.clusterId).toBeNull();
    // The same aid in the same village two years earlier: a repeat of each, never a member.
    const earlier = await submitAs("officerB", { ...FLOOD(2), ref: "B-BJR-24", startDate: "2024-03-01", endDate: "2024-06-30" });
    const repeats = await h.db
      .select()
      .from(overlapFlags)
      .where(
        and(
          eq(overlapFlags.kind, "repeat"),
          sql`(${overlapFlags.programAId} = ${earlier.id} OR ${overlapFlags.programBId} = ${earlier.id})`,
        ),
      );
    expect(repeats.length).toBeGreaterThan(0);
    expect(repeats.every((r) => r.clusterId === null)).toBe(true);
    expect(await membersOf(clusterId)).not.toContain(earlier.id);
    const queue = await (await as("reviewer")).overlaps.queue({ tab: "conflicts" });
    expect(queue.items.map((i) => i.type).sort()).toEqual(["cluster", "pair"]);
  });

  it("keeps the cluster and its id through a full rescan", async () => {
    await rescanAll(h.db);
    expect((await openClusters()).map((c) => c.id)).toEqual([clusterId]);
    expect(await membersOf(clusterId)).toEqual(flood.map((f) => f.id).sort());
  });

  it("decides the cluster once: every pair resolved in one go, each with its own record", async () => {
    const reviewer = await as("reviewer");
    const page = await reviewer.overlaps.cluster({ id: clusterId });
    await expectTrpcError(
      reviewer.overlaps.resolveCluster({ id: clusterId, version: page.version, resolution: "distinct", note: "" }),
      "BAD_REQUEST",
    );
    await expectTrpcError(
      reviewer.overlaps.resolveCluster({ id: clusterId, version: page.version + 7, resolution: "collaboration" }),
      "CONFLICT",
    );
    const out = await reviewer.overlaps.resolveCluster({
      id: clusterId,
      version: page.version,
      resolution: "collaboration",
      note: "Empat tim banjir berbagi posko",
    });
    expect(out.resolvedPairs).toBe(page.pairs.length);
    const pairs = await pairsOf(clusterId);
    expect(pairs.every((p) => p.status === "resolved" && p.resolution === "collaboration" && p.resolvedBy === reviewerId())).toBe(true);
    expect(pairs.every((p) => p.resolutionNote === "Empat tim banjir berbagi posko")).toBe(true);
    const [c] = await h.db.select().from(overlapClusters).where(eq(overlapClusters.id, clusterId));
    expect(c?.status).toBe("resolved");
    const queue = await reviewer.overlaps.queue({ tab: "conflicts" });
    expect(queue.items.map((i) => i.type)).toEqual(["pair"]);
    const resolved = await reviewer.overlaps.queue({ tab: "conflicts", status: "resolved" });
    expect(resolved.items.map((i) => i.type)).toEqual(["cluster"]);
    const [audit] = await h.db.select().from(auditLog).where(eq(auditLog.action, "overlap.resolve_cluster"));
    expect(audit?.targetId).toBe(clusterId);
    await expectTrpcError(
      reviewer.overlaps.resolveCluster({ id: clusterId, version: c?.version ?? 0, resolution: "collaboration" }),
      "CONFLICT",
    );
    // Each company's officers hear of the collaboration once per program, not once per pair.
    const collab = await h.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.recipientId, fx.users.officerC.userId), eq(notifications.kind, "collaboration_proposed")));
    expect(collab).toHaveLength(1);
  });

  it("decides a cluster as duplicates of one kept program: the others are withdrawn", async () => {
    const v = AREAS.kutimVillage;
    const ids = [
      await submitAs("officerA", { ...FLOOD(0), ref: "A-KUT", areaCodes: [v], title: "Tanggap Darurat Banjir Desa Kaliorang" }),
      await submitAs("officerB", { ...FLOOD(1), ref: "B-KUT", areaCodes: [v], title: "Bantuan Korban Banjir Kaliorang" }),
      await submitAs("officerC", { ...FLOOD(2), ref: "C-KUT", areaCodes: [v], title: "Posko Bantuan Darurat Banjir Desa Kaliorang" }),
    ].map((p) => p.id);
    const [c] = (await openClusters()).filter((x) => x.areaCode === v);
    expect(c).toBeDefined();
    const reviewer = await as("reviewerKutim");
    await expectTrpcError(
      reviewer.overlaps.resolveCluster({ id: c?.id ?? "", version: c?.version ?? 1, resolution: "duplicate", keepProgramId: flood[0]?.id }),
      "BAD_REQUEST",
    );
    const out = await reviewer.overlaps.resolveCluster({
      id: c?.id ?? "",
      version: c?.version ?? 1,
      resolution: "duplicate",
      keepProgramId: ids[1],
    });
    expect(out.withdrawn.sort()).toEqual([ids[0], ids[2]].sort());
    const statuses = await h.db
      .select({ id: programs.id, status: programs.status })
      .from(programs)
      .where(inArray(programs.id, ids as string[]));
    expect(Object.fromEntries(statuses.map((s) => [s.id, s.status]))).toEqual({
      [ids[0] as string]: "withdrawn",
      [ids[1] as string]: "submitted",
      [ids[2] as string]: "withdrawn",
    });
    const pairs = await pairsOf(c?.id ?? "");
    expect(pairs).toHaveLength(3);
    expect(pairs.every((p) => p.status === "resolved" && p.resolution === "duplicate" && p.withdrawnProgramId !== ids[1])).toBe(true);
  });

  it("turns a pair into a cluster when a third program joins it, and dissolves it when one is withdrawn", async () => {
    const v = AREAS.kukarVillage;
    const before = (await flaggedNotices(reviewerId())).length;
    const third = await submitAs("officerC", {
      ...FLOOD(2),
      ref: "C-KKR",
      areaCodes: [v],
      title: "Posko Bantuan Darurat Banjir Desa Embalut",
    });
    const [c] = (await openClusters()).filter((x) => x.areaCode === v);
    expect(c?.pairCount).toBe(3);
    expect((await flaggedNotices(reviewerId())).length).toBe(before + 1);
    const officer = await as("officerC");
    await officer.reviews.transition({ id: third.id, version: third.version, action: "withdraw", note: "Digabung dengan posko desa" });
    await runJobsUntilIdle(h.db);
    const [after] = await h.db
      .select()
      .from(overlapClusters)
      .where(eq(overlapClusters.id, c?.id ?? ""));
    expect(after?.status).toBe("dissolved");
    const left = await h.db
      .select()
      .from(overlapFlags)
      .where(
        and(eq(overlapFlags.status, "open"), inArray(overlapFlags.kind, ["duplicate", "overlap"]), sql`${overlapFlags.clusterId} IS NULL`),
      );
    expect(left.some((f) => f.programAId !== third.id && f.programBId !== third.id)).toBe(true);
    expect(
      await h.db
        .select()
        .from(overlapFlags)
        .where(eq(overlapFlags.clusterId, c?.id ?? "")),
    ).toHaveLength(0);
    const queue = await (await as("reviewer")).overlaps.queue({ tab: "conflicts" });
    expect(queue.items.every((i) => i.type === "pair")).toBe(true);
  });

  it("forms a cluster in a batch check (as after an import), with one message", async () => {
    const before = (await flaggedNotices(reviewerId())).length;
    const ids: string[] = [];
    for (const [i, key] of (["officerA", "officerB", "officerC"] as const).entries()) {
      const c = await as(key);
      const created = await c.programs.create({ ...FLOOD(i), ref: `${key}-IMP`, startDate: "2027-03-01", endDate: "2027-06-30" });
      ids.push(created.id);
    }
    // Saved straight as submitted, as an import of submitted programs does; then checked in one batch.
    await h.db.update(programs).set({ status: "submitted" }).where(inArray(programs.id, ids));
    await checkProgramsInBatches(h.db, ids);
    const formed = (await openClusters()).filter((c) => c.pairCount === 3);
    expect(formed).toHaveLength(1);
    expect(await membersOf(formed[0]?.id ?? "")).toEqual([...ids].sort());
    const notices = await flaggedNotices(reviewerId());
    expect(notices.length - before).toBe(1);
    expect(notices.filter((n) => n.link === `/review/clusters/${formed[0]?.id}`)).toHaveLength(1);
  });
});
