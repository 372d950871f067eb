import "server-only";
import { sql } from "drizzle-orm";
import type PgBoss from "pg-boss";
import { execute, type Database } from "@/db/client";
import { settleInterruptedImport } from "@/server/imports/import-job";
import { settleInterruptedPreview } from "@/server/imports/preview-job";
import { queueDbOf } from "./queue-db";
import { QUEUE_NAMES, QUEUE_SCHEMA } from "./queues";

/** Seconds without a heartbeat after which a worker counts as gone; `JOB_WORKER_STALE_SECONDS` overrides. */
export function workerStaleSeconds(env: Record<string, string | undefined> = process.env): number {
  const s = Number(env.JOB_WORKER_STALE_SECONDS);
  return Number.isFinite(s) && s >= 2 ? s : 30;
}

const SWEEP_LOCK_KEY = 7_264_002;
const names = sql.join(
  QUEUE_NAMES.map((n) => sql`${n}`),
  sql`, `,
);

/**
 * Hands back the jobs of workers that are gone (killed, crashed, cut off): every active job whose
 * claim names a worker silent for `staleSeconds`, or that nobody claimed that long after it
 * started (never the sweeping worker's own). pg-boss fails each, which means a retry while the job has retries left; an import's
 * row is set waiting again or finished with the reason. One transaction under a lock, so two
 * sweepers never fail the same job twice.
 */
export async function sweepOrphanedJobs(db: Database, boss: PgBoss, staleSeconds = workerStaleSeconds(), selfId: string | null = null) {
  const stale = sql`make_interval(secs => ${staleSeconds})`;
  return db.transaction(async (tx) => {
    await execute(tx, sql`SELECT pg_advisory_xact_lock(${SWEEP_LOCK_KEY})`);
    const orphans = await execute<{ id: string; name: string; data: Record<string, unknown> }>(
      tx,
      sql`SELECT j.id, j.name, j.data FROM ${sql.raw(QUEUE_SCHEMA)}.job j
          LEFT JOIN job_claims c ON c.job_id = j.id
          LEFT JOIN job_workers w ON w.id = c.worker_id
          WHERE j.state = 'active' AND j.name IN (${names}) AND j.started_on < now() - ${stale}
            AND (w.id IS NULL OR w.seen_at < now() - ${stale})
            -- A worker's own jobs are alive by definition, even when a long transaction held up its heartbeat.
            AND c.worker_id IS DISTINCT FROM ${selfId}::uuid`,
    );
    const swept: { id: string; name: string; state: string }[] = [];
    for (const job of orphans.rows) {
      await boss.fail(job.name, job.id, { message: "the worker running this job is gone" }, { db: queueDbOf(tx) });
      const after = await execute<{ state: string }>(
        tx,
        sql`SELECT state::text AS state FROM ${sql.raw(QUEUE_SCHEMA)}.job WHERE id = ${job.id}`,
      );
      const state = after.rows[0]?.state ?? "failed";
      if (job.name === "import.run" && typeof job.data.importJobId === "string") {
        await settleInterruptedImport(tx, job.data.importJobId, state === "retry");
      }
      if (job.name === "import.preview" && typeof job.data.importJobId === "string") {
        await settleInterruptedPreview(tx, job.data.importJobId, state === "retry");
      }
      await execute(tx, sql`DELETE FROM job_claims WHERE job_id = ${job.id}`);
      swept.push({ id: job.id, name: job.name, state });
    }
    return swept;
  });
}
