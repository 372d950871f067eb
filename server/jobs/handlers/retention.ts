import "server-only";
import { sql } from "drizzle-orm";
import { execute, type Database } from "@/db/client";
import { deleteExpiredBeneficiaryLists } from "@/server/beneficiaries/retention";
import type { JobHandler } from "../job.types";
import { QUEUE_SCHEMA } from "../queues";

/** Days a finished import job (and anything left of its plan) is kept; `IMPORT_RETENTION_DAYS` overrides. */
export function importRetentionDays(env: Record<string, string | undefined> = process.env): number {
  const days = Number(env.IMPORT_RETENTION_DAYS);
  return Number.isInteger(days) && days > 0 ? days : 30;
}

/** Days an unconfirmed import preview is kept after its last change; `IMPORT_PREVIEW_RETENTION_DAYS` overrides. */
export function previewRetentionDays(env: Record<string, string | undefined> = process.env): number {
  const days = Number(env.IMPORT_PREVIEW_RETENTION_DAYS);
  return Number.isInteger(days) && days > 0 ? days : 7;
}

/**
 * Deletes what has served its purpose: finished import jobs older than the retention, sign-in
 * counters idle for a day and not blocking, workers silent for a day, claims of jobs no longer
 * active, the queue's archive of finished jobs past the same retention, and beneficiary lists of
 * programs that ended longer ago than the beneficiary retention setting.
 */
export async function deleteExpiredRows(db: Database, days = importRetentionDays()) {
  const keep = sql`make_interval(days => ${days})`;
  const imports = await execute(db, sql`DELETE FROM import_jobs WHERE status IN ('done', 'failed') AND finished_at < now() - ${keep}`);
  // A preview nobody confirmed (its rows go with it) is kept a week after it was last touched.
  const previews = await execute(
    db,
    sql`DELETE FROM import_jobs WHERE status IN ('reading', 'preview') AND confirmed_at IS NULL AND updated_at < now() - make_interval(days => ${previewRetentionDays()})`,
  );
  const throttle = await execute(
    db,
    sql`DELETE FROM login_throttle WHERE last_failure_at < now() - interval '1 day' AND (blocked_until IS NULL OR blocked_until < now())`,
  );
  const workers = await execute(db, sql`DELETE FROM job_workers WHERE seen_at < now() - interval '1 day'`);
  await execute(
    db,
    sql`DELETE FROM job_claims c WHERE NOT EXISTS (
          SELECT 1 FROM ${sql.raw(QUEUE_SCHEMA)}.job j WHERE j.id = c.job_id AND j.state = 'active')`,
  );
  const archived = await execute(db, sql`DELETE FROM ${sql.raw(QUEUE_SCHEMA)}.archive WHERE archived_on < now() - ${keep}`);
  // Beneficiary lists: N years (a setting) after their program ended.
  const beneficiaryLists = await deleteExpiredBeneficiaryLists(db);
  return {
    beneficiaryLists, imports: imports.rowCount, previews: previews.rowCount, throttle: throttle.rowCount, workers: workers.rowCount, archivedJobs: archived.rowCount };
}

export const runRetention: JobHandler<"maintenance.retention"> = async ({ db, log }) => {
  const deleted = await deleteExpiredRows(db);
  log(`[retention] deleted ${JSON.stringify(deleted)}`);
  return deleted;
};
