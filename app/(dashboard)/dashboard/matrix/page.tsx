import type { Metadata } from "next";
import { filterYears } from "@/lib/time-zone";
import { notFound } from "next/navigation";
import Link from "next/link";
import { areaName } from "@/lib/areas/area-label";
import { formatNumber, formatRupiahShort } from "@/lib/format";
import { buttonClass, LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/server/auth/session";
import { filtersFromSearch } from "@/server/dashboard/dashboard.schemas";
import { getTranslator } from "@/server/i18n/locale";
import { getQueryClient, trpc } from "../../../_trpc/prefetch";
import { companyFilterValue } from "@/app/(app)/_components/selected-company";
import { AreaBreadcrumb } from "../_components/area-breadcrumb";
import { DashboardFilters } from "../_components/dashboard-filters";
import { exportHref, programsHref, withFilters } from "../_components/links";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("dashboard.matrix.title") };
}

type Search = Record<string, string | string[] | undefined>;

/** Who does what where: per company, the areas one level below the focus and the sectors, with counts and rupiah. */
export default async function MatrixPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requireRole("viewer", "reviewer", "admin");
  if (viewer.role === "officer") notFound(); // already refused by requireRole; narrows the type
  const { t, locale, timeZone } = await getTranslator();
  const filters = filtersFromSearch(await searchParams);
  const qc = getQueryClient();
  const { homeProvince } = await qc.fetchQuery(trpc.settings.get.queryOptions());
  const [{ rows }, regencies, company] = await Promise.all([
    qc.fetchQuery(trpc.dashboard.matrix.queryOptions(filters)),
    qc.fetchQuery(trpc.areas.children.queryOptions({ parent: homeProvince })),
    companyFilterValue(filters.companyId),
  ]);
  // Rows come ordered by company, area and sector: one group per company.
  const groups: { companyId: string; company: string; rows: typeof rows }[] = [];
  for (const r of rows) {
    const last = groups.at(-1);
    if (last?.companyId === r.companyId) last.rows.push(r);
    else groups.push({ companyId: r.companyId, company: r.company, rows: [r] });
  }
  const budgetCell = (r: (typeof rows)[number]) => (r.budgetIdr === null ? t("common.notFilled") : formatRupiahShort(r.budgetIdr, locale));

  return (
    <>
      <PageHeader
        title={t("dashboard.matrix.title")}
        description={t("dashboard.matrix.subtitle")}
        actions={
          <>
            <LinkButton href={withFilters("/dashboard", filters)} variant="secondary">
              {t("dashboard.matrix.back")}
            </LinkButton>
          </>
        }
      />
      <DashboardFilters regencies={regencies} company={company} years={filterYears(timeZone, 6)} />
      <div className="mb-4 flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <AreaBreadcrumb jurisdiction={viewer.jurisdiction} filters={filters} href={(f) => withFilters("/dashboard/matrix", f)} className="pt-1.5 text-sm" />
        {/* A plain link: next/link would prefetch the file (and record an export) on sight. */}
        <a href={exportHref(filters, "matrix", "xlsx")} className={buttonClass("secondary", "sm")} download>
          {t("dashboard.matrix.download")}
        </a>
      </div>
      {groups.length === 0 ? (
        <Card className="p-6 text-sm text-slate-600">{t("dashboard.matrix.empty")}</Card>
      ) : (
        <div className="space-y-6" data-testid="matrix">
          {groups.map((g) => (
            <Card key={g.companyId} className="overflow-hidden">
              <h2 className="border-b border-slate-200 px-4 py-3 text-base font-semibold text-slate-900 sm:px-6">
                <Link href={programsHref({ ...filters, companyId: g.companyId })} prefetch={false} className="hover:underline">
                  {g.company}
                </Link>
              </h2>
              <div className="overflow-x-auto">
                <table className="w-full min-w-[20rem] table-fixed text-sm">
                  <caption className="sr-only">{`${t("dashboard.matrix.title")}: ${g.company}`}</caption>
                  <colgroup>
                    <col className="w-[34%]" />
                    <col className="w-[26%]" />
                    <col className="w-[15%]" />
                    <col className="w-[25%]" />
                  </colgroup>
                  <thead className="bg-slate-50 text-left text-xs font-medium text-slate-600">
                    <tr>
                      <th scope="col" className="sticky left-0 z-10 bg-slate-50 py-2 pr-2 pl-4 sm:px-6">
                        {t("dashboard.matrix.area")}
                      </th>
                      <th scope="col" className="px-2 py-2 sm:px-3">
                        {t("dashboard.matrix.sector")}
                      </th>
                      <th scope="col" className="px-2 py-2 text-right sm:px-3">
                        {t("dashboard.matrix.programs")}
                      </th>
                      <th scope="col" className="py-2 pr-4 pl-2 text-right sm:px-6">
                        {t("dashboard.matrix.budget")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {g.rows.map((r, i) => {
                      const firstOfArea = i === 0 || g.rows[i - 1]?.area !== r.area;
                      const place = areaName({ code: r.area, name: r.areaName, level: r.areaLevel }, t);
                      const label = r.wide ? t("dashboard.matrix.wholeArea", { area: place }) : place;
                      return (
                        <tr key={`${r.area}-${r.sector}`} className={firstOfArea && i > 0 ? "border-t border-slate-200" : undefined}>
                          <th scope="row" className="sticky left-0 z-10 bg-white py-2 pr-2 pl-4 text-left align-top font-medium break-words text-slate-900 sm:px-6">
                            {firstOfArea ? (
                              r.areaLevel < 4 && !r.wide ? (
                                <Link href={withFilters("/dashboard/matrix", { ...filters, area: r.area })} prefetch={false} className="text-brand-700 hover:underline">
                                  {label}
                                </Link>
                              ) : (
                                label
                              )
                            ) : (
                              <span className="sr-only">{label}</span>
                            )}
                          </th>
                          <td className="px-2 py-2 align-top text-slate-700 sm:px-3">{t(`sectors.${r.sector as "health"}`)}</td>
                          <td className="px-2 py-2 text-right align-top tabular-nums sm:px-3">
                            <Link
                              href={programsHref(
                                { ...filters, area: r.area, companyId: r.companyId, sector: r.sector as typeof filters.sector },
                                r.wide ? { whole: 1 } : {},
                              )}
                              prefetch={false}
                              className="text-brand-700 hover:underline"
                            >
                              {formatNumber(r.programs)}
                            </Link>
                          </td>
                          <td className="py-2 pr-4 pl-2 text-right align-top tabular-nums sm:px-6">
                            {budgetCell(r)}
                            {r.withoutBudget > 0 && r.budgetIdr !== null ? (
                              <span className="block text-xs text-slate-500">{t("dashboard.matrix.withoutBudget", { n: r.withoutBudget })}</span>
                            ) : null}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            </Card>
          ))}
        </div>
      )}
    </>
  );
}
