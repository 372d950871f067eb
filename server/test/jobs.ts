import { sql } from "drizzle-orm";
import { execute, type Database } from "@/db/client";

export interface QueueJobRow {
  id: string;
  name: string;
  state: string;
  retryCount: number;
  data: Record<string, unknown>;
}

/** The queue's jobs of one kind, oldest first (pg-boss keeps them in `pgboss.job`). */
export async function jobsOf(db: Database, name: string): Promise<QueueJobRow[]> {
  const res = await execute<QueueJobRow>(
    db,
    sql`SELECT id, name, state::text AS state, retry_count AS "retryCount", data FROM pgboss.job WHERE name = ${name} ORDER BY created_on, id`,
  );
  return res.rows;
}

/** Retries wait out their delay; tests do not: every job waiting to retry becomes due now. */
export async function makeRetriesDue(db: Database): Promise<void> {
  await execute(db, sql`UPDATE pgboss.job SET start_after = now() WHERE state = 'retry'`);
}
