import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/server/auth/session";
import { getTranslator } from "@/server/i18n/locale";
import { HydrateClient } from "../../../_trpc/server";
import { RegistryImport } from "./registry-import";
import { SharedOverview } from "./shared-overview";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("beneficiaries.review.title") };
}

/** Staff: people shared between programs as counts (pairs, clusters) and targeting by registry decile. */
export default async function SharedBeneficiariesPage() {
  const viewer = await requireRole("reviewer", "admin");
  const { t } = await getTranslator();
  return (
    <HydrateClient>
      <PageHeader title={t("beneficiaries.review.title")} description={t("beneficiaries.review.intro")} />
      <SharedOverview />
      {viewer.role === "admin" ? (
        <div className="mt-6">
          <RegistryImport />
        </div>
      ) : null}
    </HydrateClient>
  );
}
