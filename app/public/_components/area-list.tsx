import { budgetSumLabel, figureGapsNote, plannedSumLabel } from "@/lib/figure-gaps";
import { formatNumber } from "@/lib/format";
import type { Locale, Translate } from "@/lib/i18n/translate";
import { Card } from "@/components/ui/card";
import type { Sector } from "@/lib/enums";
import type { PublicFigures, Suppressible } from "@/server/public/public.queries";

interface AreaCardProps {
  title: string;
  hint?: string;
  figures: Suppressible<PublicFigures>;
  companies?: number;
  /** Sector names only: the figures per sector of one area are not published. */
  sectors?: Sector[];
  otherSectors?: boolean;
  t: Translate;
  locale: Locale;
  testId: string;
}

/** One regency/city (or the province-wide programs): its figures and its sectors, readable on a phone. */
export function AreaCard({ title, hint, figures, companies, sectors, otherSectors, t, locale, testId }: AreaCardProps) {
  const gaps = figures.suppressed ? null : figureGapsNote(t, figures);
  return (
    <Card className="flex flex-col p-4" data-testid={testId}>
      <div className="flex items-baseline justify-between gap-3">
        <h3 className="min-w-0 font-semibold text-slate-900">{title}</h3>
        {figures.suppressed ? null : (
          <span className="shrink-0 text-sm tabular-nums text-slate-600">
            {t("public.programsCount", { n: formatNumber(figures.programs) })}
          </span>
        )}
      </div>
      {hint ? <p className="mt-1 text-xs text-slate-500">{hint}</p> : null}
      {figures.suppressed ? (
        <p className="mt-3 text-sm text-slate-500" data-testid={`${testId}-suppressed`}>
          {t("authz.suppressed")}
        </p>
      ) : figures.programs === 0 ? (
        <p className="mt-3 text-sm text-slate-500">{t("public.noPrograms")}</p>
      ) : (
        <>
          <dl className="mt-3 divide-y divide-slate-100 text-sm">
            {(
              [
                ["budget", t("public.budget"), budgetSumLabel(t, locale, figures)],
                ["planned", t("public.planned"), plannedSumLabel(t, figures)],
                ["reached", t("public.reached"), formatNumber(figures.reachedBeneficiaries)],
              ] as const
            ).map(([key, label, value]) => (
              <div key={key} className="flex items-baseline justify-between gap-3 py-1.5" data-testid={`${testId}-${key}`}>
                <dt className="text-slate-600">{label}</dt>
                <dd className="shrink-0 font-medium tabular-nums text-slate-900">{value}</dd>
              </div>
            ))}
          </dl>
          {gaps ? <p className="mt-2 text-xs text-slate-500">{gaps}</p> : null}
          {companies !== undefined ? (
            <p className="mt-2 text-xs text-slate-500">{t("public.companiesCount", { n: formatNumber(companies) })}</p>
          ) : null}
          {sectors && (sectors.length || otherSectors) ? (
            <ul className="mt-3 flex flex-wrap gap-1.5" aria-label={t("public.bySectorTitle")}>
              {sectors.map((s) => (
                <li key={s} className="rounded-full bg-brand-50 px-2 py-0.5 text-xs text-brand-800 ring-1 ring-inset ring-brand-200">
                  {t(`sectors.${s}`)}
                </li>
              ))}
              {otherSectors ? (
                <li className="rounded-full bg-slate-50 px-2 py-0.5 text-xs text-slate-600 ring-1 ring-inset ring-slate-200">
                  {t("authz.otherSectors")}
                </li>
              ) : null}
            </ul>
          ) : null}
        </>
      )}
    </Card>
  );
}
