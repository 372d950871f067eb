import { z } from "zod";
import { listInputFromSearch, listProgramsSchema } from "@/server/programs/programs.schemas";

/** The dashboard's filters: the program list's, so every figure links to the list behind it. */
export const dashboardFiltersSchema = listProgramsSchema.pick({ year: true, sector: true, area: true, companyId: true, status: true });
export type DashboardFilters = z.output<typeof dashboardFiltersSchema>;

export const CHARTS = ["sector", "status", "year", "area"] as const;
export type Chart = (typeof CHARTS)[number];

type SearchValue = string | string[] | undefined;

/** The dashboard's filters from a URL (`?year=2026&sector=health&area=64.08&company=…&status=…`), read leniently. */
export function filtersFromSearch(sp: Record<string, SearchValue>): DashboardFilters {
  const { year, sector, area, companyId, status } = listInputFromSearch(sp);
  return dashboardFiltersSchema.parse({ year, sector, area, companyId, status });
}

/**
 * The same filters written back as URL parameters, named as the program list names them, so a
 * figure links to its list and the dashboard's pages (targeting, slides, brief) link to each other.
 */
export function filtersToSearch(f: DashboardFilters, extra: Record<string, string | number | undefined> = {}): URLSearchParams {
  const out = new URLSearchParams();
  const put = (k: string, v: string | number | undefined) => {
    if (v !== undefined && v !== "") out.set(k, String(v));
  };
  put("year", f.year);
  put("sector", f.sector);
  put("area", f.area);
  put("company", f.companyId);
  put("status", f.status);
  for (const [k, v] of Object.entries(extra)) put(k, v);
  return out;
}
