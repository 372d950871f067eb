// The dashboard's filters written as URL parameters. Plain code with no schema library, so the
// dashboard's client components can build their links without bringing zod into the page.

/** The filters a dashboard figure carries (the shape of DashboardFilters in server/dashboard/dashboard.schemas). */
export interface FilterValues {
  year?: number;
  sector?: string;
  area?: string;
  companyId?: string;
  status?: string;
}

/**
 * The same filters written back as URL parameters, named as the program list names them, so a
 * figure links to its list and the dashboard's pages (targeting, slides, brief) link to each other.
 */
export function filtersToSearch(f: FilterValues, extra: Record<string, string | number | undefined> = {}): URLSearchParams {
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
