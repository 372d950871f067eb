import { budgetSumLabel, figureGapsNote, isSumUnknown, sumGaps } from "@/lib/figure-gaps";
import { formatNumber } from "@/lib/format";
import { getTranslator } from "@/server/i18n/locale";
import { cn } from "@/components/ui/cn";
import type { Bucket } from "@/server/dashboard/dashboard.queries";
import type { SECTORS } from "@/server/programs/programs.schemas";
import { SlideEmpty } from "./slide";
import { TYPE } from "./type-scale";

type Sector = (typeof SECTORS)[number];

/**
 * Slide 2: planned budget per sector, largest first, as thick bars with the amount beside each;
 * under them, the programs left out for lack of a budget.
 */
export async function SectorSlide({ sectors, totalBudget }: { sectors: Bucket[]; totalBudget: number }) {
  const { t, locale } = await getTranslator();
  const rows = [...sectors].filter((s) => s.programs > 0).sort((a, b) => b.budgetIdr - a.budgetIdr);
  const max = Math.max(0, ...rows.map((r) => r.budgetIdr));
  if (rows.length === 0) return <SlideEmpty>{t("present.noPrograms")}</SlideEmpty>;
  const gaps = figureGapsNote(t, sumGaps(rows), ["budget"]);
  return (
    <>
      <ul
        className="grid flex-1 content-center gap-x-[3vmin] gap-y-[max(0.9rem,2.4vh)] sm:grid-cols-[minmax(10rem,auto)_1fr_auto]"
        data-testid="present-sectors"
      >
        {rows.map((r) => {
          const share = totalBudget > 0 ? Math.round((r.budgetIdr / totalBudget) * 100) : 0;
          return (
            <li key={r.key} className="grid grid-cols-1 gap-y-1 sm:col-span-3 sm:grid-cols-subgrid sm:items-center">
              <span className={cn(TYPE.lead, "min-w-0 font-semibold leading-tight text-slate-900")}>
                {t(`sectors.${r.key as Sector}`)}
                <span className={cn(TYPE.small, "block font-normal text-slate-500")}>
                  {t("present.programsN", { n: formatNumber(r.programs) })}
                </span>
              </span>
              <span className="order-last block h-[max(0.75rem,2.6vmin)] rounded-full bg-slate-100 sm:order-none" aria-hidden="true">
                <span
                  className="block h-full rounded-full bg-brand-600"
                  style={{ width: `${max > 0 ? Math.max(1.5, (r.budgetIdr / max) * 100) : 0}%` }}
                />
              </span>
              <span className={cn(TYPE.lead, "font-bold tabular-nums text-slate-900 sm:text-right")}>
                {budgetSumLabel(t, locale, r)}
                {isSumUnknown(r.programs, r.withoutBudget) ? null : (
                  <span className={cn(TYPE.small, "ml-2 font-medium text-slate-500")}>{share}%</span>
                )}
              </span>
            </li>
          );
        })}
      </ul>
      {gaps ? (
        <p className={cn(TYPE.small, "mt-[max(0.5rem,1.5vh)] shrink-0 text-slate-600")} data-testid="present-sector-gaps">
          {gaps}
        </p>
      ) : null}
    </>
  );
}
