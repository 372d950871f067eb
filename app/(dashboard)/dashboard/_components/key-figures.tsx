import Link from "next/link";
import { budgetSumLabel, figureGapsNote, plannedSumLabel } from "@/lib/figure-gaps";
import { formatNumber } from "@/lib/format";
import { getTranslator } from "@/server/i18n/locale";
import type { DashboardFilters } from "@/server/dashboard/dashboard.schemas";
import type { Totals } from "@/server/dashboard/dashboard.queries";
import { programsHref } from "./links";

/**
 * The meeting's headline numbers; each opens the programs behind it (flags: the review queue, for
 * staff). Under them, how many programs the budget and beneficiary sums leave out.
 */
export async function KeyFigures({ totals, filters, canReview }: { totals: Totals; filters: DashboardFilters; canReview: boolean }) {
  const { t, locale } = await getTranslator();
  const figures: { key: string; label: string; value: string; href: string | null }[] = [
    { key: "programs", label: t("dashboard.figures.programs"), value: formatNumber(totals.programs), href: programsHref(filters) },
    { key: "companies", label: t("dashboard.figures.companies"), value: formatNumber(totals.companies), href: programsHref(filters) },
    {
      key: "budget",
      label: t("dashboard.figures.budget"),
      value: budgetSumLabel(t, locale, totals),
      href: programsHref(filters),
    },
    {
      key: "planned",
      label: t("dashboard.figures.planned"),
      value: plannedSumLabel(t, totals),
      href: programsHref(filters),
    },
    {
      key: "reached",
      label: t("dashboard.figures.reached"),
      value: formatNumber(totals.reachedBeneficiaries),
      href: programsHref(filters, { status: filters.status ?? "completed" }),
    },
    { key: "flags", label: t("dashboard.figures.flags"), value: formatNumber(totals.openFlags), href: canReview ? "/review" : null },
  ];
  const gaps = figureGapsNote(t, totals);
  return (
    <>
      <ul className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6" data-testid="key-figures">
        {figures.map((f) => {
          const body = (
            <>
              <span className="block text-xs font-medium uppercase tracking-wide text-slate-500">{f.label}</span>
              <span className="mt-1 block text-2xl font-semibold tabular-nums text-slate-900" data-testid={`figure-${f.key}`}>
                {f.value}
              </span>
            </>
          );
          return (
            <li key={f.key}>
              {f.href ? (
                <Link
                  href={f.href}
                  className="block h-full rounded-xl border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-300"
                >
                  {body}
                </Link>
              ) : (
                <div className="h-full rounded-xl border border-slate-200 bg-white p-4 shadow-sm">{body}</div>
              )}
            </li>
          );
        })}
      </ul>
      {gaps ? (
        <p className="mt-2 text-xs text-slate-600" data-testid="figure-gaps">
          {gaps}
        </p>
      ) : null}
    </>
  );
}
