import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * Every running worker process (`npm run worker`, or the one inside the app), with a heartbeat.
 * A worker whose heartbeat stopped is gone (killed, crashed): the sweeper hands its jobs back.
 */
export const jobWorkers = pgTable("job_workers", {
  id: uuid("id").primaryKey(),
  /** host:pid, for people reading the table. */
  label: text("label").notNull(),
  startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
  seenAt: timestamp("seen_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Which worker holds which active queue job. pg-boss knows a job is active, not who runs it;
 * this is what lets a dead worker's job be failed (and retried) at once rather than after it expires.
 */
export const jobClaims = pgTable(
  "job_claims",
  {
    jobId: uuid("job_id").primaryKey(),
    queue: text("queue").notNull(),
    workerId: uuid("worker_id").notNull(),
    claimedAt: timestamp("claimed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("job_claims_worker_idx").on(t.workerId)],
);
