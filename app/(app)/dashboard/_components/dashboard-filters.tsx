"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { PROGRAM_STATUSES, SECTORS } from "@/server/programs/programs.schemas";
import { CompanyFilter } from "../../_components/company-filter";
import { useUrlFilters } from "./use-url-filters";

interface Props {
  regencies: { code: string; name: string }[];
  /** The company in the URL with its name; the picker searches the others. */
  company: { id: string; name: string } | null;
  years: number[];
}

/** The dashboard's filters live in the URL: a link shows the same view. */
export function DashboardFilters({ regencies, company, years }: Props) {
  const { t } = useI18n();
  const { params, pending, select, set, reset } = useUrlFilters();
  return (
    <div
      aria-busy={pending}
      className="mb-6 grid gap-3 rounded-xl border border-slate-200 bg-white p-3 shadow-sm sm:grid-cols-3 lg:grid-cols-[minmax(0,0.8fr)_minmax(0,1fr)_minmax(0,1.3fr)_minmax(0,1.5fr)_minmax(0,1fr)_auto]"
      role="search"
    >
      <Select aria-label={t("programs.filters.year")} {...select("year")}>
        <option value="">{t("programs.filters.allYears")}</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </Select>
      <Select aria-label={t("programs.filters.sector")} {...select("sector")}>
        <option value="">{t("programs.filters.allSectors")}</option>
        {SECTORS.map((s) => (
          <option key={s} value={s}>
            {t(`sectors.${s}`)}
          </option>
        ))}
      </Select>
      <Select aria-label={t("programs.filters.area")} {...select("area")}>
        <option value="">{t("programs.filters.allAreas")}</option>
        {regencies.map((r) => (
          <option key={r.code} value={r.code}>
            {r.name}
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
      <Button variant="ghost" onClick={reset} disabled={!params.toString()}>
        {t("common.reset")}
      </Button>
    </div>
  );
}
