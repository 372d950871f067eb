import Link from "next/link";
import { formatNumber, formatRupiah, formatRupiahShort } from "@/lib/format";
import { isSumUnknown } from "@/lib/figure-gaps";
import { getTranslator } from "@/server/i18n/locale";
import type { DashboardFilters } from "@/server/dashboard/dashboard.schemas";
import { Card, CardSection } from "@/components/ui/card";
import type { DashboardSummary } from "@/server/dashboard/dashboard.summary";
import { withFilters } from "./links";

type Row = DashboardSummary["perPoor"][number];
const SHOWN = 10;

function Bar({ value, max, tone }: { value: number | null; max: number; tone: "csr" | "gov" }) {
  if (value === null || value <= 0 || max <= 0) return null;
  const width = Math.max(2, Math.round((value / max) * 100));
  return (
    <span className="mt-1 block h-1.5 w-full rounded-full bg-slate-100" aria-hidden>
      <span className={`block h-1.5 rounded-full ${tone === "csr" ? "bg-brand-600" : "bg-violet-500"}`} style={{ width: `${width}%` }} />
    </span>
  );
}

/**
 * CSR and government rupiah per poor person, side by side, for the areas of the breakdown that
 * have a count of poor people (the most poor people first); the count's year and source beside it,
 * and how many areas have none, since a ratio is never guessed.
 */
export async function SpendingPerPoor({ rows, filters }: { rows: Row[]; filters: DashboardFilters }) {
  const { t, locale } = await getTranslator();
  const known = rows.filter((r) => r.poorPeople !== null).sort((a, b) => (b.poorPeople?.value ?? 0) - (a.poorPeople?.value ?? 0));
  const missing = rows.length - known.length;
  const shown = known.slice(0, SHOWN);
  const max = Math.max(0, ...shown.flatMap((r) => [r.csr.perPoor ?? 0, r.government.perPoor ?? 0]));
  const years = [...new Set(known.map((r) => r.poorPeople?.year).filter((y): y is number => y !== undefined))].sort();
  const money = (v: number | null, count: number, without: number) =>
    v === null
      ? isSumUnknown(count, without)
        ? t("dashboard.perPoor.unknownBudget")
        : t("dashboard.perPoor.noFigureShort")
      : formatRupiah(Math.round(v));
  const side = (label: string, v: number | null, count: number, without: number, budget: number, tone: "csr" | "gov") =>
    // No government activity recorded is not Rp 0 spent: the register is incomplete, so it says so.
    tone === "gov" && count === 0 ? (
      <span className="text-xs text-slate-500">{t("dashboard.perPoor.noActivities")}</span>
    ) : (
      <>
        <span className="tabular-nums font-medium text-slate-900">{money(v, count, without)}</span>
        <span className="block text-xs text-slate-500">
          {label}
          {count > 0 && !isSumUnknown(count, without) ? ` · ${formatRupiahShort(budget, locale)}` : ""}
        </span>
        <Bar value={v} max={max} tone={tone} />
      </>
    );
  const csrSide = (r: Row) =>
    side(
      t("dashboard.perPoor.programsN", { n: formatNumber(r.csr.programs) }),
      r.csr.perPoor,
      r.csr.programs,
      r.csr.withoutBudget,
      r.csr.budgetIdr,
      "csr",
    );
  const govSide = (r: Row) =>
    side(
      t("dashboard.perPoor.activitiesN", { n: formatNumber(r.government.activities) }),
      r.government.perPoor,
      r.government.activities,
      r.government.withoutBudget,
      r.government.budgetIdr,
      "gov",
    );
  const poor = (r: Row) =>
    r.poorPeople ? (
      <>
        <span className="tabular-nums text-slate-900">{formatNumber(r.poorPeople.value)}</span>
        <span className="block text-xs text-slate-600 wrap-anywhere">
          {t("targeting.figureMeta", { year: r.poorPeople.year, source: r.poorPeople.source })}
        </span>
      </>
    ) : null;

  return (
    <Card className="mt-6" data-testid="spending-per-poor">
      <CardSection title={t("dashboard.perPoor.title")} description={t("dashboard.perPoor.hint")}>
        {shown.length === 0 ? (
          <p className="text-sm text-slate-600">{t("dashboard.perPoor.noFigure")}</p>
        ) : (
          <>
            <div className="hidden overflow-x-auto md:block">
              <table className="min-w-full divide-y divide-slate-200 text-sm">
                <thead className="text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
                  <tr>
                    <th scope="col" className="py-2 pr-3">
                      {t("dashboard.perPoor.area")}
                    </th>
                    <th scope="col" className="px-3 py-2 text-right">
                      {t("dashboard.perPoor.poorPeople")}
                    </th>
                    <th scope="col" className="w-1/4 px-3 py-2">
                      {t("dashboard.perPoor.csr")}
                    </th>
                    <th scope="col" className="w-1/4 px-3 py-2">
                      {t("dashboard.perPoor.government")}
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {shown.map((r) => (
                    <tr key={r.code} className="align-top">
                      <th scope="row" className="py-2 pr-3 text-left font-medium text-slate-900">
                        {r.name}
                      </th>
                      <td className="px-3 py-2 text-right">{poor(r)}</td>
                      <td className="px-3 py-2">{csrSide(r)}</td>
                      <td className="px-3 py-2">{govSide(r)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <ul className="space-y-3 md:hidden">
              {shown.map((r) => (
                <li key={r.code} className="rounded-lg border border-slate-200 p-3 text-sm">
                  <span className="block font-medium text-slate-900">{r.name}</span>
                  <span className="mt-1 block text-xs text-slate-500">{t("dashboard.perPoor.poorPeople")}</span>
                  <span className="block">{poor(r)}</span>
                  <div className="mt-2 grid grid-cols-2 gap-3">
                    <div>
                      <span className="block text-xs text-slate-500">{t("dashboard.perPoor.csr")}</span>
                      {csrSide(r)}
                    </div>
                    <div>
                      <span className="block text-xs text-slate-500">{t("dashboard.perPoor.government")}</span>
                      {govSide(r)}
                    </div>
                  </div>
                </li>
              ))}
            </ul>
          </>
        )}
        <div className="mt-3 space-y-1 text-xs text-slate-600">
          {years.length > 1 ? <p>{t("dashboard.perPoor.mixedYears", { years: years.join(", ") })}</p> : null}
          {missing > 0 ? <p data-testid="per-poor-missing">{t("dashboard.perPoor.missingNote", { n: formatNumber(missing) })}</p> : null}
          {known.length > SHOWN || missing > 0 ? (
            <p>
              <Link href={withFilters("/dashboard/targeting", filters)} className="font-medium text-brand-700 hover:underline">
                {t("dashboard.perPoor.more")}
              </Link>
            </p>
          ) : null}
        </div>
      </CardSection>
    </Card>
  );
}
