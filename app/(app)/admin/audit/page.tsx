import type { Metadata } from "next";
import { getTranslator } from "@/server/i18n/locale";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/server/auth/session";
import { HydrateClient, getQueryClient, trpc } from "../../../_trpc/server";
import { AuditLog } from "./_components/audit-log";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("audit.title") };
}

export default async function AdminAuditPage() {
  await requireRole("admin");
  const { t } = await getTranslator();
  await getQueryClient().prefetchQuery(trpc.audit.search.queryOptions({ page: 1 }));
  return (
    <HydrateClient>
      <PageHeader title={t("audit.title")} description={t("audit.subtitle")} />
      <AuditLog />
    </HydrateClient>
  );
}
