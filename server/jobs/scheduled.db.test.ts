import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray, sql } from "drizzle-orm";
import { importJobs, importPreviewRows, jobWorkers, loginThrottle, notifications, programs } from "@/db/schema";
import { remindReviewersOfWaitingPrograms } from "@/server/notifications/reminders.service";
import { createTestDatabase, runJobsUntilIdle } from "@/server/test/harness";
import { AREAS, insertProgram, seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { jobsOf } from "@/server/test/jobs";
import { enqueue } from "./enqueue";
import { deleteExpiredRows } from "./handlers/retention";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
});
afterAll(() => h?.close());

const daysAgo = (d: number) => sql`now() - make_interval(days => ${d})`;

async function importJob(filename: string, status: "done" | "failed" | "running", finishedDaysAgo: number | null) {
  const [row] = await h.db
    .insert(importJobs)
    .values({
      createdBy: fx.users.officerA.userId,
      filename,
      total: 1,
      status,
      finishedAt: finishedDaysAgo === null ? null : daysAgo(finishedDaysAgo),
      createdAt: daysAgo(60),
    })
    .returning({ id: importJobs.id });
  return row?.id ?? "";
}

describe(`scheduled work (${process.env.TEST_DB_KIND})`, () => {
  it("deletes finished imports, idle sign-in counters and silent workers past their time, and nothing newer", async () => {
    const old = { done: await importJob("old-done.csv", "done", 40), failed: await importJob("old-failed.csv", "failed", 31) };
    const kept = { recent: await importJob("recent.csv", "done", 5), running: await importJob("running.csv", "running", null) };
    await h.db.insert(loginThrottle).values([
      { key: "email:old@test.id", failures: 3, lastFailureAt: daysAgo(2) },
      { key: "email:new@test.id", failures: 3, lastFailureAt: sql`now()` },
      { key: "ip:203.0.113.9", failures: 9, lastFailureAt: daysAgo(2), blockedUntil: sql`now() + interval '5 minutes'` },
    ]);
    await h.db.insert(jobWorkers).values([
      { id: "00000000-0000-4000-8000-00000000000a", label: "gone:1", seenAt: daysAgo(3) },
      { id: "00000000-0000-4000-8000-00000000000b", label: "alive:2" },
    ]);

    expect(await deleteExpiredRows(h.db, 30)).toMatchObject({ imports: 2, throttle: 1, workers: 1 });
    const left = await h.db.select({ id: importJobs.id }).from(importJobs);
    expect(left.map((r) => r.id).sort()).toEqual([kept.recent, kept.running].sort());
    expect(left.map((r) => r.id)).not.toContain(old.done);
    expect((await h.db.select({ key: loginThrottle.key }).from(loginThrottle)).map((r) => r.key).sort()).toEqual([
      "email:new@test.id",
      "ip:203.0.113.9",
    ]);
    expect((await h.db.select({ label: jobWorkers.label }).from(jobWorkers)).map((r) => r.label)).toEqual(["alive:2"]);
  });

  it("deletes previews nobody confirmed a week after their last change, with their rows", async () => {
    const preview = async (filename: string, status: "preview" | "reading", touchedDaysAgo: number) => {
      const [row] = await h.db
        .insert(importJobs)
        .values({ createdBy: fx.users.officerA.userId, filename, total: 1, status, updatedAt: daysAgo(touchedDaysAgo) })
        .returning({ id: importJobs.id });
      await h.db.insert(importPreviewRows).values({ jobId: row?.id ?? "", row: 2, status: "ok", ref: "A-1", cells: ["A-1"], data: {} });
      return row?.id ?? "";
    };
    const stale = [await preview("lupa.xlsx", "preview", 8), await preview("macet.xlsx", "reading", 9)];
    const fresh = await preview("baru.xlsx", "preview", 2);
    expect(await deleteExpiredRows(h.db, 30)).toMatchObject({ previews: 2 });
    const left = (await h.db.select({ id: importJobs.id }).from(importJobs)).map((r) => r.id);
    expect(left).toContain(fresh);
    for (const id of stale) expect(left).not.toContain(id);
    expect((await h.db.select({ jobId: importPreviewRows.jobId }).from(importPreviewRows)).map((r) => r.jobId)).toEqual([fresh]);
  });

  it("runs retention as a queue job", async () => {
    await importJob("old-again.csv", "done", 90);
    await enqueue(h.db, "maintenance.retention", {});
    await runJobsUntilIdle(h.db);
    expect((await jobsOf(h.db, "maintenance.retention")).map((j) => j.state)).toEqual(["completed"]);
    expect(await h.db.select().from(importJobs).where(eq(importJobs.filename, "old-again.csv"))).toEqual([]);
  });

  it("reminds reviewers of a program waiting over 14 days, at most once a week", async () => {
    const waiting = await insertProgram(h.db, { companyId: fx.companies.a, ref: "WAIT-1", areas: [AREAS.samarindaWard] });
    const fresh = await insertProgram(h.db, { companyId: fx.companies.a, ref: "WAIT-2", areas: [AREAS.samarindaWard] });
    await h.db
      .update(programs)
      .set({ submittedAt: daysAgo(20) })
      .where(eq(programs.id, waiting));
    await h.db
      .update(programs)
      .set({ submittedAt: daysAgo(3) })
      .where(eq(programs.id, fresh));
    const notesFor = (id: string) =>
      h.db
        .select({ recipientId: notifications.recipientId })
        .from(notifications)
        .where(and(eq(notifications.kind, "program_submitted"), eq(notifications.link, `/review/programs/${id}`)));

    expect(await remindReviewersOfWaitingPrograms(h.db)).toBe(1);
    const told = await notesFor(waiting);
    expect(told.length).toBeGreaterThan(0);
    expect(told.map((n) => n.recipientId)).toContain(fx.users.reviewer.userId);
    expect(await notesFor(fresh)).toEqual([]);

    expect(await remindReviewersOfWaitingPrograms(h.db)).toBe(0);
    await h.db
      .update(notifications)
      .set({ createdAt: daysAgo(8) })
      .where(inArray(notifications.link, [`/review/programs/${waiting}`]));
    expect(await remindReviewersOfWaitingPrograms(h.db)).toBe(1);
  });
});
