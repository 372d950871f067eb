import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslator } from "@/server/i18n/locale";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/server/auth/session";
import { HydrateClient, getQueryClient, trpc } from "../../../_trpc/server";
import { CompaniesAdmin } from "./_components/companies-admin";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.companiesTitle") };
}

export default async function AdminCompaniesPage() {
  const admin = await requireRole("admin");
  if (admin.role === "officer") notFound(); // already refused by requireRole; narrows the type
  const { t } = await getTranslator();
  await getQueryClient().prefetchQuery(trpc.companies.list.queryOptions({}));
  return (
    <HydrateClient>
      <PageHeader title={t("admin.companiesTitle")} description={t("admin.companiesSubtitle")} />
      <CompaniesAdmin defaultJurisdiction={admin.jurisdiction} />
    </HydrateClient>
  );
}
