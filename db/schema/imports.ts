import { sql } from "drizzle-orm";
import { boolean, check, customType, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { IMPORT_STATUSES } from "../../lib/enums";
import { companies } from "./companies";
import { programs } from "./programs";
import { users } from "./users";

export { IMPORT_STATUSES };
export const importStatusEnum = pgEnum("import_status", IMPORT_STATUSES);

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

/**
 * One bulk import from the app: first its preview (status `reading` while a job reads a large
 * file, then `preview`), and once confirmed its progress, so any instance can answer a poll
 * while a worker does the work. The rows of the preview live in `import_preview_rows`; the
 * importer and the confirmed choices wait in `plan` until the worker has saved the rows (then it
 * is cleared); nothing of an import lives only in a process's memory.
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
    /**
     * While the preview is read: data rows of the file and rows read so far. Once confirmed: rows
     * to save, and `processed` those saved and checked for overlaps so far.
     */
    total: integer("total").notNull(),
    processed: integer("processed").notNull().default(0),
    imported: integer("imported").notNull().default(0),
    companiesCreated: integer("companies_created").notNull().default(0),
    flags: integer("flags").notNull().default(0),
    /** A catalog key (`errors.importFailed`) when the job failed. */
    error: text("error"),
    /** The importer and the validated rows or the confirmed choices, until they are saved (see server/imports/import-job.ts). */
    plan: jsonb("plan").$type<Record<string, unknown>>(),
    /** How a confirmed preview's rows were saved (`draft` or `submit`); kept after the plan is dropped, for the result. */
    mode: text("mode"),
    /** The saved programs, in order, once the rows are committed: a restarted job checks from `processed` on. */
    programIds: jsonb("program_ids").$type<string[]>(),
    /** The worker running the job and when it last reported, for the sweeper and the progress page. */
    workerId: uuid("worker_id"),
    heartbeatAt: timestamp("heartbeat_at", { withTimezone: true }),
    /** The company the whole file belongs to (an officer's own, or the one an admin imports for); null: a company column decides. */
    companyId: uuid("company_id").references(() => companies.id, { onDelete: "set null" }),
    /** The uploaded file, kept only while a job reads it into the preview. */
    file: bytea("file"),
    /** How the file was read: header row, columns, file-level messages (server/imports/layout.ts). */
    layout: jsonb("layout").$type<Record<string, unknown>>(),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [
    index("import_jobs_created_by_idx").on(t.createdBy, t.createdAt),
    check("import_jobs_mode_chk", sql`${t.mode} IN ('draft', 'submit')`),
  ],
);

export type ImportJob = typeof importJobs.$inferSelect;

/**
 * One data row of an import's preview: as the file wrote it (`cells`), as the app read it
 * (`data`, a PreviewRow with what it needs to save it), and, once saved, the program. A row per
 * table row, so paging and a fix to one row never rewrite the whole preview.
 */
export const importPreviewRows = pgTable(
  "import_preview_rows",
  {
    jobId: uuid("job_id")
      .notNull()
      .references(() => importJobs.id, { onDelete: "cascade" }),
    /** The row number the person sees in the spreadsheet. */
    row: integer("row").notNull(),
    status: text("status").notNull(),
    /** An ambiguous or unknown place still waits for the person's choice: the row cannot be saved yet. */
    needsChoice: boolean("needs_choice").notNull().default(false),
    /** Left out on purpose when the import was confirmed. */
    skipped: boolean("skipped").notNull().default(false),
    ref: text("ref").notNull(),
    cells: jsonb("cells").$type<unknown[]>().notNull(),
    data: jsonb("data").$type<Record<string, unknown>>().notNull(),
    programId: uuid("program_id").references(() => programs.id, { onDelete: "set null" }),
  },
  (t) => [
    primaryKey({ columns: [t.jobId, t.row] }),
    check("import_preview_rows_status_chk", sql`${t.status} IN ('ok', 'warning', 'error')`),
  ],
);

export type ImportPreviewRow = typeof importPreviewRows.$inferSelect;
