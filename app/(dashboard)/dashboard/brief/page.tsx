import type { Metadata } from "next";
import { formatDate, formatDateTime } from "@/lib/format";
import { timeZoneAbbreviation } from "@/lib/time-zone";
import { getTranslator } from "@/server/i18n/locale";
import { translateServerKey } from "@/lib/i18n/translate";
import { buttonClass, LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { getViewerProfile, requireRole } from "@/server/auth/session";
import { briefInputFromSearch } from "@/server/brief/brief.schemas";
import { filtersToSearch } from "@/server/dashboard/dashboard.schemas";
import { briefTables, formatRange } from "@/server/brief/brief.tables";
import { getQueryClient, trpc } from "../../../_trpc/prefetch";
import { findSelectedCompany } from "@/app/(app)/_components/selected-company";
import { withFilters } from "../_components/links";
import { BriefRangeForm } from "./_components/brief-range-form";
import { BriefSection } from "./_components/brief-section";
import { BriefSummary } from "./_components/brief-summary";
import { describeFilters } from "../_components/filter-words";
import { PrintButton } from "./_components/print-button";
import { PrintStyles } from "./_components/print-styles";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("brief.title") };
}

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/** A forum meeting's brief for a date range (days in the viewer's time zone), on the dashboard's filters: to read, print or download as PDF. */
export default async function BriefPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requireRole("viewer", "reviewer", "admin");
  const { t, locale, timeZone } = await getTranslator();
  const sp = await searchParams;
  const { input, error } = briefInputFromSearch(sp, timeZone);
  const qc = getQueryClient();
  const [brief, profile, areas, company] = await Promise.all([
    qc.fetchQuery(trpc.brief.get.queryOptions(input)),
    getViewerProfile(),
    input.area ? qc.fetchQuery(trpc.areas.describe.queryOptions({ codes: [input.area] })) : Promise.resolve([]),
    findSelectedCompany(input.companyId),
  ]);
  const filterParams = filtersToSearch(input);
  const pdfQuery = new URLSearchParams(filterParams);
  pdfQuery.set("from", input.from);
  pdfQuery.set("to", input.to);
  const filters = describeFilters(input, { area: areas[0], companyName: company?.name }, t);
  const summary = [
    t("brief.range", { from: formatDate(brief.from, locale), to: formatDate(brief.to, locale) }),
    t("brief.generatedAt", { time: formatDateTime(brief.generatedAt, locale, timeZone) }),
    t("brief.scope", { area: profile?.scopeName ?? t("common.national") }),
    ...(filters ? [t("brief.filters", { filters })] : []),
  ];

  return (
    <>
      <PrintStyles />
      <PageHeader
        title={t("brief.title")}
        description={t("brief.subtitle")}
        actions={
          <div className="flex flex-wrap gap-2 print:hidden">
            <PrintButton label={t("brief.print")} />
            <a href={`/api/exports/brief?${pdfQuery}`} className={buttonClass("primary")} download>
              {t("brief.pdf")}
            </a>
            <LinkButton href={withFilters("/dashboard", input)} variant="ghost">
              {t("brief.backToDashboard")}
            </LinkButton>
          </div>
        }
      />
      <BriefRangeForm
        from={error ? one(sp.from) : input.from}
        to={error ? one(sp.to) : input.to}
        hidden={[...filterParams.entries()]}
        error={error ? translateServerKey(t, locale, error, "errors.invalid") : null}
        labels={{
          form: t("brief.formLabel"),
          from: t("brief.from"),
          to: t("brief.to"),
          apply: t("brief.apply"),
          note: t("brief.rangeNote", { zone: timeZoneAbbreviation(timeZone) }),
        }}
      />
      <BriefSummary lines={summary} fallback={error ? t("brief.fallback", { range: formatRange(input.from, input.to, locale) }) : null} />
      {briefTables(brief, t, locale, { canReview: viewer.role === "reviewer" || viewer.role === "admin" }).map((table) => (
        <BriefSection
          key={table.key}
          table={table}
          emptyLabel={t("brief.empty")}
          shownLabel={table.rows.length < table.total ? t("brief.shown", { shown: table.rows.length, total: table.total }) : null}
        />
      ))}
    </>
  );
}
