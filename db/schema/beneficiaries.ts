import { sql } from "drizzle-orm";
import { boolean, check, customType, index, integer, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { areas } from "./areas";
import { programs } from "./programs";
import { users } from "./users";

/** Raw bytes (a 32-byte HMAC token). */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

/**
 * The people one running or finished program reached, as uploaded by its company: one list per
 * program (a new upload replaces it). Counts only; no NIK and no name is stored anywhere.
 */
export const beneficiaryLists = pgTable(
  "beneficiary_lists",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    programId: uuid("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    /** Null when staff uploaded it from the command line. */
    uploadedBy: uuid("uploaded_by").references(() => users.id, { onDelete: "set null" }),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull().defaultNow(),
    via: text("via").notNull(),
    filename: text("filename").notNull(),
    /** Non-blank rows read from the file. */
    rowCount: integer("row_count").notNull(),
    /** Distinct people saved (tokens). */
    personCount: integer("person_count").notNull(),
    duplicateRows: integer("duplicate_rows").notNull().default(0),
    /** Rows left out because their NIK was invalid (only with skip-invalid). */
    skippedRows: integer("skipped_rows").notNull().default(0),
    /** The uploader confirmed the purpose and legal basis shown at upload (UU PDP 27/2022). */
    purposeAcknowledged: boolean("purpose_acknowledged").notNull(),
  },
  (t) => [uniqueIndex("beneficiary_lists_program_uq").on(t.programId), check("beneficiary_lists_purpose_ck", sql`${t.purposeAcknowledged}`)],
);

/**
 * One person of one program: the keyed token of their NIK (HMAC-SHA256, 32 bytes), never the NIK.
 * Unique per program, so the same person listed twice counts once. `row` is the row of the
 * uploaded file, so the company can find its own shared rows without the app keeping names.
 */
export const beneficiaryTokens = pgTable(
  "beneficiary_tokens",
  {
    listId: uuid("list_id")
      .notNull()
      .references(() => beneficiaryLists.id, { onDelete: "cascade" }),
    programId: uuid("program_id").notNull(),
    token: bytea("token").notNull(),
    kkToken: bytea("kk_token"),
    villageCode: text("village_code").references(() => areas.code),
    row: integer("row").notNull(),
  },
  (t) => [
    primaryKey({ name: "beneficiary_tokens_pk", columns: [t.programId, t.token] }),
    // A token is 32 bytes: an NIK (16 characters) could never be stored here by mistake.
    check("beneficiary_tokens_token_len_ck", sql`octet_length(${t.token}) = 32 AND (${t.kkToken} IS NULL OR octet_length(${t.kkToken}) = 32)`), index("beneficiary_tokens_token_idx").on(t.token, t.programId), index("beneficiary_tokens_list_idx").on(t.listId),
  ],
);

/**
 * The DTSEN/DTKS welfare registry as staff imported it: the keyed token of each NIK (the same key
 * and HMAC as the lists, so a person matches) with the household's welfare decile (1 poorest –
 * 10). No NIK is kept. A new import replaces the whole registry.
 */
export const registryTokens = pgTable(
  "registry_tokens",
  {
    token: bytea("token").primaryKey(),
    decile: smallint("decile").notNull(),
    importedAt: timestamp("imported_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("registry_tokens_ck", sql`${t.decile} BETWEEN 1 AND 10 AND octet_length(${t.token}) = 32`)],
);

/**
 * People shared by each pair of programs (a < b), kept by the beneficiaries.shared job whenever a
 * program's list is saved or deleted: the reviewers' overview reads these counts instead of joining
 * every token with every other on each visit. Counts only; exact on the command line, which
 * recomputes them from the tokens.
 */
export const beneficiaryPairCounts = pgTable(
  "beneficiary_pair_counts",
  {
    programAId: uuid("program_a_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    programBId: uuid("program_b_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    shared: integer("shared").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: "beneficiary_pair_counts_pk", columns: [t.programAId, t.programBId] }),
    index("beneficiary_pair_counts_b_idx").on(t.programBId),
    check("beneficiary_pair_counts_ck", sql`${t.programAId} < ${t.programBId} AND ${t.shared} > 0`),
  ],
);

export type BeneficiaryList = typeof beneficiaryLists.$inferSelect;
