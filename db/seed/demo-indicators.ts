import { readFileSync } from "node:fs";
import path from "node:path";
import type { DbOrTx } from "../client";
import { indicators } from "../schema";
import type { IndicatorMeasure } from "@/lib/enums";
import { parseCsv } from "./csv";

/** BPS poverty figures for Kaltim as published, each with the report it was read from. */
export const DEMO_INDICATORS_FILE = path.join("db", "seed", "data", "kaltim-poverty.csv");

const COLUMNS: Record<string, IndicatorMeasure> = { poverty_rate_pct: "poverty_rate", poor_people: "poor_people" };

/**
 * The figures of the shipped file, one per non-empty value cell: an empty cell was not reported
 * in the source and yields nothing. The file is in the indicator import's format, and a test
 * checks that the import reads it to the same figures.
 */
export function readDemoIndicators(file = path.join(process.cwd(), DEMO_INDICATORS_FILE)) {
  const [header, ...rows] = parseCsv(readFileSync(file, "utf8"));
  const col = (name: string) => header?.indexOf(name) ?? -1;
  const [code, year, source] = [col("area_code"), col("year"), col("source")];
  if (code < 0 || year < 0 || source < 0) throw new Error(`Unexpected header in ${file}`);
  return rows.flatMap((r) =>
    Object.entries(COLUMNS).flatMap(([name, measure]) => {
      const text = r[col(name)]?.trim() ?? "";
      if (!text) return [];
      return [{ areaCode: r[code] ?? "", year: Number(r[year]), measure, value: Number(text), source: r[source] ?? "" }];
    }),
  );
}

/** Loads the demo figures; figures already present (an admin's newer import) are kept. */
export async function seedDemoIndicators(db: DbOrTx): Promise<number> {
  const values = readDemoIndicators();
  const inserted = await db.insert(indicators).values(values).onConflictDoNothing().returning({ id: indicators.id });
  return inserted.length;
}
