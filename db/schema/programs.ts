import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { areas } from "./areas";
import { companies } from "./companies";
import {
  ACTIVITY_SOURCES,
  PROGRAM_STATUSES,
  SECTORS,
  TARGET_GROUPS,
  type ActivitySource,
  type ProgramStatus,
  type Sector,
  type TargetGroup,
} from "../../lib/enums";
import { users } from "./users";

export { ACTIVITY_SOURCES, PROGRAM_STATUSES, SECTORS, TARGET_GROUPS, type ActivitySource, type ProgramStatus, type Sector, type TargetGroup };
export const activitySourceEnum = pgEnum("activity_source", ACTIVITY_SOURCES);
export const sectorEnum = pgEnum("sector", SECTORS);
export const targetGroupEnum = pgEnum("target_group", TARGET_GROUPS);
export const programStatusEnum = pgEnum("program_status", PROGRAM_STATUSES);

/** Government priority programs a CSR program can line up with; kept by admins per jurisdiction. */
export const priorityPrograms = pgTable("priority_programs", {
  id: uuid("id").primaryKey().defaultRandom(),
  jurisdiction: text("jurisdiction").notNull(),
  name: text("name").notNull(),
  description: text("description"),
  isActive: boolean("is_active").notNull().default(true),
  version: integer("version").notNull().default(1),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Activities: every kind of aid the matcher compares. The table keeps its historical name
 * `programs` (a rename would touch hundreds of files), but it holds two sources:
 * - `csr`: a company's CSR program (company_id set, the review statuses);
 * - `government`: a government activity (APBN, APBD, APBDes) held as reference data, with no
 *   company and always status `reference`; its details (agency, funding, nomenclature, source)
 *   are in `government_activities` (db/schema/government.ts), one row per activity.
 * Every reader that means "CSR programs" filters `source = 'csr'`; only the overlap matcher and
 * the government readers see both. See docs/overlaps.md.
 */
export const programs = pgTable(
  "programs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    source: activitySourceEnum("source").notNull().default("csr"),
    /** The company of a CSR program; null exactly for government activities. */
    companyId: uuid("company_id").references(() => companies.id),
    /** The company's own code for the program, unique within the company; for a government activity its code, unique within its agency. */
    ref: text("ref").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull(),
    sector: sectorEnum("sector").notNull(),
    /** The category of the 13, inferred from the words or chosen; null when the words name none yet. */
    targetGroup: targetGroupEnum("target_group"),
    /** The target group as the company wrote it ("balita stunting", "nelayan Muara Badak"). */
    targetGroupText: text("target_group_text"),
    startDate: date("start_date", { mode: "string" }).notNull(),
    endDate: date("end_date", { mode: "string" }).notNull(),
    /** Whole rupiah; bigint in the database, exact as a JS number below 2^53. */
    /** Null while not known yet: never 0, which would enter every sum as a false figure. */
    budgetIdr: bigint("budget_idr", { mode: "number" }),
    plannedBeneficiaries: integer("planned_beneficiaries"),
    priorityProgramId: uuid("priority_program_id").references(() => priorityPrograms.id),
    /** A CSR program names the government activity it supports (complements); null when none. */
    supportsActivityId: uuid("supports_activity_id").references((): AnyPgColumn => programs.id, { onDelete: "set null" }),
    status: programStatusEnum("status").notNull().default("draft"),
    version: integer("version").notNull().default(1),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    /** Realisation, reported by the company while and after the program runs. */
    reachedBeneficiaries: integer("reached_beneficiaries"),
    realizedBudgetIdr: bigint("realized_budget_idr", { mode: "number" }),
    realizedAt: timestamp("realized_at", { withTimezone: true }),
  },
  (t) => [
    unique("programs_company_ref_uq").on(t.companyId, t.ref),
    // Target of government_activities' (program_id, ref) foreign key, which keeps the copied ref in step.
    unique("programs_id_ref_uq").on(t.id, t.ref),
    index("programs_supports_idx").on(t.supportsActivityId),
    index("programs_status_idx").on(t.status),
    index("programs_sector_idx").on(t.sector),
    index("programs_period_idx").on(t.startDate, t.endDate),
    index("programs_title_trgm_idx").using("gin", t.title.op("gin_trgm_ops")),
    index("programs_company_idx").on(t.companyId),
    // The list opens on the most recently changed: read backwards in index order, stop after a page.
    index("programs_recent_idx").on(t.updatedAt, t.id),
    check("programs_period_chk", sql`${t.endDate} >= ${t.startDate}`),
    check("programs_budget_chk", sql`${t.budgetIdr} >= 0`),
    check("programs_beneficiaries_chk", sql`${t.plannedBeneficiaries} >= 0`),
    check("programs_target_group_text_chk", sql`char_length(${t.targetGroupText}) <= 200`),
    // A CSR program has a company, a government activity has none.
    check("programs_source_company_chk", sql`(${t.source} = 'csr') = (${t.companyId} IS NOT NULL)`),
    // Government activities are reference data (status 'reference'), CSR programs never are. Compared
    // as text: the migration adds the enum value and may not use it in the same transaction.
    check("programs_source_status_chk", sql`(${t.source} = 'government') = (${t.status}::text = 'reference')`),
    // Only a CSR program supports a government activity.
    check("programs_supports_chk", sql`${t.supportsActivityId} IS NULL OR ${t.source} = 'csr'`),
  ],
);

/** Where a program happens: one or more areas at any level. */
export const programAreas = pgTable(
  "program_areas",
  {
    programId: uuid("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    areaCode: text("area_code")
      .notNull()
      .references(() => areas.code),
  },
  // (area_code, program_id): equality and range lookups by code (text_pattern_ops) read the ids from the index alone.
  (t) => [
    primaryKey({ columns: [t.programId, t.areaCode] }),
    index("program_areas_area_program_idx").on(t.areaCode.op("text_pattern_ops"), t.programId),
  ],
);

export type Program = typeof programs.$inferSelect;
