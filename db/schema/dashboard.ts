import { bigint, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * One row: the version of the data the dashboard shows. A deferred trigger on programs,
 * program_areas, overlap_flags and areas bumps it once per writing transaction, at commit, so it
 * changes in the same commit as the rows it stands for (migration 0007).
 */
export const dashboardDataVersion = pgTable("dashboard_data_version", {
  id: integer("id").primaryKey().default(1),
  version: bigint("version", { mode: "number" }).notNull().default(1),
});

/**
 * Computed dashboard figures per viewer scope and filters. An entry is valid only while its
 * data_version equals the current one; any instance may fill or use it.
 */
export const dashboardCache = pgTable("dashboard_cache", {
  key: text("key").primaryKey(),
  dataVersion: bigint("data_version", { mode: "number" }).notNull(),
  value: jsonb("value").notNull(),
  computedAt: timestamp("computed_at", { withTimezone: true }).notNull().defaultNow(),
});
