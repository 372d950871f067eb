import { budgetSumLabel, figureGapsNote, plannedSumLabel } from "@/lib/figure-gaps";
import { formatNumber } from "@/lib/format";
import { getTranslator } from "@/server/i18n/locale";
import { cn } from "@/components/ui/cn";
import type { Totals } from "@/server/dashboard/dashboard.queries";
import { TYPE } from "./type-scale";

/** Slide 1: the six headline numbers, as large as the screen allows, and what the sums leave out. */
export async function FiguresSlide({ totals }: { totals: Totals }) {
  const { t, locale } = await getTranslator();
  const figures = [
    { key: "programs", label: t("present.figures.programs"), value: formatNumber(totals.programs) },
    { key: "companies", label: t("present.figures.companies"), value: formatNumber(totals.companies) },
    { key: "budget", label: t("present.figures.budget"), value: budgetSumLabel(t, locale, totals) },
    { key: "planned", label: t("present.figures.planned"), value: plannedSumLabel(t, totals) },
    { key: "reached", label: t("present.figures.reached"), value: formatNumber(totals.reachedBeneficiaries) },
    { key: "flags", label: t("present.figures.openFlags"), value: formatNumber(totals.openFlags), alert: totals.openFlags > 0 },
  ];
  const gaps = figureGapsNote(t, totals);
  return (
    <>
      <ul
        className="grid flex-1 auto-rows-fr grid-cols-1 gap-2 min-[480px]:grid-cols-2 sm:gap-[2.2vmin] lg:grid-cols-3"
        data-testid="present-figures"
      >
        {figures.map((f) => (
          <li
            key={f.key}
            className={cn(
              "@container flex min-w-0 flex-col justify-between gap-4 rounded-2xl p-4 ring-1 ring-inset sm:p-[3vmin]",
              f.alert ? "bg-amber-50 ring-amber-300" : "bg-slate-50 ring-slate-200",
            )}
          >
            <span className={cn(TYPE.body, "font-medium leading-snug", f.alert ? "text-amber-900" : "text-slate-600")}>{f.label}</span>
            <span
              className={cn(
                TYPE.figure,
                "block whitespace-nowrap font-bold leading-none tracking-tight tabular-nums",
                f.alert ? "text-amber-700" : "text-brand-800",
              )}
              data-testid={`present-figure-${f.key}`}
            >
              {f.value}
            </span>
          </li>
        ))}
      </ul>
      {gaps ? (
        <p className={cn(TYPE.small, "mt-[max(0.5rem,1.5vh)] shrink-0 text-slate-600")} data-testid="present-figure-gaps">
          {gaps}
        </p>
      ) : null}
    </>
  );
}
