import type { DashboardFilters } from "@/server/dashboard/dashboard.schemas";
import { filtersToSearch } from "@/lib/dashboard/filters-search";

/** The URL parameter that keeps the current slide (1-based), so a reload stays on it. */
export const SLIDE_PARAM = "slide";

/** The presentation on other filters (a tile drills into its area), optionally on a given slide. */
export function presentHref(f: DashboardFilters, slide?: number): string {
  const q = filtersToSearch(f, { [SLIDE_PARAM]: slide }).toString();
  return q ? `/dashboard/present?${q}` : "/dashboard/present";
}

/** The requested slide from the URL, 1..count; anything else opens the first. */
export function slideFromSearch(value: string | string[] | undefined, count: number): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n >= 1 && n <= count ? n : 1;
}
