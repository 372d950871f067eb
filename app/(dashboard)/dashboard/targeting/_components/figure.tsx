"use client";

import { formatNumber, formatPercent } from "@/lib/format";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { Figure } from "./types";

/** A published figure with the year it describes and its source; "not reported" when there is none. */
export function FigureValue({ figure, kind }: { figure: Figure | null; kind: "rate" | "people" }) {
  const { t } = useI18n();
  if (!figure) return <span className="text-slate-600">{t("targeting.notReported")}</span>;
  return (
    <span className="inline-flex min-w-0 flex-col">
      <span className="tabular-nums text-slate-900">{kind === "rate" ? formatPercent(figure.value) : formatNumber(figure.value)}</span>
      {/* Sources quote web addresses: they wrap anywhere, and are shown whole (a tooltip does not reach phones). */}
      <span className="text-xs text-slate-600 wrap-anywhere">
        {t("targeting.figureMeta", { year: figure.year, source: figure.source })}
      </span>
    </span>
  );
}
