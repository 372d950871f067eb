import type { Metadata } from "next";
import { getTranslator } from "@/server/i18n/locale";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/server/auth/session";
import { HydrateClient, getQueryClient, trpc } from "../../../_trpc/server";
import { TargetTermsAdmin } from "./target-terms-admin";
import { ThesaurusAdmin } from "./thesaurus-admin";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("thesaurus.title") };
}

export default async function ThesaurusPage() {
  const viewer = await requireRole("admin", "reviewer");
  const { t } = await getTranslator();
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpc.overlaps.thesaurus.queryOptions()),
    queryClient.prefetchQuery(trpc.targetGroups.terms.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <PageHeader title={t("thesaurus.title")} description={t("thesaurus.subtitle")} />
      <ThesaurusAdmin canRescan={viewer.role === "admin"} />
      <TargetTermsAdmin canEdit={viewer.role === "admin"} />
    </HydrateClient>
  );
}
