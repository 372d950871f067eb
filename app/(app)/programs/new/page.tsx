import type { Metadata } from "next";
import { getTranslator } from "@/server/i18n/locale";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/server/auth/session";
import { HydrateClient, getQueryClient, trpc } from "../../../_trpc/server";
import { fetchHomeProvince } from "../_lib";
import { ProgramForm, emptyProgramForm } from "../_components/program-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("programs.newTitle") };
}

export default async function NewProgramPage() {
  await requireRole("officer");
  const { t } = await getTranslator();
  const home = await fetchHomeProvince();
  const queryClient = getQueryClient();
  const [targetTerms] = await Promise.all([
    queryClient.fetchQuery(trpc.targetGroups.suggestionTerms.queryOptions()),
    queryClient.prefetchQuery(trpc.priorityPrograms.list.queryOptions({})),
  ]);
  return (
    <HydrateClient>
      <div className="mx-auto max-w-4xl">
        <PageHeader title={t("programs.newTitle")} description={t("programs.newSubtitle")} />
        <ProgramForm homeProvince={home.code} homeProvinceName={home.name} initial={emptyProgramForm} targetTerms={targetTerms} />
      </div>
    </HydrateClient>
  );
}
