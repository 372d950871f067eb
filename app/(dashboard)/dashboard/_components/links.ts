import { filtersToSearch } from "@/lib/dashboard/filters-search";
import type { DashboardFilters } from "@/server/dashboard/dashboard.schemas";

export const programsHref = (f: DashboardFilters, extra: Record<string, string | number | undefined> = {}) => {
  const q = filtersToSearch(f, extra).toString();
  return q ? `/programs?${q}` : "/programs";
};

export const dashboardHref = (f: DashboardFilters, extra: Record<string, string | number | undefined> = {}) => {
  const q = filtersToSearch(f, extra).toString();
  return q ? `/dashboard?${q}` : "/dashboard";
};

export const exportHref = (f: DashboardFilters, chart: string, format: "csv" | "xlsx") =>
  `/api/exports/dashboard?${filtersToSearch(f, { chart, format }).toString()}`;

/** Another dashboard page (presentation, targeting) on the same filters. */
export const withFilters = (path: string, f: DashboardFilters) => {
  const q = filtersToSearch(f).toString();
  return q ? `${path}?${q}` : path;
};
