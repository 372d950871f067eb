"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
// Constants only, from lib/enums: the schemas module would bring zod into the page's JavaScript.
import { CSR_PROGRAM_STATUSES as PROGRAM_STATUSES, SECTORS } from "@/lib/enums";
import { CompanyFilter } from "@/app/(app)/_components/company-filter";
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
      // Each select is as wide as its longest option (no cut "Semua kabupaten/kota"); the row wraps instead.
      className="mb-6 flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-3 shadow-sm sm:flex-row sm:flex-wrap sm:items-center"
      role="search"
    >
      <Select className="sm:w-auto" aria-label={t("programs.filters.year")} {...select("year")}>
        <option value="">{t("programs.filters.allYears")}</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </Select>
      <Select className="sm:w-auto" aria-label={t("programs.filters.sector")} {...select("sector")}>
        <option value="">{t("programs.filters.allSectors")}</option>
        {SECTORS.map((s) => (
          <option key={s} value={s}>
            {t(`sectors.${s}`)}
          </option>
        ))}
      </Select>
      <Select className="sm:w-auto" aria-label={t("programs.filters.area")} {...select("area")}>
        <option value="">{t("programs.filters.allAreas")}</option>
        {regencies.map((r) => (
          <option key={r.code} value={r.code}>
            {r.name}
          </option>
        ))}
      </Select>
      <CompanyFilter className="sm:w-64" selected={company} onChange={(id) => set("company", id)} />
      <Select className="sm:w-auto" aria-label={t("programs.filters.status")} {...select("status")}>
        <option value="">{t("programs.filters.allStatuses")}</option>
        {PROGRAM_STATUSES.filter((s) => s !== "draft").map((s) => (
          <option key={s} value={s}>
            {t(`statuses.${s}`)}
          </option>
        ))}
      </Select>
      <Button variant="ghost" className="sm:ml-auto" onClick={reset} disabled={!params.toString()}>
        {t("common.reset")}
      </Button>
    </div>
  );
}
