import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { formatNumber } from "@/lib/format";
import { inferTargetGroup } from "@/lib/target-groups/infer";
import { getTranslator } from "@/server/i18n/locale";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/server/auth/session";
import { HydrateClient, getQueryClient, trpc } from "../../../../_trpc/server";
import { fetchHomeProvince, fetchProgramOr404 } from "../../_lib";
import { ProgramForm } from "../../_components/program-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("programs.editTitle") };
}

export default async function EditProgramPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("officer");
  const { id } = await params;
  const program = await fetchProgramOr404(id);
  // Another company's program, or one past draft, has no edit page.
  if (!program.permissions.canEdit) notFound();
  const { t } = await getTranslator();
  const home = await fetchHomeProvince();
  const queryClient = getQueryClient();
  const [targetTerms] = await Promise.all([
    queryClient.fetchQuery(trpc.targetGroups.suggestionTerms.queryOptions()),
    queryClient.prefetchQuery(trpc.priorityPrograms.list.queryOptions({})),
  ]);
  const targetGroupText = program.targetGroupText ?? "";
  return (
    <HydrateClient>
      <div className="mx-auto max-w-4xl">
        <PageHeader title={t("programs.editTitle")} description={program.title} />
        <ProgramForm
          homeProvince={home.code}
          homeProvinceName={home.name}
          existing={{ id: program.id, version: program.version }}
          targetTerms={targetTerms}
          initial={{
            ref: program.ref,
            title: program.title,
            description: program.description,
            sector: program.sector,
            targetGroup: program.targetGroup ?? "",
            targetGroupText,
            // A saved category the words would not suggest (or none where they would) was the person's choice.
            targetGroupChosen: (program.targetGroup ?? null) !== inferTargetGroup(targetGroupText, targetTerms).category,
            areas: program.areas,
            startDate: program.startDate,
            endDate: program.endDate,
            budget: program.budgetIdr === null ? "" : formatNumber(program.budgetIdr),
            beneficiaries: program.plannedBeneficiaries === null ? "" : String(program.plannedBeneficiaries),
            priorityProgramId: program.priorityProgramId ?? "",
            supportsActivityId: program.supportsActivity?.id ?? "",
            supportsActivityLabel: program.supportsActivity ? `${program.supportsActivity.agency}: ${program.supportsActivity.title}` : "",
          }}
        />
      </div>
    </HydrateClient>
  );
}
