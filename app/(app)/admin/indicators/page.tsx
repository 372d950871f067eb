import type { Metadata } from "next";
import { getTranslator } from "@/server/i18n/locale";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/server/auth/session";
import { HydrateClient, getQueryClient, trpc } from "../../../_trpc/server";
import { IndicatorList } from "./_components/indicator-list";
import { IndicatorTemplate } from "./_components/indicator-template";
import { IndicatorUploader } from "./_components/indicator-uploader";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("indicators.title") };
}

/** Poverty figures (BPS) by area and year, each with its source: import for admins, list of their jurisdiction's figures. */
export default async function AdminIndicatorsPage() {
  await requireRole("admin");
  const { t } = await getTranslator();
  await getQueryClient().prefetchQuery(trpc.indicators.list.queryOptions({}));
  return (
    <HydrateClient>
      <div className="space-y-6">
        <PageHeader title={t("indicators.title")} description={t("indicators.subtitle")} />
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
          <IndicatorTemplate />
          <IndicatorUploader />
        </div>
        <IndicatorList />
      </div>
    </HydrateClient>
  );
}
