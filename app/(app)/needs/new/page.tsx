import type { Metadata } from "next";
import { getTranslator } from "@/server/i18n/locale";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/server/auth/session";
import { HydrateClient } from "../../../_trpc/server";
import { fetchHomeProvince } from "../../programs/_lib";
import { NeedForm, emptyNeedForm } from "../_components/need-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("needs.newTitle") };
}

export default async function NewNeedPage() {
  await requireRole("reviewer", "admin");
  const { t } = await getTranslator();
  const home = await fetchHomeProvince();
  return (
    <HydrateClient>
      <div className="mx-auto max-w-4xl">
        <PageHeader title={t("needs.newTitle")} description={t("needs.newSubtitle")} />
        <NeedForm homeProvince={home.code} homeProvinceName={home.name} initial={emptyNeedForm} />
      </div>
    </HydrateClient>
  );
}
