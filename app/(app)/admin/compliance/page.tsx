import type { Metadata } from "next";
import { filterYears, yearIn } from "@/lib/time-zone";
import { getTranslator } from "@/server/i18n/locale";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/server/auth/session";
import { complianceReportSchema } from "@/server/compliance/compliance.schemas";
import { HydrateClient, getQueryClient, trpc } from "../../../_trpc/server";
import { ComplianceReport } from "./_components/compliance-report";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("compliance.title") };
}

type Search = Record<string, string | string[] | undefined>;

export default async function CompliancePage({ searchParams }: { searchParams: Promise<Search> }) {
  await requireRole("admin");
  const { t, timeZone } = await getTranslator();
  const sp = await searchParams;
  const thisYear = yearIn(timeZone);
  const asked = complianceReportSchema.safeParse({ year: Number(Array.isArray(sp.year) ? sp.year[0] : sp.year) });
  const year = asked.success ? asked.data.year : thisYear;
  const years = filterYears(timeZone, 6);
  await getQueryClient().prefetchQuery(trpc.compliance.report.queryOptions({ year }));
  return (
    <HydrateClient>
      <PageHeader title={t("compliance.title")} description={t("compliance.subtitle")} />
      <ComplianceReport year={year} years={years.includes(year) ? years : [year, ...years]} />
    </HydrateClient>
  );
}
