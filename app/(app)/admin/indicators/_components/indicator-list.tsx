"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { formatNumber, formatPercent } from "@/lib/format";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Card } from "@/components/ui/card";
import { Select } from "@/components/ui/field";
import { INDICATOR_MEASURES, type IndicatorMeasure } from "@/server/indicators/indicators.schemas";
import { useTRPC } from "../../../../_trpc/client";
import type { IndicatorRow } from "./types";

const formatValue = (r: Pick<IndicatorRow, "measure" | "value">) => (r.measure === "poverty_rate" ? formatPercent(r.value) : formatNumber(r.value));

/** The figures of the admin's jurisdiction, newest year first; a table on wide screens, cards on phones. */
export function IndicatorList() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [measure, setMeasure] = useState<IndicatorMeasure | "">("");
  const [year, setYear] = useState("");
  const all = useQuery(trpc.indicators.list.queryOptions({}));
  const input = { ...(measure ? { measure } : {}), ...(year ? { year: Number(year) } : {}) };
  const { data, isFetching } = useQuery(trpc.indicators.list.queryOptions(input));
  const years = [...new Set((all.data?.items ?? []).map((r) => r.year))];

  return (
    <section aria-labelledby="indicator-list-title" aria-busy={isFetching} className="space-y-3">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <h2 id="indicator-list-title" className="text-base font-semibold text-slate-900">
          {t("indicators.listTitle")}
        </h2>
        <div className="flex gap-2">
          <Select aria-label={t("indicators.columns.measure")} value={measure} onChange={(e) => setMeasure(e.target.value as IndicatorMeasure | "")}>
            <option value="">{t("indicators.allMeasures")}</option>
            {INDICATOR_MEASURES.map((m) => (
              <option key={m} value={m}>
                {t(`indicators.measures.${m}`)}
              </option>
            ))}
          </Select>
          <Select aria-label={t("indicators.columns.year")} value={year} onChange={(e) => setYear(e.target.value)}>
            <option value="">{t("indicators.allYears")}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Select>
        </div>
      </div>
      {!data ? (
        <p className="text-sm text-slate-500">{t("common.loading")}</p>
      ) : data.items.length === 0 ? (
        <Card className="p-8 text-center text-sm text-slate-600">{t("indicators.listEmpty")}</Card>
      ) : (
        <>
          <p className="text-sm text-slate-600" data-testid="indicator-count">
            {t(data.truncated ? "indicators.listTruncated" : "indicators.listCount", { n: formatNumber(data.items.length) })}
          </p>
          <Card className="hidden overflow-x-auto md:block">
            <table className="min-w-full divide-y divide-slate-200 text-sm">
              <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
                <tr>
                  {(["area", "year", "measure", "value", "source"] as const).map((c) => (
                    <th key={c} scope="col" className={`px-4 py-3 ${c === "value" ? "text-right" : ""}`}>
                      {t(`indicators.columns.${c}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {data.items.map((r) => (
                  <tr key={r.id} className="align-top">
                    <td className="px-4 py-2">
                      <span className="font-medium text-slate-900">{r.areaName}</span>
                      <span className="ml-2 font-mono text-xs text-slate-500">{r.areaCode}</span>
                    </td>
                    <td className="px-4 py-2 tabular-nums">{r.year}</td>
                    <td className="px-4 py-2">{t(`indicators.measures.${r.measure}`)}</td>
                    <td className="px-4 py-2 text-right tabular-nums">{formatValue(r)}</td>
                    <td className="max-w-md px-4 py-2 text-slate-600">{r.source}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
          <ul className="space-y-2 md:hidden">
            {data.items.map((r) => (
              <li key={r.id} className="rounded-xl border border-slate-200 bg-white p-3 shadow-sm">
                <div className="flex items-baseline justify-between gap-3">
                  <span className="font-medium text-slate-900">{r.areaName}</span>
                  <span className="tabular-nums text-slate-900">{formatValue(r)}</span>
                </div>
                <p className="text-xs text-slate-600">
                  {t(`indicators.measures.${r.measure}`)} · {r.year}
                </p>
                <p className="mt-1 text-xs text-slate-500 wrap-anywhere">{r.source}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
