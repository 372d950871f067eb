import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { execute } from "@/db/client";
import { importJobs, jobClaims, jobWorkers, programs } from "@/db/schema";
import { csvUpload as csv, pmtRow as row } from "@/server/imports/import.fixtures";
import { runImportJob } from "@/server/imports/import-job";
import { callerFor, createTestDatabase, runJobsUntilIdle } from "@/server/test/harness";
import { seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { jobsOf, makeRetriesDue } from "@/server/test/jobs";
import { createQueueBoss } from "./runner";
import { sweepOrphanedJobs } from "./sweeper";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
});
afterAll(() => h?.close());

async function startImport(...refs: string[]) {
  const officer = await callerFor(h.db, fx.users.officerA);
  const started = await officer.imports.start(csv(...refs.map((r) => row(r))));
  if (started.status !== "started") throw new Error("import not started");
  return started.jobId;
}

/** What a worker killed mid-job leaves: the job active, claimed by a worker whose heartbeat stopped a minute ago. */
async function takeAsDeadWorker(importJobId: string) {
  const boss = createQueueBoss(h.db);
  const [job] = await boss.fetch("import.run");
  if (!job) throw new Error("no import job to take");
  const workerId = randomUUID();
  await h.db.insert(jobWorkers).values({ id: workerId, label: "killed:1", seenAt: sql`now() - interval '1 minute'` });
  await h.db.insert(jobClaims).values({ jobId: job.id, queue: "import.run", workerId });
  await execute(h.db, sql`UPDATE pgboss.job SET started_on = now() - interval '1 minute' WHERE id = ${job.id}`);
  await h.db.update(importJobs).set({ status: "running", workerId }).where(eq(importJobs.id, importJobId));
  return { boss, jobId: job.id, workerId };
}

const importOf = async (id: string) => (await h.db.select().from(importJobs).where(eq(importJobs.id, id)))[0];
const countRefs = async (prefix: string) =>
  (
    await h.db
      .select({ n: sql<number>`count(*)::int` })
      .from(programs)
      .where(sql`${programs.ref} LIKE ${prefix + "%"}`)
  )[0]?.n;

describe(`a worker that is gone (${process.env.TEST_DB_KIND})`, () => {
  it("leaves a live worker's job alone, and hands a dead worker's import back to the queue, which then imports it once", async () => {
    const importJobId = await startImport("DEAD-1", "DEAD-2", "DEAD-3");
    const { boss, jobId } = await takeAsDeadWorker(importJobId);
    const live = randomUUID();
    await h.db.insert(jobWorkers).values({ id: live, label: "alive:2" });
    await h.db.update(jobClaims).set({ workerId: live }).where(eq(jobClaims.jobId, jobId));
    expect(await sweepOrphanedJobs(h.db, boss, 5)).toEqual([]);

    await h.db.delete(jobWorkers).where(eq(jobWorkers.id, live));
    expect(await sweepOrphanedJobs(h.db, boss, 5)).toEqual([{ id: jobId, name: "import.run", state: "retry" }]);
    expect(await importOf(importJobId)).toMatchObject({ status: "queued", error: null });
    expect(await h.db.select().from(jobClaims).where(eq(jobClaims.jobId, jobId))).toEqual([]);

    await makeRetriesDue(h.db);
    await runJobsUntilIdle(h.db);
    expect(await importOf(importJobId)).toMatchObject({ status: "done", imported: 3, processed: 3, plan: null });
    expect(await countRefs("DEAD-")).toBe(3);
    expect((await jobsOf(h.db, "import.run")).filter((j) => j.state === "active")).toEqual([]);
  });

  it("fails an import cleanly, with nothing saved, when its retries are used up", async () => {
    const importJobId = await startImport("GONE-1", "GONE-2");
    const { boss, jobId, workerId } = await takeAsDeadWorker(importJobId);
    await execute(h.db, sql`UPDATE pgboss.job SET retry_limit = retry_count WHERE id = ${jobId}`);
    // The worker itself never sweeps its own job, whatever its heartbeat says.
    expect(await sweepOrphanedJobs(h.db, boss, 5, workerId)).toEqual([]);
    expect(await sweepOrphanedJobs(h.db, boss, 5)).toEqual([{ id: jobId, name: "import.run", state: "failed" }]);
    expect(await importOf(importJobId)).toMatchObject({ status: "failed", error: "errors.importInterrupted", imported: 0 });
    expect((await importOf(importJobId))?.finishedAt).not.toBeNull();
    expect(await countRefs("GONE-")).toBe(0);
    // The page polls the job through the router and shows the outcome.
    const officer = await callerFor(h.db, fx.users.officerA);
    expect(await officer.imports.status({ id: importJobId })).toMatchObject({ status: "failed", error: "errors.importInterrupted" });
  });

  it("resumes an import killed after its rows were saved by checking only, adding no program twice", async () => {
    const importJobId = await startImport("HALF-1", "HALF-2");
    await runJobsUntilIdle(h.db);
    expect(await countRefs("HALF-")).toBe(2);
    // As if the worker died during the checks: saved, half checked, running.
    await h.db.update(importJobs).set({ status: "running", processed: 1, finishedAt: null }).where(eq(importJobs.id, importJobId));
    await runImportJob(h.db, importJobId, randomUUID());
    expect(await importOf(importJobId)).toMatchObject({ status: "done", imported: 2, processed: 2 });
    expect(await countRefs("HALF-")).toBe(2);
  });
});
