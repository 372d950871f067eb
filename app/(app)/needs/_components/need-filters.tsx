"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState, useTransition } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { SECTORS } from "@/lib/enums";

interface Props {
  regencies: { code: string; name: string }[];
  isOfficer: boolean;
}

/** The catalogue's filters live in the URL, so a link reproduces the same list. */
export function NeedFilters({ regencies, isOfficer }: Props) {
  const { t } = useI18n();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [pending, start] = useTransition();
  const [q, setQ] = useState(params.get("q") ?? "");
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
    next.delete("id");
    next.delete("saved");
    const qs = next.toString();
    start(() => router.push(qs ? `${pathname}?${qs}` : pathname));
  }
  const select = (name: string) => ({
    name,
    value: params.get(name) ?? "",
    onChange: (e: React.ChangeEvent<HTMLSelectElement>) => apply({ [name]: e.target.value || null }),
  });
  const active = ["q", "sector", "area", "status", "mine", "id"].some((k) => params.has(k));

  return (
    <form
      role="search"
      aria-busy={pending}
      onSubmit={(e) => {
        e.preventDefault();
        apply({ q: q.trim() || null });
      }}
      className="mb-4 space-y-3 rounded-xl border border-slate-200 bg-white p-3 shadow-sm"
    >
      <div className="flex gap-2">
        <Input
          type="search"
          aria-label={t("needs.filters.search")}
          placeholder={t("needs.filters.search")}
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <Button type="submit" variant="secondary">
          {t("common.search")}
        </Button>
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
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
        {isOfficer ? (
          <label className="flex items-center gap-2 text-sm text-slate-700">
            <input
              type="checkbox"
              className="h-4 w-4 rounded border-slate-300 accent-brand-700"
              checked={params.get("mine") === "1"}
              onChange={(e) => apply({ mine: e.target.checked ? "1" : null })}
            />
            {t("needs.filters.mine")}
          </label>
        ) : (
          <Select aria-label={t("needs.filters.status")} {...select("status")}>
            <option value="">{t("needs.statuses.open")}</option>
            <option value="closed">{t("needs.statuses.closed")}</option>
            <option value="all">{t("needs.filters.statusAll")}</option>
          </Select>
        )}
      </div>
      {active ? (
        <div className="flex justify-end">
          <Button
            variant="ghost"
            size="sm"
            onClick={() => {
              setQ("");
              start(() => router.push(pathname));
            }}
          >
            {t("common.reset")}
          </Button>
        </div>
      ) : null}
    </form>
  );
}
