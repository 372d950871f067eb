import { areaName, type AreaLike } from "@/lib/areas/area-label";
import type { Translate } from "@/lib/i18n/translate";
import type { DashboardFilters } from "@/server/dashboard/dashboard.schemas";

/**
 * The dashboard's filters in words, as the brief's header, its PDF and the slides print them
 * (`Tahun 2026 · Kesehatan · Kota Samarinda · PT Alfa · Diajukan`); null when none is set.
 */
export function describeFilters(f: DashboardFilters, names: { area?: AreaLike; companyName?: string }, t: Translate): string | null {
  const parts = [
    f.year ? `${t("programs.filters.year")} ${f.year}` : null,
    f.sector ? t(`sectors.${f.sector}`) : null,
    f.area ? (names.area ? areaName(names.area, t) : f.area) : null,
    f.companyId ? (names.companyName ?? t("programs.filters.company")) : null,
    f.status ? t(`statuses.${f.status}`) : null,
  ].filter((p): p is string => Boolean(p));
  return parts.length ? parts.join(" · ") : null;
}
