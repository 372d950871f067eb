"use client";

import Link from "next/link";
import { budgetSumLabel } from "@/lib/figure-gaps";
import { formatDecimal, formatNumber, formatRupiah } from "@/lib/format";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { TargetingViewInput } from "@/server/targeting/targeting.schemas";
import { FigureValue } from "./figure";
import { programsHref, type TargetedArea, type TargetingView } from "./types";

const COLUMNS = [
  "area",
  "povertyRate",
  "poorPeople",
  "programs",
  "budget",
  "rupiahPerPoor",
  "governmentPerPoor",
  "servedRatio",
  "beneficiariesPerPoor",
] as const;

function Marks({ area }: { area: TargetedArea }) {
  const { t } = useI18n();
  return (
    <>
      {area.isBlankSpot ? <Badge tone="amber">{t("targeting.blankSpot")}</Badge> : null}
      {area.pileUp.length ? <Badge tone="violet">{t("targeting.pileUp")}</Badge> : null}
      {area.isUnderServed ? <Badge tone="amber">{t("targeting.underServed")}</Badge> : null}
    </>
  );
}

/** How many of the area's programs a sum leaves out for lack of the figure, in small print under it. */
function Gap({ n, figure }: { n: number; figure: "budget" | "beneficiaries" }) {
  const { t } = useI18n();
  if (n === 0) return null;
  const text =
    figure === "budget"
      ? t("figureGaps.withoutBudgetShort", { n: formatNumber(n) })
      : t("figureGaps.withoutBeneficiariesShort", { n: formatNumber(n) });
  return <span className="block text-xs font-normal text-slate-500">{text}</span>;
}

/** Two decimals, except that a ratio too small to show is "< 0,01", never a 0 that reads like an unreached area. */
const beneficiaryRatio = (v: number) => (v > 0 && v < 0.005 ? `< ${formatDecimal(0.01)}` : formatDecimal(v));

const rowTone = (a: TargetedArea) => (a.isBlankSpot || a.isUnderServed ? "bg-amber-50" : a.pileUp.length ? "bg-violet-50" : undefined);

/** Share of rupiah over share of poor people, "2,40×"; "—" when the area is not compared. */
const served = (a: TargetedArea, none: string) => (a.servedRatio === null ? none : `${formatDecimal(a.servedRatio)}×`);

/** Every child area of the focus: a table on wide screens, one card per area on phones. */
export function TargetingTable({ view, input }: { view: TargetingView; input: TargetingViewInput }) {
  const { t, locale } = useI18n();
  const ratio = (v: number | null, money: boolean) =>
    v === null ? t("common.none") : money ? formatRupiah(Math.round(v)) : beneficiaryRatio(v);
  if (view.areas.length === 0) return <Card className="p-8 text-center text-sm text-slate-600">{t("targeting.empty")}</Card>;
  return (
    <>
      <Card className="hidden overflow-x-auto md:block">
        <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="targeting-table">
          <caption className="sr-only">{t("targeting.title")}</caption>
          <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
            <tr>
              {COLUMNS.map((c) => (
                <th key={c} scope="col" className={cn("px-3 py-3", c !== "area" && "text-right")}>
                  {t(`targeting.columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {view.areas.map((a) => (
              <tr key={a.code} className={cn("align-top", rowTone(a))}>
                <th scope="row" className="px-3 py-2 text-left font-normal">
                  <Link href={programsHref(input, a.code)} className="font-medium text-brand-700 hover:underline">
                    {a.name}
                  </Link>
                  <div className="mt-1 flex flex-wrap gap-1">
                    <Marks area={a} />
                  </div>
                </th>
                <td className="px-3 py-2 text-right">
                  <FigureValue figure={a.povertyRate} kind="rate" />
                </td>
                <td className="px-3 py-2 text-right">
                  <FigureValue figure={a.poorPeople} kind="people" />
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{formatNumber(a.programs)}</td>
                <td className="px-3 py-2 text-right tabular-nums">
                  {budgetSumLabel(t, locale, a)}
                  <Gap n={a.withoutBudget} figure="budget" />
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{ratio(a.rupiahPerPoorPerson, true)}</td>
                <td className="px-3 py-2 text-right tabular-nums text-violet-900">
                  {a.government.activities === 0 ? t("targeting.governmentNone") : ratio(a.government.perPoor, true)}
                  {a.government.withoutBudget > 0 ? (
                    <span className="block text-xs font-normal text-slate-500">
                      {t("targeting.governmentWithoutBudget", { n: formatNumber(a.government.withoutBudget) })}
                    </span>
                  ) : null}
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{served(a, t("common.none"))}</td>
                <td className="px-3 py-2 text-right tabular-nums">
                  {ratio(a.beneficiariesPerPoorPerson, false)}
                  <Gap n={a.withoutBeneficiaries} figure="beneficiaries" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      <ul className="space-y-3 md:hidden" data-testid="targeting-cards">
        {view.areas.map((a) => (
          <li key={a.code} className={cn("rounded-xl border border-slate-200 bg-white p-4 shadow-sm", rowTone(a))}>
            <div className="flex items-start justify-between gap-2">
              <Link href={programsHref(input, a.code)} className="font-medium text-brand-700 hover:underline">
                {a.name}
              </Link>
              <span className="flex flex-wrap justify-end gap-1">
                <Marks area={a} />
              </span>
            </div>
            <dl className="mt-2 grid grid-cols-2 gap-x-3 gap-y-2 text-sm [&>dd]:min-w-0">
              <dt className="text-slate-500">{t("targeting.columns.povertyRate")}</dt>
              <dd className="text-right">
                <FigureValue figure={a.povertyRate} kind="rate" />
              </dd>
              <dt className="text-slate-500">{t("targeting.columns.poorPeople")}</dt>
              <dd className="text-right">
                <FigureValue figure={a.poorPeople} kind="people" />
              </dd>
              <dt className="text-slate-500">{t("targeting.columns.programs")}</dt>
              <dd className="text-right tabular-nums">{formatNumber(a.programs)}</dd>
              <dt className="text-slate-500">{t("targeting.columns.budget")}</dt>
              <dd className="text-right tabular-nums">
                {budgetSumLabel(t, locale, a)}
                <Gap n={a.withoutBudget} figure="budget" />
              </dd>
              <dt className="text-slate-500">{t("targeting.columns.rupiahPerPoor")}</dt>
              <dd className="text-right tabular-nums">{ratio(a.rupiahPerPoorPerson, true)}</dd>
              <dt className="text-slate-500">{t("targeting.columns.governmentPerPoor")}</dt>
              <dd className="text-right tabular-nums text-violet-900">
                {a.government.activities === 0 ? t("targeting.governmentNone") : ratio(a.government.perPoor, true)}
                {a.government.withoutBudget > 0 ? (
                  <span className="block text-xs font-normal text-slate-500">
                    {t("targeting.governmentWithoutBudget", { n: formatNumber(a.government.withoutBudget) })}
                  </span>
                ) : null}
              </dd>
              <dt className="text-slate-500">{t("targeting.columns.servedRatio")}</dt>
              <dd className="text-right tabular-nums">{served(a, t("common.none"))}</dd>
              <dt className="text-slate-500">{t("targeting.columns.beneficiariesPerPoor")}</dt>
              <dd className="text-right tabular-nums">
                {ratio(a.beneficiariesPerPoorPerson, false)}
                <Gap n={a.withoutBeneficiaries} figure="beneficiaries" />
              </dd>
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
