import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, or, sql } from "drizzle-orm";
import { auditLog, overlapFlags } from "@/db/schema";
import { callerFor, createTestDatabase, runJobsUntilIdle } from "@/server/test/harness";
import { programInput, seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { jobsOf, makeRetriesDue } from "@/server/test/jobs";
import { ensureDefaultThesaurus } from "@/server/overlaps/thesaurus.service";
import { enqueue } from "./enqueue";
import { createQueueBoss } from "./runner";

/** The officer's answer to any matches shown at the submit step (the answer itself: reviews/acknowledgements.router.test.ts). */
const SEEN = { kind: "seen" as const, note: "" };

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
const as = (key: keyof Fixtures["users"]) => callerFor(h.db, fx.users[key]);

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
  await ensureDefaultThesaurus(h.db);
});
afterAll(() => h?.close());

const PMT = {
  title: "Pemberian Makanan Tambahan bagi Balita Stunting Kelurahan Rawa Makmur",
  description: "PMT lokal 90 hari bagi balita gizi kurang bersama Posyandu dan Puskesmas Palaran.",
  targetGroup: "children",
  plannedBeneficiaries: 120,
};

async function submitAs(key: "officerA" | "officerB", ref: string, title = PMT.title) {
  const c = await as(key);
  const created = await c.programs.create(programInput({ ...PMT, ref, title }));
  return c.programs.submit({ id: created.id, version: created.version, acknowledgement: SEEN });
}

async function openFlagsOf(programId: string) {
  const [row] = await h.db
    .select({ n: sql<number>`count(*)::int` })
    .from(overlapFlags)
    .where(and(eq(overlapFlags.status, "open"), or(eq(overlapFlags.programAId, programId), eq(overlapFlags.programBId, programId))));
  return row?.n ?? 0;
}

describe(`the job queue (${process.env.TEST_DB_KIND})`, () => {
  it("puts a job on the queue with the transaction that needs it, and not when it rolls back", async () => {
    const before = (await jobsOf(h.db, "overlaps.check")).length;
    await expect(
      h.db.transaction(async (tx) => {
        await enqueue(tx, "overlaps.check", { programId: "00000000-0000-4000-8000-000000000001" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await jobsOf(h.db, "overlaps.check")).toHaveLength(before);
    await h.db.transaction((tx) => enqueue(tx, "overlaps.check", { programId: "00000000-0000-4000-8000-000000000002" }));
    const after = await jobsOf(h.db, "overlaps.check");
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toMatchObject({ state: "created", data: { programId: "00000000-0000-4000-8000-000000000002" } });
    await runJobsUntilIdle(h.db);
  });

  it("never lets a worker's poll see a job before its transaction commits", async () => {
    const boss = createQueueBoss(h.db);
    let committed = false;
    const polls: Promise<{ ids: string[]; committed: boolean }>[] = [];
    await h.db.transaction(async (tx) => {
      await enqueue(tx, "overlaps.check", { programId: "00000000-0000-4000-8000-000000000003" });
      // On PGlite the poll waits for the one connection; on PostgreSQL it cannot see the row yet.
      polls.push(boss.fetch("overlaps.check").then((jobs) => ({ ids: jobs.map((j) => j.id), committed })));
      await new Promise((r) => setTimeout(r, 200));
      committed = true;
    });
    const [seen] = await Promise.all(polls);
    expect(seen?.ids.length === 0 || seen?.committed).toBe(true);
    if (seen?.ids.length) await boss.complete("overlaps.check", seen.ids);
    await runJobsUntilIdle(h.db);
    expect((await jobsOf(h.db, "overlaps.check")).filter((j) => j.state !== "completed")).toEqual([]);
  });

  it("checks a submitted program for overlaps as a job, and retries a check that failed", async () => {
    const first = await submitAs("officerA", "Q-A-1");
    await runJobsUntilIdle(h.db);
    const second = await submitAs("officerB", "Q-B-1", "PMT Balita Gizi Kurang Kel. Rawa Makmur");
    expect(await openFlagsOf(second.id)).toBe(0);
    const queued = (await jobsOf(h.db, "overlaps.check")).filter((j) => j.data.programId === second.id);
    expect(queued.map((j) => j.state)).toEqual(["created"]);

    let attempts = 0;
    const failing = async () => {
      attempts++;
      throw new Error("database went away");
    };
    await runJobsUntilIdle(h.db, { handlers: { "overlaps.check": failing } });
    expect(attempts).toBe(1);
    const [retrying] = (await jobsOf(h.db, "overlaps.check")).filter((j) => j.data.programId === second.id);
    expect(retrying).toMatchObject({ state: "retry" });
    expect(await openFlagsOf(second.id)).toBe(0);

    await makeRetriesDue(h.db);
    await runJobsUntilIdle(h.db);
    const [done] = (await jobsOf(h.db, "overlaps.check")).filter((j) => j.data.programId === second.id);
    expect(done).toMatchObject({ state: "completed", retryCount: 1 });
    expect(await openFlagsOf(second.id)).toBe(1);
    expect(await openFlagsOf(first.id)).toBe(1);
  });

  it("keeps one rescan waiting at most, runs it, and records it in the audit log", async () => {
    const admin = await as("admin");
    const before = (await jobsOf(h.db, "overlaps.rescan")).length;
    expect(await admin.overlaps.rescan()).toEqual({ started: true });
    expect(await admin.overlaps.rescan()).toEqual({ started: true });
    const waiting = (await jobsOf(h.db, "overlaps.rescan")).slice(before);
    expect(waiting.map((j) => j.state)).toEqual(["created"]);
    await runJobsUntilIdle(h.db);
    expect((await jobsOf(h.db, "overlaps.rescan")).slice(before).map((j) => j.state)).toEqual(["completed"]);
    const audits = await h.db.select().from(auditLog).where(eq(auditLog.action, "overlap.rescan"));
    expect(audits).toHaveLength(1);
    expect(audits[0]?.actorId).toBe(fx.users.admin.userId);
  });
});
