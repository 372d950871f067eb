import { z } from "zod";
import { listInputFromSearch, listProgramsSchema } from "@/server/programs/programs.schemas";

/** The dashboard's filters: the program list's, so every figure links to the list behind it. */
export const dashboardFiltersSchema = listProgramsSchema.pick({ year: true, sector: true, area: true, companyId: true, status: true });
export type DashboardFilters = z.output<typeof dashboardFiltersSchema>;

/** The dashboard's charts that export, and the who-does-what-where matrix (its own columns). */
export const CHARTS = ["sector", "status", "year", "area", "matrix"] as const;
export type Chart = (typeof CHARTS)[number];

type SearchValue = string | string[] | undefined;

/** The dashboard's filters from a URL (`?year=2026&sector=health&area=64.08&company=…&status=…`), read leniently. */
export function filtersFromSearch(sp: Record<string, SearchValue>): DashboardFilters {
  const { year, sector, area, companyId, status } = listInputFromSearch(sp);
  return dashboardFiltersSchema.parse({ year, sector, area, companyId, status });
}

// Written as URL parameters by plain code the browser can share: lib/dashboard/filters-search.ts.
export { filtersToSearch } from "@/lib/dashboard/filters-search";
