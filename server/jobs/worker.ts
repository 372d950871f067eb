import "server-only";
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { jobWorkers } from "@/db/schema";
import { createQueueBoss, runNextJob, type RunOptions } from "./runner";
import { timeZoneOfAreas } from "@/lib/time-zone";
import { getHomeProvince } from "@/server/settings/settings.queries";
import { QUEUE_NAMES, QUEUES, SCHEDULES } from "./queues";
import { sweepOrphanedJobs, workerStaleSeconds } from "./sweeper";

export interface WorkerOptions {
  /** Seconds between polls of an idle queue (`JOB_POLL_SECONDS`, default 1). */
  pollSeconds?: number;
  log?: (line: string) => void;
  transport?: RunOptions["transport"];
}

export interface RunningWorker {
  id: string;
  /** Stops taking jobs, lets the running ones finish, and leaves the worker table. */
  stop: () => Promise<void>;
}

const numberFrom = (v: string | undefined, fallback: number) => (Number(v) > 0 ? Number(v) : fallback);

/**
 * A worker: one polling loop per job kind, a heartbeat in `job_workers` every few seconds, the
 * sweeper (at start and every few seconds) and pg-boss's own upkeep and schedules. Runs in its
 * own process (`npm run worker`) or inside the app (see instrumentation.ts).
 */
export async function startWorker(db: Database, opts: WorkerOptions = {}): Promise<RunningWorker> {
  const id = randomUUID();
  const log = opts.log ?? ((line: string) => console.log(line));
  const pollMs = numberFrom(process.env.JOB_POLL_SECONDS, opts.pollSeconds ?? 1) * 1000;
  const staleSeconds = workerStaleSeconds();
  const beatMs = Math.max(1000, Math.floor((staleSeconds * 1000) / 4));
  await db.insert(jobWorkers).values({ id, label: `${hostname()}:${process.pid}` });

  const boss = createQueueBoss(db, { supervise: true, schedule: true });
  boss.on("error", (err: unknown) => log(`[jobs] queue error: ${err instanceof Error ? err.message : String(err)}`));
  await boss.start();
  // Idempotent: the migration made the queues; this keeps their settings as queues.ts says.
  for (const name of QUEUE_NAMES) {
    await boss.createQueue(name, { name, ...QUEUES[name] });
    await boss.updateQueue(name, { name, ...QUEUES[name] });
  }
  // Reminders at 08:00 and the night's retention run in the office's own zone: its home province's
  // (WIB, WITA or WIT). Re-scheduled at every start, so a changed home province takes effect then.
  const tz = timeZoneOfAreas(await getHomeProvince(db));
  for (const s of SCHEDULES) await boss.schedule(s.queue, s.cron, {}, { tz });

  const sweep = async () => {
    const swept = await sweepOrphanedJobs(db, boss, staleSeconds, id);
    for (const j of swept) log(`[jobs] ${j.name} ${j.id}: its worker is gone; now ${j.state}`);
  };
  const beat = () =>
    db
      .insert(jobWorkers)
      .values({ id, label: `${hostname()}:${process.pid}` })
      .onConflictDoUpdate({ target: jobWorkers.id, set: { seenAt: sql`now()` } });
  const guard = (what: string, task: () => Promise<unknown>) => () =>
    void task().catch((err: unknown) => log(`[jobs] ${what} failed: ${err instanceof Error ? err.message : String(err)}`));

  await sweep();
  const timers = [setInterval(guard("heartbeat", beat), beatMs), setInterval(guard("sweep", sweep), beatMs * 2)];

  let stopping = false;
  const wakers = new Set<() => void>();
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(done, ms);
      function done() {
        clearTimeout(t);
        wakers.delete(done);
        resolve();
      }
      wakers.add(done);
    });
  const run: RunOptions = { workerId: id, log, transport: opts.transport };
  const loops = QUEUE_NAMES.map(async (name) => {
    while (!stopping) {
      let ran = false;
      try {
        ran = await runNextJob(db, boss, name, run);
      } catch (err) {
        log(`[jobs] ${name}: ${err instanceof Error ? err.message : String(err)}`);
      }
      if (!ran && !stopping) await pause(pollMs);
    }
  });
  log(`[jobs] worker ${id} started (${QUEUE_NAMES.length} queues, poll ${pollMs} ms, gone after ${staleSeconds} s)`);

  return {
    id,
    stop: async () => {
      stopping = true;
      for (const wake of [...wakers]) wake();
      await Promise.all(loops);
      for (const t of timers) clearInterval(t);
      await boss.stop({ graceful: false, close: false });
      await db.delete(jobWorkers).where(eq(jobWorkers.id, id));
      log(`[jobs] worker ${id} stopped`);
    },
  };
}
