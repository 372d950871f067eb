import { sql } from "drizzle-orm";
import { index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

export const companies = pgTable(
  "companies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    legalName: text("legal_name"),
    businessSector: text("business_sector"),
    contactName: text("contact_name"),
    contactEmail: text("contact_email"),
    contactPhone: text("contact_phone"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // "PT Alfa" and "pt alfa" are the same company.
  (t) => [uniqueIndex("companies_name_lower_idx").on(sql`lower(${t.name})`)],
);

/** A company sits in the CSR forum of one or more jurisdictions (`64`, `64.08`, ...). */
export const forumMembers = pgTable(
  "forum_members",
  {
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    jurisdiction: text("jurisdiction").notNull(),
    joinedAt: timestamp("joined_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.jurisdiction] }), index("forum_members_jurisdiction_idx").on(t.jurisdiction)],
);

export type Company = typeof companies.$inferSelect;
