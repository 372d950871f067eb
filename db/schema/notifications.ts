import { index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { NOTIFICATION_KINDS } from "../../lib/enums";
import { users } from "./users";

export { NOTIFICATION_KINDS };
export const notificationKindEnum = pgEnum("notification_kind", NOTIFICATION_KINDS);

/**
 * In-app notifications, one row per recipient. E-mail goes out after the commit when SMTP is
 * configured; its state is kept here so a failed send can be retried and nothing waits for it.
 */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    recipientId: uuid("recipient_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: notificationKindEnum("kind").notNull(),
    /** Where the notification leads: a path inside the app, such as `/programs/…`. */
    link: text("link").notNull(),
    /** What the message needs to be written in the reader's language (titles, names, a decision). */
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    readAt: timestamp("read_at", { withTimezone: true }),
    /** none: no SMTP; pending; sending (claimed by one sender, so no e-mail goes out twice); sent; failed. */
    emailStatus: text("email_status").notNull().default("none"),
    emailError: text("email_error"),
    /** When a sender moved the row to 'sending': a claim left this long is stale, whatever the row's age. */
    emailClaimedAt: timestamp("email_claimed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("notifications_recipient_idx").on(t.recipientId, t.createdAt), index("notifications_email_idx").on(t.emailStatus)],
);
