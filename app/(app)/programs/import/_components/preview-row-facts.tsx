"use client";

import type { ReactNode } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { cn } from "@/components/ui/cn";
import { formatDate } from "@/lib/format";
import type { Locale, Translate } from "@/lib/i18n/core";
import { beneficiariesLabel, budgetLabel, targetGroupLabel } from "@/lib/program-labels";
import type { PreviewMessage, PreviewRow } from "@/server/imports/preview.schemas";
import { PreviewCategoryFix } from "./preview-category-fix";
import { PreviewMessages } from "./preview-messages";
import { PreviewPlaceFix } from "./preview-place-fix";
import { PreviewSectorFix } from "./preview-sector-fix";

type Grouped = Map<PreviewMessage["field"], PreviewMessage[]>;

function Fact({ label, messages, className, children }: { label: string; messages?: PreviewMessage[]; className?: string; children: ReactNode }) {
  // A fact with something said about it takes two columns, so the sentence is not squeezed into one.
  return (
    <div className={cn("min-w-0", Boolean(messages?.length) && "col-span-2", className)}>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-0.5 text-sm text-slate-900">
        {children}
        <PreviewMessages messages={messages} />
      </dd>
    </div>
  );
}

function period(t: Translate, locale: Locale, start: string | null, end: string | null): string {
  const side = (d: string | null) => (d ? formatDate(d, locale) : t("common.notFilled"));
  return start || end ? `${side(start)} – ${side(end)}` : t("common.notFilled");
}

function TargetGroupValue({ row }: { row: PreviewRow }) {
  const { t } = useI18n();
  const words = row.targetGroupText?.trim();
  if (words && row.targetGroup && row.targetGroupInferred) {
    return (
      <>
        <span>{t("imports.preview.inferred", { words, category: t(`targetGroups.${row.targetGroup}`) })}</span>{" "}
        <span className="text-xs text-slate-500">({t("imports.preview.inferredNote")})</span>
      </>
    );
  }
  if (words && !row.targetGroup) return <span>{t("imports.preview.noCategory", { words })}</span>;
  return <span>{targetGroupLabel(t, row)}</span>;
}

/** The row's values as they would be saved, each with what the import says about it beside it. */
export function PreviewRowFacts({ row, messages }: { row: PreviewRow; messages: Grouped }) {
  const { t, locale } = useI18n();
  // A chosen place may also be listed among the resolved ones; it shows once, beside its question.
  const chosen = new Set(row.placeAsks.map((a) => a.chosen).filter(Boolean));
  const areas = row.areas.filter((a) => !chosen.has(a.code));
  const dates = [...(messages.get("start_date") ?? []), ...(messages.get("end_date") ?? [])];
  return (
    <dl className="grid grid-cols-2 gap-x-4 gap-y-3 lg:grid-cols-4">
      <Fact label={t("imports.preview.fields.description")} messages={messages.get("description")} className="col-span-full">
        {/* Three lines are enough to recognise the row; the whole text is kept for the program. */}
        <p className="line-clamp-3 text-slate-700" title={row.description}>
          {row.description || t("common.notFilled")}
        </p>
      </Fact>
      <Fact label={t("imports.preview.fields.locations")} messages={messages.get("locations")} className="col-span-2">
        {areas.length ? (
          <ul className="space-y-0.5">
            {areas.map((a) => (
              <li key={a.code}>{a.label}</li>
            ))}
          </ul>
        ) : row.placeAsks.length === 0 ? (
          <span className="text-slate-500">{t("imports.preview.noPlaces")}</span>
        ) : null}
        {row.placeAsks.length ? (
          <div className="mt-1.5 space-y-2">
            {row.placeAsks.map((ask, i) => (
              <PreviewPlaceFix key={`${i}-${ask.text}`} row={row.row} index={i} ask={ask} />
            ))}
          </div>
        ) : null}
      </Fact>
      <Fact label={t("imports.preview.fields.target_group")} messages={messages.get("target_group")} className="col-span-2">
        <TargetGroupValue row={row} />
        <div className="mt-1.5">
          <PreviewCategoryFix row={row} />
        </div>
      </Fact>
      <Fact label={t("imports.preview.fields.sector")} messages={messages.get("sector")} className={row.sector ? undefined : "col-span-2"}>
        {row.sector ? t(`sectors.${row.sector}`) : <PreviewSectorFix row={row.row} />}
      </Fact>
      <Fact label={t("imports.preview.fields.period")} messages={dates}>
        {period(t, locale, row.startDate, row.endDate)}
      </Fact>
      <Fact label={t("imports.preview.fields.budget_idr")} messages={messages.get("budget_idr")}>
        <span className={cn("tabular-nums", row.budgetIdr === null && "text-slate-500")}>{budgetLabel(t, row.budgetIdr)}</span>
      </Fact>
      <Fact label={t("imports.preview.fields.beneficiaries")} messages={messages.get("beneficiaries")}>
        <span className={cn("tabular-nums", row.plannedBeneficiaries === null && "text-slate-500")}>
          {beneficiariesLabel(t, row.plannedBeneficiaries)}
        </span>
      </Fact>
    </dl>
  );
}
