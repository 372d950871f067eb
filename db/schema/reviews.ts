import { sql } from "drizzle-orm";
import { bigserial, check, index, integer, jsonb, pgEnum, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { PROGRAM_ACTIONS } from "../../lib/enums";
import { programStatusEnum, programs } from "./programs";
import { users } from "./users";

export { PROGRAM_ACTIONS };

export interface AckMatch {
  programId: string;
  title: string;
  companyName: string;
  kind: "duplicate" | "overlap" | "repeat";
  score: number;
}
export const programActionEnum = pgEnum("program_action", PROGRAM_ACTIONS);

/** Every move of a program: who, when, from which status to which, and the note that came with it. */
export const programEvents = pgTable(
  "program_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    programId: uuid("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    action: programActionEnum("action").notNull(),
    fromStatus: programStatusEnum("from_status"),
    toStatus: programStatusEnum("to_status").notNull(),
    actorId: uuid("actor_id").references(() => users.id),
    note: text("note"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("program_events_program_idx").on(t.programId, t.at)],
);

/** A snapshot of each submitted version of a program, for history and diffs. */
export const programVersions = pgTable(
  "program_versions",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    programId: uuid("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    /** 1 for the first submission, 2 for the resubmission after a revision, ... */
    versionNo: integer("version_no").notNull(),
    snapshot: jsonb("snapshot").$type<Record<string, unknown>>().notNull(),
    submittedBy: uuid("submitted_by").references(() => users.id),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
    /**
     * The officer's answer to the matches shown at the submit step: `seen` ("Saya sudah melihat
     * kemiripan ini") or `different` with the reason in ackNote; null when nothing matched.
     */
    ackKind: text("ack_kind").$type<"seen" | "different">(),
    ackNote: text("ack_note"),
    /** The matches the officer answered to, as shown then (program id, title, company, kind, score). */
    ackMatches: jsonb("ack_matches").$type<AckMatch[]>(),
  },
  (t) => [
    unique("program_versions_no_uq").on(t.programId, t.versionNo),
    check("program_versions_ack_kind_chk", sql`${t.ackKind} IS NULL OR ${t.ackKind} IN ('seen', 'different')`),
  ],
);
