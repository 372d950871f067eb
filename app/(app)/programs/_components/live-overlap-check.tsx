"use client";

import { skipToken, useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { parseWholeNumber } from "@/lib/format";
import { useI18n } from "@/components/i18n/i18n-provider";
import { historyPlace, renderHistory } from "@/lib/overlaps/reasons";
import { liveCheckSchema } from "@/server/overlaps/overlaps.schemas";
import { useTRPC } from "../../../_trpc/client";
import type { ProgramFormValues } from "./program-form";
import { MatchList } from "./match-list";
import { useDebounced } from "@/components/ui/use-debounced";

/**
 * The live warning: once the form has a sector, places and dates, likely matches appear here,
 * with the reasons, before the officer saves or submits.
 */
export function LiveOverlapCheck(props: { values: ProgramFormValues; excludeId?: string; onMatches?: (count: number) => void }) {
  // One region that stays in the page, so a screen reader hears the warning when it appears, not only "none found".
  return (
    <div aria-live="polite" id="live-check">
      <LiveOverlapResult {...props} />
    </div>
  );
}

function LiveOverlapResult({
  values,
  excludeId,
  onMatches,
}: {
  values: ProgramFormValues;
  excludeId?: string;
  onMatches?: (count: number) => void;
}) {
  const { t } = useI18n();
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
      <p className="mt-4 text-sm text-slate-500" data-testid="live-check-none">
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
        <p className="mt-4 text-sm text-slate-500" data-testid="live-check-none">
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
        <MatchList matches={conflicts} />
      </section>
      {historySection}
    </>
  );
}
