import { index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { IMPORT_STATUSES } from "../../lib/enums";
import { users } from "./users";

export { IMPORT_STATUSES };
export const importStatusEnum = pgEnum("import_status", IMPORT_STATUSES);

/**
 * One bulk import started from the app. The rows themselves are never stored here: the job
 * only carries counts, so any instance can answer a progress poll while another does the work.
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
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [index("import_jobs_created_by_idx").on(t.createdBy, t.createdAt)],
);

export type ImportJob = typeof importJobs.$inferSelect;
