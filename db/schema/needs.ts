import { sql } from "drizzle-orm";
import { bigint, boolean, check, index, integer, pgEnum, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { areas } from "./areas";
import { companies } from "./companies";
import { NEED_SOURCES, NEED_STATUSES } from "../../lib/enums";
import { programs, sectorEnum, targetGroupEnum } from "./programs";
import { users } from "./users";

export { NEED_SOURCES, NEED_STATUSES };
export const needSourceEnum = pgEnum("need_source", NEED_SOURCES);
export const needStatusEnum = pgEnum("need_status", NEED_STATUSES);

/** A priority need a Dinas Sosial office publishes in the catalogue ("etalase program") for companies to adopt. */
export const needs = pgTable(
  "needs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The office that published it (its jurisdiction); who may edit it. */
    jurisdiction: text("jurisdiction").notNull(),
    areaCode: text("area_code")
      .notNull()
      .references(() => areas.code),
    sector: sectorEnum("sector").notNull(),
    targetGroup: targetGroupEnum("target_group").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull(),
    estimatedBudgetIdr: bigint("estimated_budget_idr", { mode: "number" }).notNull(),
    source: needSourceEnum("source").notNull(),
    sourceNote: text("source_note"),
    /** Several companies may adopt it only when the reviewer opens it to co-funding. */
    allowCofunding: boolean("allow_cofunding").notNull().default(false),
    status: needStatusEnum("status").notNull().default("open"),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    index("needs_area_idx").on(t.areaCode),
    index("needs_status_idx").on(t.status, t.sector),
    check("needs_budget_chk", sql`${t.estimatedBudgetIdr} >= 0`),
  ],
);

/** A company taking on a need, optionally with the program that answers it. */
export const needAdoptions = pgTable(
  "need_adoptions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    needId: uuid("need_id")
      .notNull()
      .references(() => needs.id, { onDelete: "cascade" }),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id),
    programId: uuid("program_id").references(() => programs.id, { onDelete: "set null" }),
    adoptedBy: uuid("adopted_by").references(() => users.id),
    adoptedAt: timestamp("adopted_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("need_adoptions_uq").on(t.needId, t.companyId), index("need_adoptions_program_idx").on(t.programId)],
);
