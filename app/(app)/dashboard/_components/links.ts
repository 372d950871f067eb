import type { DashboardFilters } from "@/server/dashboard/dashboard.schemas";

/** The filters as URL parameters, named as the program list names them (so a figure links to its list). */
export function filterParams(f: DashboardFilters, extra: Record<string, string | number | undefined> = {}): URLSearchParams {
  const p = new URLSearchParams();
  const put = (k: string, v: string | number | undefined) => {
    if (v !== undefined && v !== "") p.set(k, String(v));
  };
  put("year", f.year);
  put("sector", f.sector);
  put("area", f.area);
  put("company", f.companyId);
  put("status", f.status);
  for (const [k, v] of Object.entries(extra)) put(k, v);
  return p;
}

export const programsHref = (f: DashboardFilters, extra: Record<string, string | number | undefined> = {}) => {
  const q = filterParams(f, extra).toString();
  return q ? `/programs?${q}` : "/programs";
};

export const dashboardHref = (f: DashboardFilters, extra: Record<string, string | number | undefined> = {}) => {
  const q = filterParams(f, extra).toString();
  return q ? `/dashboard?${q}` : "/dashboard";
};

export const exportHref = (f: DashboardFilters, chart: string, format: "csv" | "xlsx") =>
  `/api/exports/dashboard?${filterParams(f, { chart, format }).toString()}`;

/** Another dashboard page (presentation, targeting) on the same filters. */
export const withFilters = (path: string, f: DashboardFilters) => {
  const q = filterParams(f).toString();
  return q ? `${path}?${q}` : path;
};
