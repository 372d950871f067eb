import type { Metadata } from "next";
import { getTranslator } from "@/server/i18n/locale";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/server/auth/session";
import { HydrateClient, getQueryClient, trpc } from "../../../_trpc/server";
import { fetchHomeProvince } from "../../programs/_lib";
import { GovernmentForm, emptyGovernmentForm } from "../_components/government-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("government.newTitle") };
}

export default async function NewGovernmentActivityPage() {
  await requireRole("admin", "reviewer");
  const { t } = await getTranslator();
  const home = await fetchHomeProvince();
  const targetTerms = await getQueryClient().fetchQuery(trpc.targetGroups.suggestionTerms.queryOptions());
  return (
    <HydrateClient>
      <div className="mx-auto max-w-4xl">
        <PageHeader title={t("government.newTitle")} description={t("government.newSubtitle")} />
        <GovernmentForm homeProvince={home.code} homeProvinceName={home.name} initial={emptyGovernmentForm} targetTerms={targetTerms} />
      </div>
    </HydrateClient>
  );
}
