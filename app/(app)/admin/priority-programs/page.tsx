import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslator } from "@/server/i18n/locale";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/server/auth/session";
import { HydrateClient, getQueryClient, trpc } from "../../../_trpc/server";
import { PriorityAdmin } from "./_components/priority-admin";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.priorityTitle") };
}

export default async function AdminPriorityProgramsPage() {
  const admin = await requireRole("admin");
  if (admin.role === "officer") notFound(); // already refused by requireRole; narrows the type
  const { t } = await getTranslator();
  await getQueryClient().prefetchQuery(trpc.priorityPrograms.list.queryOptions({ includeInactive: true }));
  return (
    <HydrateClient>
      <PageHeader title={t("admin.priorityTitle")} description={t("admin.prioritySubtitle")} />
      <PriorityAdmin jurisdiction={admin.jurisdiction} />
    </HydrateClient>
  );
}
