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
} from "drizzle-orm/pg-core";
import { areas } from "./areas";
import { companies } from "./companies";
import { PROGRAM_STATUSES, SECTORS, TARGET_GROUPS, type ProgramStatus, type Sector, type TargetGroup } from "../../lib/enums";
import { users } from "./users";

export { PROGRAM_STATUSES, SECTORS, TARGET_GROUPS, type ProgramStatus, type Sector, type TargetGroup };
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

export const programs = pgTable(
  "programs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id),
    /** The company's own code for the program, unique within the company. */
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
  (t) => [primaryKey({ columns: [t.programId, t.areaCode] }), index("program_areas_area_idx").on(t.areaCode.op("text_pattern_ops"))],
);

export type Program = typeof programs.$inferSelect;
