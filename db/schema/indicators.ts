import { doublePrecision, index, integer, pgEnum, pgTable, serial, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { areas } from "./areas";
import { INDICATOR_MEASURES } from "../../lib/enums";
import { users } from "./users";

export { INDICATOR_MEASURES };
export const indicatorMeasureEnum = pgEnum("indicator_measure", INDICATOR_MEASURES);

/** A published figure for an area and a year (BPS poverty data, say), always with its source. */
export const indicators = pgTable(
  "indicators",
  {
    id: serial("id").primaryKey(),
    areaCode: text("area_code")
      .notNull()
      .references(() => areas.code),
    year: integer("year").notNull(),
    measure: indicatorMeasureEnum("measure").notNull(),
    value: doublePrecision("value").notNull(),
    source: text("source").notNull(),
    importedBy: uuid("imported_by").references(() => users.id),
    importedAt: timestamp("imported_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("indicators_area_year_measure_uq").on(t.areaCode, t.year, t.measure), index("indicators_measure_idx").on(t.measure, t.year)],
);
