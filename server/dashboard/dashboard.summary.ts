import "server-only";
import type { DbOrTx } from "@/db/client";
import type { StaffViewer } from "@/server/auth/viewer";
import { cacheKey, cached } from "@/server/cache/versioned-cache";
import { getByArea, getBySector, getByStatus, getByYear, getTotals } from "./dashboard.queries";
import type { DashboardFilters } from "./dashboard.schemas";
import { spendingPerPoor } from "./spending-per-poor";

/** Every figure of the dashboard at once, computed fresh. */
export async function computeSummary(db: DbOrTx, viewer: StaffViewer, f: DashboardFilters) {
  const [totals, bySector, byStatus, byYear, byArea] = await Promise.all([
    getTotals(db, viewer, f),
    getBySector(db, viewer, f),
    getByStatus(db, viewer, f),
    getByYear(db, viewer, f),
    getByArea(db, viewer, f),
  ]);
  // Government activities are programs rows too (status 'reference'): their writes bump the same data version.
  const perPoor = await spendingPerPoor(db, f, byArea.areas);
  return { totals, bySector, byStatus, byYear, byArea, perPoor };
}
export type DashboardSummary = Awaited<ReturnType<typeof computeSummary>>;

/**
 * The name of the summary's cache entries; a new shape of the summary gets a new name, so entries
 * stored in the old shape (they outlive a deploy) are never read as the new one.
 */
export const SUMMARY_CACHE = "dashboard.summary.v3";

/** The dashboard's figures for this viewer's scope and filters, computed once per data version. */
export function getSummary(db: DbOrTx, viewer: StaffViewer, f: DashboardFilters): Promise<DashboardSummary> {
  return cached(db, cacheKey(SUMMARY_CACHE, viewer, f), () => computeSummary(db, viewer, f));
}
