"use client";

import { skipToken, useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { areaName } from "@/lib/areas/area-label";
import { formatPeriod, parseWholeNumber } from "@/lib/format";
import { useI18n } from "@/components/i18n/i18n-provider";
import { historyPlace, renderHistory, renderReason } from "@/lib/overlaps/reasons";
import { Badge } from "@/components/ui/badge";
import { liveCheckSchema } from "@/server/overlaps/overlaps.schemas";
import { useTRPC } from "../../../_trpc/client";
import type { ProgramFormValues } from "./program-form";
import { useDebounced } from "@/components/ui/use-debounced";

/**
 * The live warning: once the form has a sector, places and dates, likely matches appear here,
 * with the reasons, before the officer saves or submits.
 */
export function LiveOverlapCheck({
  values,
  excludeId,
  onMatches,
}: {
  values: ProgramFormValues;
  excludeId?: string;
  onMatches?: (count: number) => void;
}) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const probe = liveCheckSchema.safeParse({
    excludeId,
    title: values.title,
    description: values.description,
    sector: values.sector || undefined,
    targetGroup: values.targetGroup,
    targetGroupText: values.targetGroupText,
    areaCodes: values.areas.map((a) => a.code),
    startDate: values.startDate,
    endDate: values.endDate,
    budgetIdr: Number.isFinite(parseWholeNumber(values.budget)) ? parseWholeNumber(values.budget) : undefined,
    plannedBeneficiaries: Number.isFinite(parseWholeNumber(values.beneficiaries)) ? parseWholeNumber(values.beneficiaries) : undefined,
  });
  const ready = probe.success && probe.data.title.length >= 5 && probe.data.startDate <= probe.data.endDate;
  const input = useDebounced(ready ? probe.data : null, 600);
  const { data, isFetching } = useQuery({
    ...trpc.overlaps.check.queryOptions(input ?? skipToken),
    placeholderData: (prev) => prev,
  });
  // Repeats are history (the same aid here in other years), shown apart and not counted as warnings.
  const conflicts = data?.filter((m) => m.kind !== "repeat") ?? [];
  const history = data?.filter((m) => m.kind === "repeat") ?? [];
  const count = ready && input !== null ? conflicts.length : 0;
  useEffect(() => onMatches?.(count), [count, onMatches]);
  if (!ready || input === null) return null;
  if (!data || data.length === 0) {
    return (
      <p className="mt-4 text-sm text-slate-500" role="status" data-testid="live-check-none">
        {isFetching ? t("review.liveChecking") : t("review.liveNone")}
      </p>
    );
  }
  const historySection =
    history.length > 0 ? (
      <section
        aria-labelledby="live-history-title"
        className="mt-4 rounded-xl border border-sky-200 bg-sky-50 p-4 sm:p-5"
        data-testid="live-history"
      >
        <h2 id="live-history-title" className="text-base font-semibold text-sky-950">
          {t("review.historyTitle")}
        </h2>
        <p className="mt-1 text-sm text-sky-900">{t("review.historyBody")}</p>
        <ul className="mt-3 space-y-2">
          {history.map((m) => {
            const place = historyPlace(m.reasons) ?? m.areas[0];
            return (
              <li key={m.programId} className="rounded-lg border border-sky-100 bg-white p-3 text-sm text-slate-800">
                {place
                  ? renderHistory(
                      {
                        place,
                        title: m.title,
                        companyName: m.companyName,
                        startDate: m.startDate,
                        endDate: m.endDate,
                        earlier: m.endDate < input.startDate,
                      },
                      t,
                    )
                  : m.title}
                <a
                  href={`/programs/${m.programId}`}
                  target="_blank"
                  rel="noreferrer"
                  className="ml-2 text-xs font-medium text-brand-700 hover:underline"
                >
                  {t("review.open")}
                </a>
              </li>
            );
          })}
        </ul>
      </section>
    ) : null;
  if (conflicts.length === 0) {
    return (
      <>
        <p className="mt-4 text-sm text-slate-500" role="status" data-testid="live-check-none">
          {isFetching ? t("review.liveChecking") : t("review.liveNone")}
        </p>
        {historySection}
      </>
    );
  }
  return (
    <>
      <section
        aria-labelledby="live-check-title"
        className="mt-4 rounded-xl border border-amber-300 bg-amber-50 p-4 sm:p-5"
        data-testid="live-check"
      >
        <h2 id="live-check-title" className="text-base font-semibold text-amber-950">
          {t("review.liveTitle")}
        </h2>
        <p className="mt-1 text-sm text-amber-900">{t("review.liveBody")}</p>
        <ul className="mt-3 space-y-3">
          {conflicts.map((m) => (
            <li key={m.programId} className="rounded-lg border border-amber-200 bg-white p-3 text-sm">
              <div className="flex flex-wrap items-center gap-2">
                <Badge tone={m.kind === "duplicate" ? "red" : "amber"}>{t(`review.kinds.${m.kind}`)}</Badge>
                <a
                  href={`/programs/${m.programId}`}
                  target="_blank"
                  rel="noreferrer"
                  className="font-medium text-slate-900 hover:text-brand-700 hover:underline"
                >
                  {m.title}
                </a>
              </div>
              <div className="mt-1 text-xs text-slate-600">
                {m.isOwnCompany ? t("review.liveOwn") : m.companyName} ·{" "}
                {m.areas.map((a) => areaName({ ...a, level: a.code.split(".").length }, t)).join(", ")} ·{" "}
                {formatPeriod(m.startDate, m.endDate, locale)}
              </div>
              <ul className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-700">
                {m.reasons.map((r, i) => (
                  <li key={i}>• {renderReason(r, t, locale)}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>
      {historySection}
    </>
  );
}
