import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { companies } from "./companies";
import { ROLES, type Role } from "../../lib/enums";

export { ROLES, type Role };
export const roleEnum = pgEnum("role", ROLES);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: roleEnum("role").notNull(),
    /** Officers only: the one company they act for. */
    companyId: uuid("company_id").references(() => companies.id),
    /** Staff and viewers only: an area code (`64`, `64.08`) or `ID` for the whole country. */
    jurisdiction: text("jurisdiction"),
    isActive: boolean("is_active").notNull().default(true),
    /** Bumped on deactivation and password reset; sessions carrying an older value are refused. */
    sessionGeneration: integer("session_generation").notNull().default(1),
    version: integer("version").notNull().default(1),
    /** Set when an admin resets the password or asks for a change; only the change page works until it is done. */
    mustChangePassword: boolean("must_change_password").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("users_email_lower_idx").on(sql`lower(${t.email})`),
    index("users_company_idx").on(t.companyId),
    check(
      "users_role_scope_chk",
      sql`(${t.role} = 'officer' AND ${t.companyId} IS NOT NULL AND ${t.jurisdiction} IS NULL)
        OR (${t.role} <> 'officer' AND ${t.companyId} IS NULL AND ${t.jurisdiction} IS NOT NULL)`,
    ),
  ],
);

/**
 * One row per sign-in; the session token carries its id. Signing out revokes the row, so the
 * token is dead at once on every instance even though it is still signed and unexpired.
 */
export const userSessions = pgTable(
  "user_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    ip: text("ip"),
    userAgent: text("user_agent"),
  },
  (t) => [index("user_sessions_user_idx").on(t.userId, t.ip)],
);

/** Failed sign-in counters per key (`email+ip:...`, `email:...`, `ip:...`); shared by every app instance. */
export const loginThrottle = pgTable("login_throttle", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  lastFailureAt: timestamp("last_failure_at", { withTimezone: true }).notNull().defaultNow(),
  blockedUntil: timestamp("blocked_until", { withTimezone: true }),
});

export type User = typeof users.$inferSelect;
