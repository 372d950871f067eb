import type { OverlapKind } from "@/lib/enums";
import { formatNumber } from "@/lib/format";
import { getTranslator } from "@/server/i18n/locale";
import { cn } from "@/components/ui/cn";
import { SlideEmpty } from "./slide";
import { TYPE } from "./type-scale";

interface Side {
  title: string;
  companyName: string;
}
export interface PresentFlag {
  id: string;
  kind: OverlapKind;
  score: number;
  a: Side;
  b: Side;
}

function Program({ side }: { side: Side }) {
  return (
    <span className="min-w-0">
      <span className={cn(TYPE.lead, "line-clamp-2 font-semibold leading-snug text-slate-900")}>{side.title}</span>
      <span className={cn(TYPE.small, "block truncate text-slate-500")}>{side.companyName}</span>
    </span>
  );
}

/** Slide 4: the open overlap flags awaiting a decision, highest score first, the two programs side by side. */
export async function OverlapsSlide({ flags }: { flags: { total: number; items: PresentFlag[] } }) {
  const { t } = await getTranslator();
  if (flags.items.length === 0) return <SlideEmpty tone="good">{t("present.noOverlaps")}</SlideEmpty>;
  return (
    <div className="flex flex-1 flex-col">
      <ol
        className="grid gap-x-[2.5vmin] gap-y-[max(0.6rem,1.2vh)] sm:grid-cols-[auto_minmax(0,1fr)_auto_minmax(0,1fr)]"
        data-testid="present-overlaps"
      >
        {flags.items.map((f) => {
          const pct = Math.round(f.score * 100);
          const strong = f.kind === "duplicate";
          return (
            <li
              key={f.id}
              className="grid items-center gap-y-2 rounded-2xl bg-slate-50 p-3 ring-1 ring-inset ring-slate-200 sm:col-span-4 sm:grid-cols-subgrid sm:px-[2vmin] sm:py-[1.4vmin]"
            >
              <span className="flex flex-row items-baseline gap-2 sm:flex-col sm:gap-0">
                <span className={cn(TYPE.lead, "font-bold tabular-nums leading-none", strong ? "text-red-700" : "text-amber-700")}>
                  {t("present.score", { pct })}
                </span>
                <span className={cn(TYPE.small, "font-medium", strong ? "text-red-700" : "text-amber-800")}>
                  {t(`review.kinds.${f.kind}`)}
                </span>
              </span>
              <Program side={f.a} />
              <span className={cn(TYPE.lead, "hidden text-slate-400 sm:block")} aria-hidden="true">
                ↔
              </span>
              <Program side={f.b} />
            </li>
          );
        })}
      </ol>
      <p className={cn(TYPE.small, "pt-[2vh] text-slate-500")}>
        {t("present.moreOverlaps", { shown: formatNumber(flags.items.length), total: formatNumber(flags.total) })}
      </p>
    </div>
  );
}
