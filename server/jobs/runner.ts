import "server-only";
import { sql } from "drizzle-orm";
import PgBoss from "pg-boss";
import type { Database } from "@/db/client";
import { jobClaims } from "@/db/schema";
import { HANDLERS } from "./handlers";
import type { JobContext, JobHandler, JobHandlers } from "./job.types";
import { queueDbOf } from "./queue-db";
import { QUEUE_NAMES, QUEUE_SCHEMA, type JobData, type QueueName } from "./queues";

export interface RunOptions {
  workerId: string;
  handlers?: Partial<JobHandlers>;
  transport?: JobContext<QueueName>["transport"];
  log?: (line: string) => void;
}

/** A pg-boss instance over the app's handle; started only by a worker (see worker.ts). */
export function createQueueBoss(db: Database, extra: Partial<PgBoss.ConstructorOptions> = {}): PgBoss {
  return new PgBoss({ db: queueDbOf(db), schema: QUEUE_SCHEMA, migrate: false, supervise: false, schedule: false, ...extra });
}

const errorOutput = (err: unknown) => ({ message: err instanceof Error ? err.message : String(err) });

/**
 * Takes one due job of a kind, records which worker holds it, runs its handler and completes or
 * fails it (pg-boss retries a failed job while its retry limit allows). False when none was due.
 */
export async function runNextJob(db: Database, boss: PgBoss, name: QueueName, opts: RunOptions): Promise<boolean> {
  const [job] = await boss.fetch<JobData[typeof name]>(name, { batchSize: 1, includeMetadata: true });
  if (!job) return false;
  // If the process dies before this insert, the sweeper still finds the job: active, unclaimed, old.
  await db
    .insert(jobClaims)
    .values({ jobId: job.id, queue: name, workerId: opts.workerId })
    .onConflictDoUpdate({ target: jobClaims.jobId, set: { workerId: opts.workerId, claimedAt: sql`now()` } });
  const handler = (opts.handlers?.[name] ?? HANDLERS[name]) as JobHandler<typeof name>;
  const log = opts.log ?? (() => {});
  try {
    const output = await handler({
      db,
      data: job.data,
      jobId: job.id,
      retryCount: job.retryCount,
      retryLimit: job.retryLimit,
      workerId: opts.workerId,
      transport: opts.transport,
      log,
    });
    await boss.complete(name, job.id, output && typeof output === "object" ? output : {});
  } catch (err) {
    log(`[jobs] ${name} ${job.id} failed (attempt ${job.retryCount + 1} of ${job.retryLimit + 1}): ${errorOutput(err).message}`);
    await boss.fail(name, job.id, errorOutput(err));
  } finally {
    await db.delete(jobClaims).where(sql`${jobClaims.jobId} = ${job.id}`);
  }
  return true;
}

/**
 * Runs every due job, kind by kind, until none is left (jobs that queue other jobs included).
 * For tests and for the command line on PGlite, which has the database to itself.
 */
export async function runJobsUntilIdle(db: Database, opts: Partial<RunOptions> = {}): Promise<number> {
  const boss = createQueueBoss(db);
  const run: RunOptions = { workerId: opts.workerId ?? "00000000-0000-4000-8000-000000000000", ...opts };
  let total = 0;
  for (let ran = true; ran;) {
    ran = false;
    for (const name of QUEUE_NAMES) {
      while (await runNextJob(db, boss, name, run)) {
        ran = true;
        total++;
      }
    }
  }
  return total;
}
