import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { execute } from "@/db/client";
import { auditLog, jobWorkers } from "@/db/schema";
import { createTestDatabase } from "@/server/test/harness";
import { seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { jobsOf } from "@/server/test/jobs";
import { enqueue } from "./enqueue";
import { isWorkerInApp } from "./in-app";
import { createQueueBoss } from "./runner";
import { startWorker } from "./worker";
import { setHomeProvince } from "@/server/settings/settings.queries";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
});
afterAll(() => h?.close());

async function until(check: () => Promise<boolean>, ms = 20_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe(`the worker (${process.env.TEST_DB_KIND})`, () => {
  it("registers itself, sets the schedules, runs queued jobs, and leaves when stopped", async () => {
    const lines: string[] = [];
    const worker = await startWorker(h.db, { pollSeconds: 0.2, log: (l) => lines.push(l) });
    expect(await h.db.select({ id: jobWorkers.id }).from(jobWorkers)).toEqual([{ id: worker.id }]);
    const schedules = await execute<{ name: string; timezone: string }>(h.db, sql`SELECT name, timezone FROM pgboss.schedule ORDER BY name`);
    // In the home province's zone: Kalimantan Timur, WITA.
    expect(schedules.rows.map((r) => [r.name, r.timezone])).toEqual([
      ["maintenance.retention", "Asia/Makassar"],
      ["reviews.remind", "Asia/Makassar"],
    ]);

    await enqueue(h.db, "overlaps.rescan", { actorId: fx.users.admin.userId, ip: null });
    await until(async () => (await jobsOf(h.db, "overlaps.rescan")).some((j) => j.state === "completed"));
    expect(await h.db.select().from(auditLog).where(eq(auditLog.action, "overlap.rescan"))).toHaveLength(1);

    await worker.stop();
    expect(await h.db.select().from(jobWorkers)).toEqual([]);
    expect(lines.some((l) => l.includes("started"))).toBe(true);
  });

  it("schedules in the zone of the home province it finds at start (WIT for Papua)", async () => {
    await setHomeProvince(h.db, "94");
    try {
      const worker = await startWorker(h.db, { pollSeconds: 0.2, log: () => {} });
      await worker.stop();
      const schedules = await execute<{ timezone: string }>(h.db, sql`SELECT DISTINCT timezone FROM pgboss.schedule`);
      expect(schedules.rows.map((r) => r.timezone)).toEqual(["Asia/Jayapura"]);
    } finally {
      await setHomeProvince(h.db, "64");
    }
  });

  it("runs pg-boss's upkeep (multi-statement scripts under its lock) through the app's handle", async () => {
    const boss = createQueueBoss(h.db);
    await execute(h.db, sql`UPDATE pgboss.job SET completed_on = now() - interval '2 days' WHERE state = 'completed'`);
    const before = await jobsOf(h.db, "overlaps.rescan");
    expect(before.map((j) => j.state)).toEqual(["completed"]);
    await boss.maintain();
    // Completed jobs move to the archive after 12 hours by default.
    expect(await jobsOf(h.db, "overlaps.rescan")).toEqual([]);
    const archived = await execute<{ n: number }>(h.db, sql`SELECT count(*)::int AS n FROM pgboss.archive WHERE name = 'overlaps.rescan'`);
    expect(archived.rows[0]?.n).toBe(1);
  });

  it("runs inside the app on PGlite, and on PostgreSQL only when WORKER_IN_APP says so", () => {
    expect(isWorkerInApp("pglite", {})).toBe(true);
    expect(isWorkerInApp("postgres", {})).toBe(false);
    expect(isWorkerInApp("postgres", { WORKER_IN_APP: "1" })).toBe(true);
    expect(isWorkerInApp("pglite", { WORKER_IN_APP: "0" })).toBe(false);
  });
});
