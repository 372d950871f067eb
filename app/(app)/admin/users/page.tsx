import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslator } from "@/server/i18n/locale";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/server/auth/session";
import { HydrateClient, getQueryClient, trpc } from "../../../_trpc/server";
import { UsersAdmin } from "./_components/users-admin";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.usersTitle") };
}

export default async function AdminUsersPage() {
  const admin = await requireRole("admin");
  if (admin.role === "officer") notFound(); // already refused by requireRole; narrows the type
  const { t } = await getTranslator();
  const qc = getQueryClient();
  await Promise.all([qc.prefetchQuery(trpc.users.list.queryOptions({})), qc.prefetchQuery(trpc.companies.list.queryOptions({}))]);
  return (
    <HydrateClient>
      <PageHeader title={t("admin.usersTitle")} description={t("admin.usersSubtitle")} />
      <UsersAdmin self={{ userId: admin.userId, jurisdiction: admin.jurisdiction }} />
    </HydrateClient>
  );
}
