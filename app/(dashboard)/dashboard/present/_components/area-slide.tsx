import Link from "next/link";
import { TileMap } from "@/components/charts/tile-map";
import { budgetSumLabel } from "@/lib/figure-gaps";
import { formatNumber } from "@/lib/format";
import { getTranslator } from "@/server/i18n/locale";
import { cn } from "@/components/ui/cn";
import type { AreaBucket, Bucket } from "@/server/dashboard/dashboard.queries";
import type { DashboardFilters } from "@/server/dashboard/dashboard.schemas";
import { programsHref } from "../../_components/links";
import { presentHref } from "./present-links";
import { TYPE } from "./type-scale";

const TOP = 5;
const shortName = (name: string) => name.replace(/^(Kabupaten|Kota) /, "");
/** `Rp 2,4 M` must not break between the number and its unit. */
const nowrap = (text: string) => text.replace(/ /g, "\u00a0");

/**
 * Slide 3: programs per area on the tile map, drawn large (the shared map is sized for the
 * dashboard, so it is zoomed here), beside the areas with the most programs. A tile opens the
 * presentation for that area, on this slide; below the regency level it opens the list.
 */
export async function AreaSlide({
  byArea,
  filters,
  slide,
}: {
  byArea: { focus: string; areas: AreaBucket[]; wide: Bucket };
  filters: DashboardFilters;
  slide: number;
}) {
  const { t, locale } = await getTranslator();
  const canDrill = byArea.focus.split(".").length < 3;
  const top = byArea.areas
    .filter((a) => a.programs > 0)
    .sort((a, b) => b.programs - a.programs || b.budgetIdr - a.budgetIdr)
    .slice(0, TOP);
  return (
    <div className="grid flex-1 items-start gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:gap-[4vmin]">
      {/* The zoom grows with the screen's width and height alike, so the map fills a projector without spilling. */}
      <div className="md:[zoom:1.15] xl:[zoom:1.35] [@media(min-width:1536px)_and_(min-height:900px)]:[zoom:2.1]" data-testid="present-map">
        <TileMap
          tiles={byArea.areas.map((a) => ({
            code: a.key,
            name: a.name,
            value: a.programs,
            valueText: t("present.programsN", { n: formatNumber(a.programs) }),
            href: canDrill ? presentHref({ ...filters, area: a.key }, slide) : programsHref({ ...filters, area: a.key }),
          }))}
          measureLabel={t("dashboard.measures.programs")}
          formatBound={(n) => formatNumber(Math.round(n))}
          whole
          emptyLabel={t("dashboard.noPrograms")}
        />
      </div>
      <div className="flex flex-col gap-[max(0.75rem,2vh)]">
        <h3 className={cn(TYPE.body, "font-semibold uppercase tracking-wide text-slate-500")}>{t("present.topAreas")}</h3>
        {top.length === 0 ? (
          <p className={cn(TYPE.lead, "rounded-2xl bg-slate-50 p-[3vmin] text-slate-600")}>{t("present.noPrograms")}</p>
        ) : (
          <ol className="divide-y divide-slate-200 border-y border-slate-200">
            {top.map((a, i) => (
              <li key={a.key} className="flex items-baseline gap-[2vmin] py-[max(0.5rem,1.3vh)]">
                <span className={cn(TYPE.body, "w-[1.2em] shrink-0 font-bold tabular-nums text-brand-700")}>{i + 1}</span>
                <Link
                  href={canDrill ? presentHref({ ...filters, area: a.key }, slide) : programsHref({ ...filters, area: a.key })}
                  className={cn(TYPE.lead, "min-w-0 flex-1 truncate font-semibold leading-tight text-slate-900 hover:underline")}
                >
                  {shortName(a.name)}
                </Link>
                <span className={cn(TYPE.small, "hidden shrink-0 tabular-nums text-slate-500 sm:inline")}>
                  {budgetSumLabel(t, locale, a)}
                </span>
                <span className={cn(TYPE.lead, "shrink-0 font-bold tabular-nums text-slate-900")}>{formatNumber(a.programs)}</span>
              </li>
            ))}
          </ol>
        )}
        {byArea.wide.programs > 0 ? (
          <p className={cn(TYPE.body, "rounded-xl bg-brand-50 px-[2.5vmin] py-[1.8vmin] font-medium text-brand-900")}>
            {t("present.wide", { n: formatNumber(byArea.wide.programs), budget: nowrap(budgetSumLabel(t, locale, byArea.wide)) })}
          </p>
        ) : null}
        {top.length > 0 ? <p className={cn(TYPE.small, "text-slate-500")}>{t("present.mapNote")}</p> : null}
      </div>
    </div>
  );
}
