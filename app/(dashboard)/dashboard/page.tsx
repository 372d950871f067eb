import type { Metadata } from "next";
import { filterYears } from "@/lib/time-zone";
import { notFound } from "next/navigation";
import Link from "next/link";
import { Suspense } from "react";
import { BarList } from "@/components/charts/bar-list";
import { TileMap } from "@/components/charts/tile-map";
import { budgetSumLabel, figureGapsNote, isSumUnknown, sumGaps, type GapFigure } from "@/lib/figure-gaps";
import { formatNumber, formatRupiahShort } from "@/lib/format";
import { getTranslator } from "@/server/i18n/locale";
import { LinkButton } from "@/components/ui/button";
import { Card, CardSection } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/server/auth/session";
import { filtersFromSearch } from "@/server/dashboard/dashboard.schemas";
import { getQueryClient, trpc } from "../../_trpc/prefetch";
import { companyFilterValue } from "@/app/(app)/_components/selected-company";
import { DashboardFilters } from "./_components/dashboard-filters";
import { DashboardSkeleton } from "./_components/dashboard-skeleton";
import { AreaBreadcrumb } from "./_components/area-breadcrumb";
import { ChartCard, GapsNote } from "./_components/chart-card";
import { KeyFigures } from "./_components/key-figures";
import { SpendingPerPoor } from "./_components/spending-per-poor";
import { dashboardHref, programsHref, withFilters } from "./_components/links";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("dashboard.title") };
}

type Search = Record<string, string | string[] | undefined>;
type Filters = ReturnType<typeof filtersFromSearch>;
const MEASURES = ["programs", "budget", "beneficiaries"] as const;
type Measure = (typeof MEASURES)[number];
const TOP_AREAS = 10;

/**
 * The forum's dashboard: key figures, the map, and programs by sector, status and year; every figure opens its list.
 *
 * The frame, the header and the filters go out in the first flush; the figures, which wait for the
 * summary query, stream in after it behind a skeleton of the same layout (see DashboardSkeleton),
 * so a phone on a slow network shows the page while the summary is computed and the scripts load.
 */
export default async function DashboardPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requireRole("viewer", "reviewer", "admin");
  if (viewer.role === "officer") notFound(); // already refused by requireRole; narrows the type
  const { t, timeZone } = await getTranslator();
  const sp = await searchParams;
  const filters = filtersFromSearch(sp);
  const measure: Measure = MEASURES.includes(sp.measure as Measure) ? (sp.measure as Measure) : "programs";
  const qc = getQueryClient();
  const { homeProvince } = await qc.fetchQuery(trpc.settings.get.queryOptions());
  const [regencies, company] = await Promise.all([
    qc.fetchQuery(trpc.areas.children.queryOptions({ parent: homeProvince })),
    companyFilterValue(filters.companyId),
  ]);

  return (
    <>
      <PageHeader
        title={t("dashboard.title")}
        description={t("dashboard.subtitle")}
        actions={
          <>
            <LinkButton href={withFilters("/dashboard/present", filters)} variant="secondary">
              {t("dashboard.present")}
            </LinkButton>
            <LinkButton href={withFilters("/dashboard/brief", filters)} variant="secondary">
              {t("dashboard.brief")}
            </LinkButton>
            <LinkButton href={withFilters("/dashboard/targeting", filters)} variant="secondary">
              {t("dashboard.targeting")}
            </LinkButton>
            <LinkButton href={withFilters("/dashboard/matrix", filters)} variant="secondary">
              {t("dashboard.matrixLink")}
            </LinkButton>
          </>
        }
      />
      <DashboardFilters regencies={regencies} company={company} years={filterYears(timeZone, 6)} />
      {/* No key: a filter change keeps the figures on screen (the filter bar says it is busy) instead of the skeleton. */}
      <Suspense fallback={<DashboardSkeleton />}>
        <DashboardFigures jurisdiction={viewer.jurisdiction} canReview={viewer.role !== "viewer"} filters={filters} measure={measure} />
      </Suspense>
    </>
  );
}

/** Everything that waits for the summary: key figures, the map, the charts and rupiah per poor person. */
async function DashboardFigures({
  jurisdiction,
  canReview,
  filters,
  measure,
}: {
  jurisdiction: string;
  canReview: boolean;
  filters: Filters;
  measure: Measure;
}) {
  const { t, locale } = await getTranslator();
  const data = await getQueryClient().fetchQuery(trpc.dashboard.summary.queryOptions(filters));
  const value = (b: { programs: number; budgetIdr: number; plannedBeneficiaries: number }) =>
    measure === "budget" ? b.budgetIdr : measure === "beneficiaries" ? b.plannedBeneficiaries : b.programs;
  const valueText = (v: number) => (measure === "budget" ? formatRupiahShort(v, locale) : formatNumber(v));
  // A group whose programs all lack a budget has no sum: "belum diisi", not Rp 0.
  const budgetText = (b: { programs: number; budgetIdr: number; withoutBudget: number }) => budgetSumLabel(t, locale, b);
  const tileText = (a: (typeof data.byArea.areas)[number]) =>
    measure === "budget"
      ? budgetText(a)
      : measure === "beneficiaries" && isSumUnknown(a.programs, a.withoutBeneficiaries)
        ? t("common.notFilled")
        : valueText(value(a));
  const budgetBars = (rows: typeof data.bySector, label: (k: string) => string, param: string) =>
    rows.map((r) => ({
      key: r.key,
      label: `${label(r.key)} · ${t("dashboard.programsN", { n: r.programs })}`,
      value: r.budgetIdr,
      valueText: budgetText(r),
      href: programsHref(filters, { [param]: r.key }),
    }));
  // Each program is in one sector, status and year; a program in several areas is in each, so
  // the area chart names the programs of the whole selection instead of adding areas up.
  const budgetGaps = (rows: typeof data.bySector) => figureGapsNote(t, sumGaps(rows), ["budget"]);
  const mapFigure: GapFigure[] = measure === "budget" ? ["budget"] : measure === "beneficiaries" ? ["beneficiaries"] : [];
  const canDrill = data.byArea.focus.split(".").length < 3;
  // The ten areas with the largest budgets; the map beside it shows every area (38 provinces in a
  // national view would make a list nobody reads in a meeting, and a page twice as heavy).
  const rankedAreas = data.byArea.areas.filter((a) => a.programs > 0).sort((a, b) => b.budgetIdr - a.budgetIdr);

  return (
    <>
      <KeyFigures totals={data.totals} filters={filters} canReview={canReview} />

      <div className="mt-6 grid items-start gap-6 lg:grid-cols-5">
        <Card className="lg:col-span-3">
          <CardSection
            title={t("dashboard.byArea")}
            description={data.byArea.focus === jurisdiction ? t("dashboard.byAreaHint") : t("dashboard.byAreaFocus")}
          >
            <AreaBreadcrumb jurisdiction={jurisdiction} filters={filters} href={(f) => dashboardHref(f, { measure })} />
            <nav className="mb-3 flex flex-wrap gap-1" aria-label={t("dashboard.measure")}>
              {MEASURES.map((m) => (
                <Link
                  key={m}
                  href={dashboardHref(filters, { measure: m })}
                  scroll={false}
                  aria-current={m === measure ? "true" : undefined}
                  className={cn(
                    "rounded-full px-3 py-1 text-xs font-medium ring-1 ring-inset",
                    m === measure ? "bg-brand-700 text-white ring-brand-700" : "text-slate-700 ring-slate-300 hover:bg-slate-50",
                  )}
                >
                  {t(`dashboard.measures.${m}`)}
                </Link>
              ))}
            </nav>
            <TileMap
              tiles={data.byArea.areas.map((a) => ({
                code: a.key,
                name: a.name,
                value: value(a),
                valueText: tileText(a),
                href: canDrill ? dashboardHref({ ...filters, area: a.key }, { measure }) : programsHref({ ...filters, area: a.key }),
              }))}
              measureLabel={t(`dashboard.measures.${measure}`)}
              formatBound={(n) => (measure === "budget" ? formatRupiahShort(n, locale) : formatNumber(Math.round(n)))}
              whole={measure !== "budget"}
              emptyLabel={t("dashboard.noPrograms")}
            />
            <GapsNote text={figureGapsNote(t, data.totals, mapFigure)} testId="map-gaps" />
            {data.byArea.wide.programs > 0 ? (
              <p className="mt-3 text-xs text-slate-600">
                <Link href={programsHref(filters, { area: data.byArea.focus, whole: 1 })} className="hover:underline">
                  {t("dashboard.wide", { n: data.byArea.wide.programs, budget: budgetText(data.byArea.wide) })}
                </Link>
              </p>
            ) : null}
          </CardSection>
        </Card>
        <ChartCard
          className="lg:col-span-2"
          title={t("dashboard.bySector")}
          chart="sector"
          filters={filters}
          note={budgetGaps(data.bySector)}
        >
          <BarList
            bars={budgetBars(data.bySector, (k) => t(`sectors.${k as "health"}`), "sector")}
            emptyLabel={t("dashboard.noPrograms")}
          />
        </ChartCard>
      </div>

      <div className="mt-6 grid items-start gap-6 lg:grid-cols-3">
        <ChartCard title={t("dashboard.byStatus")} chart="status" filters={filters} note={budgetGaps(data.byStatus)}>
          <BarList
            bars={budgetBars(data.byStatus, (k) => t(`statuses.${k as "submitted"}`), "status")}
            emptyLabel={t("dashboard.noPrograms")}
          />
        </ChartCard>
        <ChartCard title={t("dashboard.byYear")} chart="year" filters={filters} note={budgetGaps(data.byYear)}>
          <BarList bars={budgetBars(data.byYear, (k) => k, "year")} emptyLabel={t("dashboard.noPrograms")} />
        </ChartCard>
        <ChartCard title={t("dashboard.byAreaTable")} chart="area" filters={filters} note={figureGapsNote(t, data.totals, ["budget"])}>
          <BarList
            bars={rankedAreas.slice(0, TOP_AREAS).map((a) => ({
              key: a.key,
              label: `${a.name.replace(/^(Kabupaten|Kota) /, "")} · ${t("dashboard.programsN", { n: a.programs })}`,
              value: a.budgetIdr,
              valueText: budgetText(a),
              href: programsHref({ ...filters, area: a.key }),
            }))}
            emptyLabel={t("dashboard.noPrograms")}
          />
          {rankedAreas.length > TOP_AREAS ? (
            <p className="mt-2 text-xs text-slate-600" data-testid="more-areas">
              {t("dashboard.moreAreas", { n: rankedAreas.length - TOP_AREAS })}
            </p>
          ) : null}
        </ChartCard>
      </div>
      <SpendingPerPoor rows={data.perPoor} filters={filters} />
    </>
  );
}
