import { sql } from "drizzle-orm";
import { boolean, check, date, foreignKey, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { GOVERNMENT_FUNDINGS, type GovernmentFunding } from "../../lib/enums";
import { programs } from "./programs";
import { users } from "./users";

export { GOVERNMENT_FUNDINGS, type GovernmentFunding };
export const governmentFundingEnum = pgEnum("government_funding", GOVERNMENT_FUNDINGS);

/**
 * The details of a government activity: one row per `programs` row whose source is 'government'
 * (the title, description, sector, target group, period, budget, beneficiaries such as PKH/BPNT/PIP
 * recipient counts, and the areas stay on programs and program_areas, where the matcher reads them).
 */
export const governmentActivities = pgTable(
  "government_activities",
  {
    programId: uuid("program_id").primaryKey(),
    /** A copy of programs.ref, kept in step by the (program_id, ref) foreign key, for the agency's uniqueness. */
    ref: text("ref").notNull(),
    funding: governmentFundingEnum("funding").notNull(),
    /** The OPD, ministry or village government: "Dinas PUPR Kota Balikpapan", "Pemerintah Desa Sungai Meriam". */
    agency: text("agency").notNull(),
    /** The agency's name normalised (lowercase, single spaces): one activity per (agency, ref). */
    agencyKey: text("agency_key").notNull(),
    // Nomenclature of Permendagri 90/2019 (program, kegiatan, sub-kegiatan), when known.
    programCode: text("program_code"),
    programName: text("program_name"),
    kegiatanCode: text("kegiatan_code"),
    kegiatanName: text("kegiatan_name"),
    subKegiatanCode: text("sub_kegiatan_code"),
    subKegiatanName: text("sub_kegiatan_name"),
    /** Where the figures come from: "DPA Dinas Sosial Prov. Kaltim 2024", "SIPD", "Kemensos". */
    sourceName: text("source_name").notNull(),
    sourceDate: date("source_date", { mode: "string" }),
    isDemo: boolean("is_demo").notNull().default(false),
    createdBy: uuid("created_by").references(() => users.id),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      name: "government_activities_program_fk",
      columns: [t.programId, t.ref],
      foreignColumns: [programs.id, programs.ref],
    })
      .onDelete("cascade")
      .onUpdate("cascade"),
    uniqueIndex("government_activities_agency_ref_uq").on(t.agencyKey, t.ref),
    index("government_activities_funding_idx").on(t.funding),
    check("government_activities_agency_chk", sql`char_length(btrim(${t.agency})) > 0`),
  ],
);

export type GovernmentActivity = typeof governmentActivities.$inferSelect;
