"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { Select } from "@/components/ui/field";
// Constants only, from lib/enums: the schemas module would bring zod into the page's JavaScript.
import { CSR_PROGRAM_STATUSES as PROGRAM_STATUSES, SECTORS } from "@/lib/enums";
import { CompanyFilter } from "@/app/(app)/_components/company-filter";
import { useUrlFilters } from "../../_components/use-url-filters";

interface Props {
  /** The areas one level below the viewer's jurisdiction, to narrow the focus. */
  areas: { code: string; name: string }[];
  /** The company in the URL with its name (the dashboard links here with its company filter); the picker searches the others. */
  company: { id: string; name: string } | null;
  /** The years to pick from; none picked is all years, as on the dashboard. */
  years: number[];
}

/**
 * Year, sector, area, company and status in the URL, named as the program list and the dashboard
 * name them: every filter the dashboard hands over stays visible and can be cleared here.
 */
export function TargetingFilters({ areas, company, years }: Props) {
  const { t } = useI18n();
  const { params, pending, select, set } = useUrlFilters();
  const area = params.get("area");
  return (
    <div
      role="search"
      aria-busy={pending}
      className="mb-6 grid gap-3 rounded-xl border border-slate-200 bg-white p-3 shadow-sm sm:grid-cols-3 lg:grid-cols-5"
    >
      <Select aria-label={t("targeting.filters.year")} {...select("year")}>
        <option value="">{t("targeting.filters.allYears")}</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </Select>
      <Select aria-label={t("targeting.filters.sector")} {...select("sector")}>
        <option value="">{t("targeting.filters.allSectors")}</option>
        {SECTORS.map((s) => (
          <option key={s} value={s}>
            {t(`sectors.${s}`)}
          </option>
        ))}
      </Select>
      <Select aria-label={t("targeting.filters.area")} {...select("area")}>
        <option value="">{t("targeting.filters.allAreas")}</option>
        {area && !areas.some((a) => a.code === area) ? <option value={area}>{area}</option> : null}
        {areas.map((a) => (
          <option key={a.code} value={a.code}>
            {a.name}
          </option>
        ))}
      </Select>
      <CompanyFilter selected={company} onChange={(id) => set("company", id)} />
      <Select aria-label={t("programs.filters.status")} {...select("status")}>
        <option value="">{t("programs.filters.allStatuses")}</option>
        {PROGRAM_STATUSES.filter((s) => s !== "draft").map((s) => (
          <option key={s} value={s}>
            {t(`statuses.${s}`)}
          </option>
        ))}
      </Select>
    </div>
  );
}
