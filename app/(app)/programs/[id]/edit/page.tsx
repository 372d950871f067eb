import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { formatDateTime, formatNumber } from "@/lib/format";
import { Alert } from "@/components/ui/alert";
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
  const { t, locale } = await getTranslator();
  const home = await fetchHomeProvince();
  const queryClient = getQueryClient();
  const [targetTerms, history] = await Promise.all([
    queryClient.fetchQuery(trpc.targetGroups.suggestionTerms.queryOptions()),
    queryClient.fetchQuery(trpc.reviews.history.queryOptions({ programId: id })),
    queryClient.prefetchQuery(trpc.priorityPrograms.list.queryOptions({})),
  ]);
  // Sent back for revision: the reviewer's note opens the form, so the officer fixes what was asked.
  const revision =
    program.status === "revision_requested" ? history.events.filter((e) => e.action === "request_revision").at(-1) : undefined;
  const targetGroupText = program.targetGroupText ?? "";
  return (
    <HydrateClient>
      <div className="mx-auto max-w-4xl">
        <PageHeader title={t("programs.editTitle")} description={program.title} />
        {revision?.note ? (
          <Alert tone="warning" label="reviewer-note" className="mb-4">
            <span className="block font-semibold">
              {t("lifecycle.reviewerNoteTitle")}
              {revision.actorName ? ` · ${revision.actorName}` : ""}
            </span>
            <span className="mt-1 block whitespace-pre-line">{revision.note}</span>
            <span className="mt-2 block text-xs">{t("lifecycle.reviewerNoteEdit", { date: formatDateTime(revision.at, locale) })}</span>
          </Alert>
        ) : null}
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
