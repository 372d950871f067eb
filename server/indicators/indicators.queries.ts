import "server-only";
import { and, asc, desc, eq, inArray, lte, sql, type SQL } from "drizzle-orm";
import { execute, type DbOrTx } from "@/db/client";
import { areas, indicators } from "@/db/schema";
import type { IndicatorMeasure } from "@/lib/enums";
import { sqlWithin } from "@/server/access/areas";
import type { StaffViewer } from "@/server/auth/viewer";
import { chunk } from "@/server/imports/imports.queries";
import type { Figure, IndicatorValue } from "./indicators.rows";
import type { ListIndicatorsInput } from "./indicators.schemas";

/** How many figures the admin list shows at most; a national list beyond this should be narrowed. */
export const MAX_LISTED_INDICATORS = 2000;

/**
 * Stores figures, replacing the value and source of an area/year/measure already present.
 * `xmax = 0` holds for a row this statement inserted, so the counts are exact even when two
 * imports race.
 */
export async function upsertIndicators(
  db: DbOrTx,
  values: IndicatorValue[],
  importedBy: string | null,
): Promise<{ created: number; updated: number }> {
  let created = 0;
  let updated = 0;
  for (const part of chunk(values, 1000)) {
    const rows = await db
      .insert(indicators)
      .values(part.map((v) => ({ areaCode: v.areaCode, year: v.year, measure: v.measure, value: v.value, source: v.source, importedBy })))
      .onConflictDoUpdate({
        target: [indicators.areaCode, indicators.year, indicators.measure],
        set: { value: sql`excluded.value`, source: sql`excluded.source`, importedBy: sql`excluded.imported_by`, importedAt: sql`now()` },
      })
      .returning({ inserted: sql<boolean>`(xmax = 0)` });
    for (const r of rows) if (r.inserted) created++;
    else updated++;
  }
  return { created, updated };
}

/** Figures in the viewer's jurisdiction (and inside `areaWithin`, when given), newest year first. */
export async function listIndicators(db: DbOrTx, viewer: StaffViewer, input: ListIndicatorsInput) {
  const conds: SQL[] = [sqlWithin(indicators.areaCode, viewer.jurisdiction)];
  if (input.areaWithin) conds.push(sqlWithin(indicators.areaCode, input.areaWithin));
  if (input.measure) conds.push(eq(indicators.measure, input.measure));
  if (input.year) conds.push(eq(indicators.year, input.year));
  const rows = await db
    .select({
      id: indicators.id,
      areaCode: indicators.areaCode,
      areaName: areas.name,
      year: indicators.year,
      measure: indicators.measure,
      value: indicators.value,
      source: indicators.source,
      importedAt: indicators.importedAt,
    })
    .from(indicators)
    .innerJoin(areas, eq(areas.code, indicators.areaCode))
    .where(and(...conds))
    .orderBy(desc(indicators.year), asc(indicators.areaCode), asc(indicators.measure))
    .limit(MAX_LISTED_INDICATORS + 1);
  return { items: rows.slice(0, MAX_LISTED_INDICATORS), truncated: rows.length > MAX_LISTED_INDICATORS };
}

/**
 * For each area and measure, the newest figure of `year` or earlier: a 2026 view of a regency
 * whose last published rate is from 2024 shows the 2024 rate, labelled 2024; a newer figure is
 * never used for an older year. Without a year, the newest figure there is.
 */
export async function findLatestFigures(db: DbOrTx, codes: string[], year?: number): Promise<Map<string, Partial<Record<IndicatorMeasure, Figure>>>> {
  const out = new Map<string, Partial<Record<IndicatorMeasure, Figure>>>();
  for (const part of chunk([...new Set(codes)], 1000)) {
    const rows = (
      await execute<{ area_code: string; measure: IndicatorMeasure; value: number; year: number; source: string }>(
        db,
        sql`SELECT DISTINCT ON (${indicators.areaCode}, ${indicators.measure})
                   ${indicators.areaCode} AS area_code, ${indicators.measure} AS measure, ${indicators.value} AS value,
                   ${indicators.year} AS year, ${indicators.source} AS source
            FROM ${indicators}
            WHERE ${and(inArray(indicators.areaCode, part), year === undefined ? undefined : lte(indicators.year, year))}
            ORDER BY ${indicators.areaCode}, ${indicators.measure}, ${indicators.year} DESC`,
      )
    ).rows;
    for (const r of rows) {
      const entry = out.get(r.area_code) ?? {};
      entry[r.measure] = { value: Number(r.value), year: Number(r.year), source: r.source };
      out.set(r.area_code, entry);
    }
  }
  return out;
}
