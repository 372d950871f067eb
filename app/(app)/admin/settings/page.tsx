import type { Metadata } from "next";
import { getTranslator } from "@/server/i18n/locale";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/server/auth/session";
import { HydrateClient, getQueryClient, trpc } from "../../../_trpc/server";
import { FiguresRuleSwitch } from "./_components/figures-rule-switch";
import { HomeProvinceForm } from "./_components/home-province-form";
import { OfficeNameForm } from "./_components/office-name-form";
import { PublicPageSwitch } from "./_components/public-page-switch";
import { RepeatYearsForm } from "./_components/repeat-years-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.settingsTitle") };
}

export default async function AdminSettingsPage() {
  await requireRole("admin");
  const { t } = await getTranslator();
  const qc = getQueryClient();
  await Promise.all([
    qc.prefetchQuery(trpc.settings.get.queryOptions()),
    qc.prefetchQuery(trpc.areas.children.queryOptions({ parent: "ID" })),
  ]);
  return (
    <HydrateClient>
      <PageHeader title={t("admin.settingsTitle")} description={t("admin.settingsSubtitle")} />
      <div className="space-y-6">
        <HomeProvinceForm />
        <OfficeNameForm />
        <PublicPageSwitch />
        <FiguresRuleSwitch />
        <RepeatYearsForm />
      </div>
    </HydrateClient>
  );
}
