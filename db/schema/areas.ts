import { index, pgTable, smallint, text } from "drizzle-orm/pg-core";

/** Kemendagri administrative areas: province `64`, regency `64.72`, district `64.72.01`, village `64.72.01.1001`. */
export const areas = pgTable(
  "areas",
  {
    code: text("code").primaryKey(),
    parentCode: text("parent_code"),
    /** 1 province, 2 regency/city, 3 district, 4 village/urban ward. */
    level: smallint("level").notNull(),
    name: text("name").notNull(),
  },
  (t) => [index("areas_parent_code_idx").on(t.parentCode), index("areas_name_trgm_idx").using("gin", t.name.op("gin_trgm_ops"))],
);

export type Area = typeof areas.$inferSelect;
