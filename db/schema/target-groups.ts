import { sql } from "drizzle-orm";
import { check, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { targetGroupEnum } from "./programs";
import { users } from "./users";

/**
 * Synonyms admins add to the built-in list (lib/target-groups/default-terms.ts) that reads a
 * category from a program's target group in words. The term is stored normalised ("ibu ibu pkk"),
 * so it is its own key; a row here wins over a default for the same words.
 */
export const targetGroupTerms = pgTable(
  "target_group_terms",
  {
    term: text("term").primaryKey(),
    category: targetGroupEnum("category").notNull(),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("target_group_terms_term_chk", sql`char_length(${t.term}) BETWEEN 2 AND 80`)],
);

export type TargetGroupTermRow = typeof targetGroupTerms.$inferSelect;
