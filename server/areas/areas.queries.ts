import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { areas } from "@/db/schema";
import { ancestorCodes, NATIONAL, sqlWithin } from "@/server/access/areas";

export interface AreaSummary {
  code: string;
  name: string;
  level: number;
  /** Names of the containing areas, outermost first: ["Kalimantan Timur", "Kota Samarinda", "Sungai Kunjang"]. */
  path: string[];
}

/** The named areas for `codes`, each with the names of the areas that contain it, in input order. */
export async function describeAreas(db: DbOrTx, codes: string[]): Promise<AreaSummary[]> {
  if (codes.length === 0) return [];
  const wanted = new Set<string>(codes);
  for (const c of codes) for (const a of ancestorCodes(c)) wanted.add(a);
  const rows = await db
    .select({ code: areas.code, name: areas.name, level: areas.level })
    .from(areas)
    .where(inArray(areas.code, [...wanted]));
  const byCode = new Map(rows.map((r) => [r.code, r]));
  return codes.flatMap((code) => {
    const row = byCode.get(code);
    if (!row) return [];
    const path = ancestorCodes(code).flatMap((a) => {
      const n = byCode.get(a);
      return n ? [n.name] : [];
    });
    return [{ code, name: row.name, level: row.level, path }];
  });
}

/** The codes among `codes` that name no known area. */
export async function findUnknownAreaCodes(db: DbOrTx, codes: string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const rows = await db.select({ code: areas.code }).from(areas).where(inArray(areas.code, codes));
  const known = new Set(rows.map((r) => r.code));
  return codes.filter((c) => !known.has(c));
}

export async function listChildAreas(db: DbOrTx, parent: string) {
  const where = parent === NATIONAL ? eq(areas.level, 1) : eq(areas.parentCode, parent);
  return db.select({ code: areas.code, name: areas.name, level: areas.level }).from(areas).where(where).orderBy(asc(areas.code));
}

/**
 * Areas whose name matches `q` inside `within`, best matches first: exact and prefix matches,
 * then trigram similarity (pg_trgm's GIN index keeps this fast over 83,000 villages).
 */
export async function searchAreas(db: DbOrTx, q: string, within: string, limit = 20): Promise<AreaSummary[]> {
  const term = q.trim().toLowerCase();
  if (term.length < 2) return [];
  const escaped = term.replace(/[\\%_]/g, (m) => "\\" + m);
  const rows = await db
    .select({ code: areas.code })
    .from(areas)
    .where(and(sqlWithin(areas.code, within), sql`${areas.name} ILIKE ${"%" + escaped + "%"}`))
    .orderBy(
      sql`CASE WHEN lower(${areas.name}) = ${term} THEN 0 WHEN lower(${areas.name}) LIKE ${escaped + "%"} THEN 1 ELSE 2 END`,
      asc(areas.level),
      sql`similarity(${areas.name}, ${term}) DESC`,
      asc(areas.code),
    )
    .limit(limit);
  return describeAreas(
    db,
    rows.map((r) => r.code),
  );
}
