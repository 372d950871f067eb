"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { budgetSumLabel } from "@/lib/figure-gaps";
import { formatPercent } from "@/lib/format";
import { useI18n } from "@/components/i18n/i18n-provider";
import { translateServerKey } from "@/lib/i18n/core";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card, CardSection } from "@/components/ui/card";
import type { TargetingViewInput } from "@/server/targeting/targeting.schemas";
import { useTRPC } from "../../../../_trpc/client";
import { describeError } from "../../../../_trpc/errors";
import { TargetingHighlights } from "./targeting-highlights";
import { TargetingNotes } from "./targeting-notes";
import { TargetingTable } from "./targeting-table";
import { exportHref, programsHref, type TargetingView } from "./types";

/** The focus area's own figure and the threshold the blank-spot rule uses, in one sentence each. */
function FocusSummary({ view }: { view: TargetingView }) {
  const { t } = useI18n();
  const area = view.focus.name ?? t("common.national");
  const rate = view.focus.povertyRate;
  const threshold = view.thresholds.blankSpotRate;
  return (
    <div className="space-y-1 text-sm text-slate-700" data-testid="targeting-focus">
      <p>
        {rate
          ? t("targeting.focusRate", { area, rate: formatPercent(rate.value), year: rate.year, source: rate.source })
          : view.year === null
            ? t("targeting.focusNoRateAllYears", { area })
            : t("targeting.focusNoRate", { area, year: view.year })}
      </p>
      <p>
        {threshold
          ? t(threshold.basis === "focus" ? "targeting.thresholdFocus" : "targeting.thresholdMedian", {
              rate: formatPercent(threshold.value),
              area,
            })
          : t("targeting.thresholdNone")}
      </p>
    </div>
  );
}

/** Figures from different years side by side (a 2016 count beside a 2024 rate): said out loud, with the years. */
function MixedYears({ view }: { view: TargetingView }) {
  const { t } = useI18n();
  const years = view.figureYears;
  if (years.length < 2) return null;
  return (
    <Alert tone="warning" label="targeting-mixed-years">
      {t("targeting.mixedYears", { years: years.join(", "), oldest: years[0] ?? "", newest: years[years.length - 1] ?? "" })}
    </Alert>
  );
}

/** The targeting view for the filters in the URL: summary, blank spots and pile-ups, the table, and how to read it. */
export function TargetingReport({ input }: { input: TargetingViewInput }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  // While other filters load, the last view stays (marked busy) rather than collapsing the page.
  const { data, isFetching, error } = useQuery({ ...trpc.targeting.view.queryOptions(input), placeholderData: keepPreviousData });
  if (!data && error) {
    return (
      <Alert tone="error" label="targeting-failed">
        {translateServerKey(t, locale, describeError(error).message, "errors.internal")}
      </Alert>
    );
  }
  if (!data) return <p className="text-sm text-slate-500">{t("common.loading")}</p>;
  return (
    <div className="space-y-6" aria-busy={isFetching}>
      <Card>
        <CardSection>
          <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
            <FocusSummary view={data} />
            <div className="flex shrink-0 flex-wrap gap-2">
              <a className={buttonClass("secondary", "sm")} href={exportHref(input, "xlsx")} download>
                {t("targeting.exportXlsx")}
              </a>
              <a className={buttonClass("secondary", "sm")} href={exportHref(input, "csv")} download>
                {t("targeting.exportCsv")}
              </a>
            </div>
          </div>
        </CardSection>
      </Card>
      <MixedYears view={data} />
      <TargetingHighlights view={data} input={input} />
      <TargetingTable view={data} input={input} />
      {data.wide.programs > 0 ? (
        <p className="text-sm text-slate-600">
          <Link href={programsHref(input, data.focus.code, { whole: "1" })} className="hover:underline">
            {t("targeting.wide", {
              n: data.wide.programs,
              budget: budgetSumLabel(t, locale, data.wide),
              area: data.focus.name ?? t("common.national"),
            })}
          </Link>
        </p>
      ) : null}
      <TargetingNotes />
    </div>
  );
}
