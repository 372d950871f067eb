import Link from "next/link";
import { buildCrumbs } from "@/server/dashboard/breadcrumb";
import { NATIONAL } from "@/server/access/area-codes";
import type { DashboardFilters } from "@/server/dashboard/dashboard.schemas";
import { getTranslator } from "@/server/i18n/locale";
import { getQueryClient, trpc } from "../../../_trpc/prefetch";

/**
 * The levels from the viewer's jurisdiction down to the area on screen, each a link on the same
 * filters (year, sector, company, status, the map's measure) with `area` set to that level.
 * Server-rendered: plain links, no script.
 */
export async function AreaBreadcrumb({
  jurisdiction,
  filters,
  href,
  className,
}: {
  jurisdiction: string;
  filters: DashboardFilters;
  /** The page's link for a set of filters (the dashboard's keeps the measure). */
  href: (f: DashboardFilters) => string;
  className?: string;
}) {
  const { t } = await getTranslator();
  const codes = [jurisdiction, filters.area].filter((c): c is string => !!c && c !== NATIONAL);
  const areas = codes.length ? await getQueryClient().fetchQuery(trpc.areas.describe.queryOptions({ codes: ancestorsAndSelf(codes) })) : [];
  const crumbs = buildCrumbs(jurisdiction, filters.area, areas, t);
  return (
    <nav aria-label={t("dashboard.breadcrumb")} className={className ?? "mb-3 text-sm"} data-testid="area-breadcrumb">
      <ol className="flex flex-wrap items-center gap-x-1 gap-y-1">
        {crumbs.map((c, i) => (
          <li key={c.code} className="flex min-w-0 items-center gap-1">
            {i > 0 ? (
              <span aria-hidden="true" className="text-slate-400">
                ›
              </span>
            ) : null}
            {c.current ? (
              <span aria-current="page" className="font-semibold text-slate-900">
                {c.label}
              </span>
            ) : (
              <Link
                href={href({ ...filters, area: c.code === jurisdiction ? undefined : c.code })}
                className="font-medium text-brand-700 underline-offset-2 hover:underline"
              >
                {c.label}
              </Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** Every level of each code, so the crumbs between jurisdiction and area have their names too. */
function ancestorsAndSelf(codes: string[]): string[] {
  const out = new Set<string>();
  for (const code of codes) {
    const parts = code.split(".");
    for (let i = 1; i <= parts.length; i++) out.add(parts.slice(0, i).join("."));
  }
  return [...out];
}
