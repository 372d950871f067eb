import "server-only";
import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { needs } from "@/db/schema";
import type { Sector } from "@/lib/enums";
import { sqlSharesGround } from "@/server/access/areas";
import type { StaffViewer } from "@/server/auth/viewer";
import { describeAreas } from "@/server/areas/areas.queries";

/** SQL: an open need in the viewer's jurisdiction that no company has adopted. */
function isGapIn(jurisdiction: string): SQL {
  return and(
    eq(needs.status, "open"),
    sqlSharesGround(needs.areaCode, jurisdiction),
    sql`NOT EXISTS (SELECT 1 FROM need_adoptions gap_na WHERE gap_na.need_id = ${needs.id})`,
  ) as SQL;
}

/** Narrows the gaps to a sector, or to needs that share ground with an area (the dashboard's filters). */
export interface GapFilters {
  sector?: Sector;
  area?: string;
}

/**
 * Gaps: open needs in the viewer's jurisdiction nobody has adopted, oldest first, each with its
 * age in whole days, and how many there are in all.
 */
export async function listNeedGaps(db: DbOrTx, viewer: StaffViewer, limit: number, filters: GapFilters = {}) {
  const conds: SQL[] = [isGapIn(viewer.jurisdiction)];
  if (filters.sector) conds.push(eq(needs.sector, filters.sector));
  if (filters.area) conds.push(sqlSharesGround(needs.areaCode, filters.area));
  const where = and(...conds);
  const [countRow] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(needs)
    .where(where);
  const rows = await db
    .select({
      id: needs.id,
      title: needs.title,
      areaCode: needs.areaCode,
      sector: needs.sector,
      targetGroup: needs.targetGroup,
      estimatedBudgetIdr: needs.estimatedBudgetIdr,
      source: needs.source,
      createdAt: needs.createdAt,
      ageDays: sql<number>`floor(extract(epoch FROM (now() - ${needs.createdAt})) / 86400)::int`,
    })
    .from(needs)
    .where(where)
    .orderBy(asc(needs.createdAt), asc(needs.id))
    .limit(limit);
  const areas = new Map((await describeAreas(db, [...new Set(rows.map((r) => r.areaCode))])).map((a) => [a.code, a]));
  return {
    total: Number(countRow?.n ?? 0),
    items: rows.map((r) => ({ ...r, ageDays: Number(r.ageDays), area: areas.get(r.areaCode) ?? null })),
  };
}
