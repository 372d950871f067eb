import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { IMPORT_STATUSES } from "../../lib/enums";
import { users } from "./users";

export { IMPORT_STATUSES };
export const importStatusEnum = pgEnum("import_status", IMPORT_STATUSES);

/**
 * One bulk import started from the app, and its progress, so any instance can answer a poll
 * while a worker does the work. The validated rows wait in `plan` until the worker has saved
 * them (then it is cleared); nothing of an import lives only in a process's memory.
 */
export const importJobs = pgTable(
  "import_jobs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    filename: text("filename").notNull(),
    status: importStatusEnum("status").notNull().default("queued"),
    /** Rows in the file; `processed` counts those saved and checked for overlaps so far. */
    total: integer("total").notNull(),
    processed: integer("processed").notNull().default(0),
    imported: integer("imported").notNull().default(0),
    companiesCreated: integer("companies_created").notNull().default(0),
    flags: integer("flags").notNull().default(0),
    /** A catalog key (`errors.importFailed`) when the job failed. */
    error: text("error"),
    /** The importer and the validated rows, until they are saved (see server/imports/import-job.ts). */
    plan: jsonb("plan").$type<Record<string, unknown>>(),
    /** The saved programs, in order, once the rows are committed: a restarted job checks from `processed` on. */
    programIds: jsonb("program_ids").$type<string[]>(),
    /** The worker running the job and when it last reported, for the sweeper and the progress page. */
    workerId: uuid("worker_id"),
    heartbeatAt: timestamp("heartbeat_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [index("import_jobs_created_by_idx").on(t.createdBy, t.createdAt)],
);

export type ImportJob = typeof importJobs.$inferSelect;
