import { budgetSumLabel, figureGapsNote, plannedSumLabel, sumGaps } from "@/lib/figure-gaps";
import { formatNumber, formatRupiahShort } from "@/lib/format";
import type { Locale, Translate } from "@/lib/i18n/translate";
import { Card } from "@/components/ui/card";
import type { PublicSummary } from "@/server/public/public.queries";

interface Props {
  summary: PublicSummary;
  t: Translate;
  locale: Locale;
}

/** The province's totals as tiles, each program counted once, and the programs their sums leave out. */
export function TotalsTiles({ summary, t, locale }: Props) {
  const { totals } = summary;
  if (totals.suppressed) return <p className="text-sm text-slate-600">{t("authz.suppressedHint")}</p>;
  const tiles: [string, string, string][] = [
    ["programs", t("public.programs"), formatNumber(totals.programs)],
    ["companies", t("public.companies"), formatNumber(totals.companies)],
    ["budget", t("public.budget"), budgetSumLabel(t, locale, totals)],
    ["planned", t("public.planned"), plannedSumLabel(t, totals)],
    ["reached", t("public.reached"), formatNumber(totals.reachedBeneficiaries)],
    ["realized", t("public.realizedBudget"), formatRupiahShort(totals.realizedBudgetIdr, locale)],
  ];
  const statusCount = (n: number | null) => (n === null ? t("authz.suppressed") : formatNumber(n));
  const gaps = figureGapsNote(t, totals);
  return (
    <div>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {tiles.map(([key, label, value]) => (
          <Card key={key} className="p-4" data-testid={`public-total-${key}`}>
            <dt className="text-xs font-medium text-slate-500">{label}</dt>
            <dd className="mt-1 text-xl font-semibold tabular-nums text-slate-900">{value}</dd>
          </Card>
        ))}
      </dl>
      <p className="mt-3 text-sm text-slate-600">
        {(["approved", "in_progress", "completed"] as const)
          .map((s) => `${t(`statuses.${s}`)} ${statusCount(summary.statuses[s])}`)
          .join(" · ")}
        {" · "}
        {t("public.reportedNote", { n: formatNumber(totals.reportedPrograms), total: formatNumber(totals.programs) })}
      </p>
      {gaps ? (
        <p className="mt-1 text-sm text-slate-600" data-testid="public-figure-gaps">
          {gaps}
        </p>
      ) : null}
    </div>
  );
}

/** Programs, planned budget and beneficiaries per sector; the beneficiary columns share one heading so the table fits a phone. */
export function SectorTable({ summary, t, locale }: Props) {
  if (summary.sectors.length === 0) return <p className="p-4 text-sm text-slate-500">{t("public.noPrograms")}</p>;
  const gaps = figureGapsNote(t, sumGaps(summary.sectors.flatMap((s) => (s.suppressed ? [] : [s]))));
  const cell = "px-1.5 py-2 text-right tabular-nums sm:px-3";
  const head = "px-1.5 py-2 text-right font-medium sm:px-3";
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="sectors-title">
      <table className="w-full text-xs sm:text-sm" data-testid="public-sectors">
        <thead className="text-left text-xs text-slate-500">
          <tr>
            <th scope="col" rowSpan={2} className="border-b border-slate-200 px-1.5 py-2 align-bottom font-medium sm:px-3">
              {t("public.sector")}
            </th>
            <th scope="col" rowSpan={2} className={`${head} border-b border-slate-200 align-bottom`}>
              {t("public.programs")}
            </th>
            <th scope="col" rowSpan={2} className={`${head} border-b border-slate-200 align-bottom`}>
              {t("public.budget")}
            </th>
            <th scope="colgroup" colSpan={2} className="px-1.5 pt-2 text-center font-medium sm:px-3">
              {t("public.beneficiaries")}
            </th>
          </tr>
          <tr className="border-b border-slate-200">
            <th scope="col" className={head}>
              {t("public.plannedShort")}
            </th>
            <th scope="col" className={head}>
              {t("public.reachedShort")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {summary.sectors.map((s) => (
            <tr key={s.sector} data-testid={`public-sector-${s.sector}`}>
              <th scope="row" className="px-1.5 py-2 text-left font-medium text-slate-900 sm:px-3">
                {t(`sectors.${s.sector}`)}
              </th>
              {s.suppressed ? (
                <td
                  colSpan={4}
                  className="px-1.5 py-2 text-center text-slate-500 sm:px-3"
                  data-testid={`public-sector-${s.sector}-suppressed`}
                >
                  {t("authz.suppressed")}
                </td>
              ) : (
                <>
                  <td className={cell}>{formatNumber(s.programs)}</td>
                  <td className={`${cell} whitespace-nowrap`}>{budgetSumLabel(t, locale, s)}</td>
                  <td className={cell}>{plannedSumLabel(t, s)}</td>
                  <td className={cell}>{formatNumber(s.reachedBeneficiaries)}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {gaps ? (
        <p className="px-1.5 py-2 text-xs text-slate-600 sm:px-3" data-testid="public-sector-gaps">
          {gaps}
        </p>
      ) : null}
    </div>
  );
}
