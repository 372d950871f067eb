import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  serial,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { FLAG_RELATIONS, FLAG_STATUSES, OVERLAP_KINDS, RESOLUTIONS } from "../../lib/enums";
import { programs } from "./programs";
import { users } from "./users";

export { FLAG_RELATIONS, FLAG_STATUSES, OVERLAP_KINDS, RESOLUTIONS };
export const overlapKindEnum = pgEnum("overlap_kind", OVERLAP_KINDS);
export const flagStatusEnum = pgEnum("flag_status", FLAG_STATUSES);
export const resolutionEnum = pgEnum("flag_resolution", RESOLUTIONS);
export const flagRelationEnum = pgEnum("flag_relation", FLAG_RELATIONS);

/**
 * A pair of programs the detector found alike. The pair is ordered (a < b) so it exists once;
 * the fingerprints record both programs as they were when flagged or resolved, so a resolved
 * pair is raised again only when one of them changes materially.
 */
export const overlapFlags = pgTable(
  "overlap_flags",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    programAId: uuid("program_a_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    programBId: uuid("program_b_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    kind: overlapKindEnum("kind").notNull(),
    /**
     * Null between two CSR programs. Between a CSR program and a government activity: the same
     * units paid twice (double_funding, reviewed in the queue) or CSR adding to the government
     * program (complement: alignment, recorded as resolved with resolution complement).
     */
    relation: flagRelationEnum("relation"),
    score: real("score").notNull(),
    reasons: jsonb("reasons").$type<unknown[]>().notNull(),
    status: flagStatusEnum("status").notNull().default("open"),
    resolution: resolutionEnum("resolution"),
    resolutionNote: text("resolution_note"),
    withdrawnProgramId: uuid("withdrawn_program_id").references(() => programs.id, { onDelete: "set null" }),
    resolvedBy: uuid("resolved_by").references(() => users.id),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    fingerprintA: text("fingerprint_a").notNull(),
    fingerprintB: text("fingerprint_b").notNull(),
    detectedAt: timestamp("detected_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
    /** The cluster this pair belongs to (3 or more programs in one place, decided once), or null. */
    /** A shared-beneficiaries flag (kind shared_beneficiaries), made from the lists, not by the detector. */
    fromLists: boolean("from_lists").notNull().default(false),
    clusterId: uuid("cluster_id").references(() => overlapClusters.id, { onDelete: "set null" }),
  },
  (t) => [
    index("overlap_flags_cluster_idx").on(t.clusterId),
    // One program-matching flag per pair, and apart from it one shared-beneficiaries flag per pair:
    // the same two programs may both overlap in place and share people. Told apart by a plain
    // column: an index predicate must be immutable (no cast of the enum to text), and a migration
    // may not name an enum value added in its own transaction.
    uniqueIndex("overlap_flags_pair_uq").on(t.programAId, t.programBId).where(sql`NOT ${t.fromLists}`),
    uniqueIndex("overlap_flags_shared_pair_uq").on(t.programAId, t.programBId).where(sql`${t.fromLists}`),
    check("overlap_flags_from_lists_chk", sql`${t.fromLists} = (${t.kind}::text = 'shared_beneficiaries')`),
    index("overlap_flags_b_idx").on(t.programBId),
    index("overlap_flags_status_idx").on(t.status, t.score),
    check("overlap_flags_order_chk", sql`${t.programAId} < ${t.programBId}`),
    // A repeat is decided as a continuation or a call to coordinate, the other kinds by the other
    // decisions. Compared as text: a migration may not use enum values it adds in its own transaction.
    check(
      "overlap_flags_resolution_kind_chk",
      sql`${t.resolution} IS NULL OR (${t.resolution}::text = 'complement' AND ${t.relation} IS NOT NULL) OR (${t.resolution}::text <> 'complement' AND CASE ${t.kind}::text
            WHEN 'repeat' THEN ${t.resolution}::text IN ('continuation', 'coordinate')
            WHEN 'shared_beneficiaries' THEN ${t.resolution}::text IN ('distinct', 'collaboration', 'coordinate')
            ELSE ${t.resolution}::text IN ('duplicate', 'distinct', 'collaboration') END)`,
    ),
  ],
);

/**
 * Three or more programs in one place joined by open duplicate/overlap flags (docs/overlaps.md,
 * "Clusters"): the queue shows them as one item and a reviewer decides them once. The pair flags
 * stay; each points here through cluster_id and keeps its own resolution record.
 */
export const overlapClusters = pgTable(
  "overlap_clusters",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** open; resolved (decided once); dissolved (fewer than 3 programs or no common place left). */
    status: text("status").$type<"open" | "resolved" | "dissolved">().notNull().default("open"),
    /** The place every member lies in (or contains): the deepest such area named by a member. */
    areaCode: text("area_code").notNull(),
    /** The strongest pair's kind and score: the cluster ranks like it in the queue. */
    kind: overlapKindEnum("kind").notNull(),
    score: real("score").notNull(),
    pairCount: integer("pair_count").notNull(),
    resolution: text("resolution").$type<"distinct" | "collaboration" | "duplicate">(),
    resolutionNote: text("resolution_note"),
    /** For a duplicate decision: the program kept; every other member was withdrawn. */
    keptProgramId: uuid("kept_program_id").references(() => programs.id, { onDelete: "set null" }),
    resolvedBy: uuid("resolved_by").references(() => users.id),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    index("overlap_clusters_status_idx").on(t.status, t.score),
    check("overlap_clusters_status_chk", sql`${t.status} IN ('open', 'resolved', 'dissolved')`),
    check("overlap_clusters_resolution_chk", sql`${t.resolution} IS NULL OR ${t.resolution} IN ('distinct', 'collaboration', 'duplicate')`),
  ],
);

/** The programs of a cluster (as last computed while it was open; frozen once decided). */
export const overlapClusterMembers = pgTable(
  "overlap_cluster_members",
  {
    clusterId: uuid("cluster_id")
      .notNull()
      .references(() => overlapClusters.id, { onDelete: "cascade" }),
    programId: uuid("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.clusterId, t.programId] }), index("overlap_cluster_members_program_idx").on(t.programId)],
);

/**
 * Every area a program's areas lie in, its own included (`64.72.01.1001` gives `64`, `64.72`,
 * `64.72.01` and itself). Kept by a trigger on program_areas; overlap candidates come from
 * equality lookups here instead of prefix scans.
 */
export const programAreaClosure = pgTable(
  "program_area_closure",
  {
    programId: uuid("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
  },
  // (code, program_id): the lookups by code (the live check's places inside a probe's, the rescan's
  // pairs) read the ids from the index alone, not from heap rows scattered over the table.
  (t) => [primaryKey({ columns: [t.programId, t.code] }), index("program_area_closure_code_program_idx").on(t.code, t.programId)],
);

/**
 * Every decision on a pair, and every time a material change opened a decided pair again: the
 * pair's history (who, when, what, the note). The flag row holds only the current state.
 */
export const overlapFlagDecisions = pgTable(
  "overlap_flag_decisions",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    flagId: uuid("flag_id")
      .notNull()
      .references(() => overlapFlags.id, { onDelete: "cascade" }),
    /** resolved: a reviewer decided (alone or with its cluster); reopened: a material change opened it again. */
    event: text("event").$type<"resolved" | "reopened">().notNull(),
    /** The decision made, or for a reopening the decision that stood until then. */
    resolution: resolutionEnum("resolution"),
    note: text("note"),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    /** For a reopening: the programs whose material change opened the pair. For a cluster's decision: the cluster. */
    details: jsonb("details").$type<{ changedProgramIds?: string[]; clusterId?: string }>(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("overlap_flag_decisions_flag_idx").on(t.flagId, t.at),
    check("overlap_flag_decisions_event_chk", sql`${t.event} IN ('resolved', 'reopened')`),
  ],
);

/** Words CSR officers use for the same thing ("lanjut usia" = "lansia"); staff extend the list. */
export const thesaurusEntries = pgTable(
  "thesaurus_entries",
  {
    id: serial("id").primaryKey(),
    term: text("term").notNull(),
    concept: text("concept").notNull(),
    source: text("source").notNull().default("staff"),
    isActive: boolean("is_active").notNull().default(true),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("thesaurus_entries_term_uq").on(t.term)],
);

export type OverlapFlag = typeof overlapFlags.$inferSelect;
export type OverlapFlagDecision = typeof overlapFlagDecisions.$inferSelect;
export type OverlapCluster = typeof overlapClusters.$inferSelect;
