"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState, useTransition } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
// Constants only, from lib/enums: the schemas module would bring zod into the page's JavaScript.
import { CSR_PROGRAM_STATUSES as PROGRAM_STATUSES, SECTORS } from "@/lib/enums";
import { CompanyFilter } from "../../_components/company-filter";

interface Props {
  regencies: { code: string; name: string }[];
  /** The company in the URL with its name; the picker searches the others. */
  company: { id: string; name: string } | null;
  years: number[];
  isOfficer: boolean;
}

/** Filters live in the URL, so a link reproduces the same list. */
export function ProgramFilters({ regencies, company, years, isOfficer }: Props) {
  const { t } = useI18n();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [pending, start] = useTransition();
  const [q, setQ] = useState(params.get("q") ?? "");
  const [open, setOpen] = useState(false);
  // Back/forward or a link changes the URL: the search box follows it. Adjusted while rendering,
  // not in an effect, so the stale text never paints (react.dev: "you might not need an effect").
  const [seenParams, setSeenParams] = useState(params);
  if (seenParams !== params) {
    setSeenParams(params);
    setQ(params.get("q") ?? "");
  }

  function apply(changes: Record<string, string | null>) {
    const next = new URLSearchParams(params.toString());
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    next.delete("page");
    const qs = next.toString();
    start(() => router.push(qs ? `${pathname}?${qs}` : pathname));
  }
  const select = (name: string) => ({
    name,
    value: params.get(name) ?? "",
    onChange: (e: React.ChangeEvent<HTMLSelectElement>) => apply({ [name]: e.target.value || null }),
  });
  const activeCount = ["sector", "status", "area", "company", "year", "mine", "whole"].filter((k) => params.has(k)).length;
  const active = activeCount > 0 || params.has("q");

  return (
    <form
      role="search"
      aria-busy={pending}
      onSubmit={(e) => {
        e.preventDefault();
        apply({ q: q.trim() || null });
      }}
      className="mb-4 rounded-xl border border-slate-200 bg-white p-3 shadow-sm"
    >
      <div className="flex gap-2">
        <Input
          type="search"
          aria-label={t("programs.filters.search")}
          placeholder={t("programs.filters.search")}
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <Button type="submit" variant="secondary">
          {t("common.search")}
        </Button>
        <Button
          variant="secondary"
          className="md:hidden"
          aria-expanded={open}
          aria-controls="program-filter-fields"
          onClick={() => setOpen(!open)}
        >
          {t("programs.filters.showFilters")}
          {activeCount ? <span className="rounded-full bg-brand-700 px-1.5 text-xs text-white">{activeCount}</span> : null}
        </Button>
      </div>
      <div
        id="program-filter-fields"
        className={`${open ? "flex" : "hidden"} mt-3 flex-col gap-3 sm:flex-row sm:flex-wrap md:flex`}
      >
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
        <Select className="sm:w-auto" aria-label={t("programs.filters.status")} {...select("status")}>
          <option value="">{t("programs.filters.allStatuses")}</option>
          {PROGRAM_STATUSES.filter((s) => isOfficer || s !== "draft").map((s) => (
            <option key={s} value={s}>
              {t(`statuses.${s}`)}
            </option>
          ))}
        </Select>
        <Select className="sm:w-auto" aria-label={t("programs.filters.year")} {...select("year")}>
          <option value="">{t("programs.filters.allYears")}</option>
          {years.map((y) => (
            <option key={y} value={String(y)}>
              {y}
            </option>
          ))}
        </Select>
        <CompanyFilter className="sm:w-72" selected={company} onChange={(id) => apply({ company: id })} />
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-3 empty:hidden">
        {isOfficer ? (
          <label className="flex items-center gap-2 text-sm text-slate-700">
            <input
              type="checkbox"
              className="h-4 w-4 rounded border-slate-300 accent-brand-700"
              checked={params.get("mine") === "1"}
              onChange={(e) => apply({ mine: e.target.checked ? "1" : null })}
            />
            {t("programs.filters.mine")}
          </label>
        ) : null}
        {params.has("area") ? (
          <label className="flex items-center gap-2 text-sm text-slate-700">
            <input
              type="checkbox"
              className="h-4 w-4 rounded border-slate-300 accent-brand-700"
              checked={params.get("whole") === "1"}
              onChange={(e) => apply({ whole: e.target.checked ? "1" : null })}
            />
            {t("programs.filters.whole")}
          </label>
        ) : null}
        {active ? (
          <Button
            variant="ghost"
            size="sm"
            className="ml-auto"
            onClick={() => {
              setQ("");
              start(() => router.push(pathname));
            }}
          >
            {t("common.reset")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
