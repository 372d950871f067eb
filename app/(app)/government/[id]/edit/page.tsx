import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { formatNumber } from "@/lib/format";
import { inferTargetGroup } from "@/lib/target-groups/infer";
import { getTranslator } from "@/server/i18n/locale";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/server/auth/session";
import { writeRefusal } from "@/server/government/government.service";
import { HydrateClient, getQueryClient, trpc } from "../../../../_trpc/server";
import { fetchHomeProvince } from "../../../programs/_lib";
import { fetchActivityOr404 } from "../../_lib";
import { GovernmentForm } from "../../_components/government-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("government.editTitle") };
}

export default async function EditGovernmentActivityPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireRole("admin", "reviewer");
  const { id } = await params;
  const a = await fetchActivityOr404(id);
  // An activity with a place outside the jurisdiction has no edit page for this person.
  if (
    viewer.role === "officer" ||
    writeRefusal(
      viewer,
      a.areas.map((x) => x.code),
    )
  )
    notFound();
  const { t } = await getTranslator();
  const home = await fetchHomeProvince();
  const targetTerms = await getQueryClient().fetchQuery(trpc.targetGroups.suggestionTerms.queryOptions());
  const targetGroupText = a.targetGroupText ?? "";
  return (
    <HydrateClient>
      <div className="mx-auto max-w-4xl">
        <PageHeader title={t("government.editTitle")} description={`${a.agency} · ${a.title}`} />
        <GovernmentForm
          homeProvince={home.code}
          homeProvinceName={home.name}
          existing={{ id: a.id, version: a.version }}
          targetTerms={targetTerms}
          initial={{
            ref: a.ref,
            title: a.title,
            description: a.description,
            sector: a.sector,
            targetGroup: a.targetGroup ?? "",
            targetGroupText,
            targetGroupChosen: (a.targetGroup ?? null) !== inferTargetGroup(targetGroupText, targetTerms).category,
            areas: a.areas,
            startDate: a.startDate,
            endDate: a.endDate,
            budget: a.budgetIdr === null ? "" : formatNumber(a.budgetIdr),
            beneficiaries: a.plannedBeneficiaries === null ? "" : String(a.plannedBeneficiaries),
            priorityProgramId: "",
            supportsActivityId: "",
            supportsActivityLabel: "",
            agency: a.agency,
            funding: a.funding,
            programCode: a.programCode ?? "",
            programName: a.programName ?? "",
            kegiatanCode: a.kegiatanCode ?? "",
            kegiatanName: a.kegiatanName ?? "",
            subKegiatanCode: a.subKegiatanCode ?? "",
            subKegiatanName: a.subKegiatanName ?? "",
            sourceName: a.sourceName,
            sourceDate: a.sourceDate ?? "",
          }}
        />
      </div>
    </HydrateClient>
  );
}
