import type { ReactNode } from "react";
import { formatDecimal, formatNumber, formatRupiahShort } from "@/lib/format";
import { getTranslator } from "@/server/i18n/locale";
import { cn } from "@/components/ui/cn";
import type { SECTORS } from "@/server/programs/programs.schemas";
import { CheckMark } from "./slide";
import { TYPE } from "./type-scale";

type Sector = (typeof SECTORS)[number];
const SHOWN = 5;

interface Figure {
  value: number;
  year: number;
}
export interface PresentGaps {
  gaps: {
    total: number;
    items: {
      id: string;
      title: string;
      sector: Sector;
      ageDays: number;
      estimatedBudgetIdr: number | null;
      area: { name: string } | null;
    }[];
  };
  blankSpots: { total: number; items: { code: string; name: string; povertyRate: Figure | null; poorPeople: Figure | null }[] };
}

function Column({
  title,
  empty,
  more,
  children,
  testId,
}: {
  title: string;
  empty: string | null;
  more: string | null;
  children: ReactNode;
  testId: string;
}) {
  return (
    <section
      className="flex min-w-0 flex-col rounded-2xl bg-slate-50 p-4 ring-1 ring-inset ring-slate-200 sm:p-[3vmin]"
      data-testid={testId}
    >
      <h3 className={cn(TYPE.lead, "font-bold text-slate-900")}>{title}</h3>
      {empty ? (
        <p
          className={cn(
            TYPE.lead,
            "flex flex-1 flex-col items-center justify-center gap-[2vmin] py-8 text-center font-medium text-brand-800",
          )}
        >
          <CheckMark />
          {empty}
        </p>
      ) : (
        <ul className="mt-[1.5vh] divide-y divide-slate-200">{children}</ul>
      )}
      {more ? <p className={cn(TYPE.small, "mt-auto pt-[1.5vh] font-medium text-slate-500")}>{more}</p> : null}
    </section>
  );
}

/** Slide 5: what nobody reaches yet: needs no company adopted (oldest first) and poor areas without programs. */
export async function GapsSlide({ issues }: { issues: PresentGaps }) {
  const { t, locale } = await getTranslator();
  const needs = issues.gaps.items.slice(0, SHOWN);
  const spots = [...issues.blankSpots.items].sort((a, b) => (b.povertyRate?.value ?? 0) - (a.povertyRate?.value ?? 0)).slice(0, SHOWN);
  const moreNeeds = issues.gaps.total - needs.length;
  const moreSpots = issues.blankSpots.total - spots.length;
  return (
    <div className="grid flex-1 items-stretch gap-4 lg:grid-cols-2 lg:gap-[3vmin]">
      <Column
        title={t("present.needsTitle", { n: formatNumber(issues.gaps.total) })}
        empty={issues.gaps.total === 0 ? t("present.needsEmpty") : null}
        more={moreNeeds > 0 ? t("present.moreItems", { n: formatNumber(moreNeeds) }) : null}
        testId="present-needs"
      >
        {needs.map((n) => (
          <li key={n.id} className="py-[max(0.5rem,1.3vh)]">
            <span className={cn(TYPE.lead, "line-clamp-2 font-semibold leading-snug text-slate-900")}>{n.title}</span>
            <span className={cn(TYPE.small, "block truncate text-slate-500")}>
              {[
                n.area?.name,
                t(`sectors.${n.sector}`),
                n.estimatedBudgetIdr ? formatRupiahShort(n.estimatedBudgetIdr, locale) : null,
                t("present.needAge", { n: formatNumber(n.ageDays) }),
              ]
                .filter(Boolean)
                .join(" · ")}
            </span>
          </li>
        ))}
      </Column>
      <Column
        title={t("present.blankTitle", { n: formatNumber(issues.blankSpots.total) })}
        empty={issues.blankSpots.total === 0 ? t("present.blankEmpty") : null}
        more={moreSpots > 0 ? t("present.moreItems", { n: formatNumber(moreSpots) }) : null}
        testId="present-blank-spots"
      >
        {spots.map((s) => (
          <li key={s.code} className="flex items-baseline justify-between gap-4 py-[max(0.5rem,1.3vh)]">
            <span className="min-w-0">
              <span className={cn(TYPE.lead, "block truncate font-semibold text-slate-900")}>
                {s.name.replace(/^(Kabupaten|Kota) /, "")}
              </span>
              {s.poorPeople ? (
                <span className={cn(TYPE.small, "block text-slate-500")}>
                  {t("present.poorPeople", { n: formatNumber(s.poorPeople.value) })}
                </span>
              ) : null}
            </span>
            {s.povertyRate ? (
              <span className={cn(TYPE.body, "shrink-0 font-bold tabular-nums text-red-700")}>
                {t("present.blankRate", { rate: formatDecimal(s.povertyRate.value), year: s.povertyRate.year })}
              </span>
            ) : null}
          </li>
        ))}
      </Column>
    </div>
  );
}
