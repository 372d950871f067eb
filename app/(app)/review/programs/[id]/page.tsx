import { beneficiariesLabel, budgetLabel, targetGroupLabel } from "@/lib/program-labels";
import type { Metadata } from "next";
import Link from "next/link";
import { areaContext, areaName } from "@/lib/areas/area-label";
import { formatPeriod } from "@/lib/format";
import { getTranslator } from "@/server/i18n/locale";
import { Alert } from "@/components/ui/alert";
import { Badge, statusTone } from "@/components/ui/badge";
import { Card, CardSection } from "@/components/ui/card";
import { requireRole } from "@/server/auth/session";
import { approvalRefusal } from "@/server/reviews/approval-figures";
import { HydrateClient, getQueryClient, trpc } from "../../../../_trpc/server";
import { fetchProgramOr404 } from "../../../programs/_lib";
import { ProgramHistory } from "../../../programs/[id]/program-history";
import { ProgramOverlaps } from "../../../programs/[id]/program-overlaps";
import { DecisionForm } from "./decision-form";
import { NeedsAnswered } from "./needs-answered";
import { ProgramOfficerAnswers } from "../../_components/officer-answers";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("lifecycle.decisionTitle") };
}

/** The reviewer's decision page: the program, its overlap flags, the needs it answers, its history, and the decision. */
export default async function DecisionPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("reviewer", "admin");
  const { id } = await params;
  const program = await fetchProgramOr404(id);
  const { t, locale } = await getTranslator();
  const qc = getQueryClient();
  const [settings] = await Promise.all([
    qc.fetchQuery(trpc.settings.get.queryOptions()),
    qc.prefetchQuery(trpc.overlaps.forProgram.queryOptions({ programId: id })),
    qc.prefetchQuery(trpc.reviews.history.queryOptions({ programId: id })),
    qc.prefetchQuery(trpc.needs.forProgram.queryOptions({ programId: id })),
    qc.prefetchQuery(trpc.reviews.acknowledgements.queryOptions({ programId: id })),
  ]);
  // Told before the click, not after: the server refuses the same approval with the same message.
  const refusal = approvalRefusal(program, settings.requireFiguresForApproval);
  const facts: [string, string][] = [
    [t("programs.detail.company"), program.companyName],
    [t("programs.detail.targetGroup"), targetGroupLabel(t, program)],
    [t("programs.detail.period"), formatPeriod(program.startDate, program.endDate, locale)],
    [t("programs.detail.budget"), budgetLabel(t, program.budgetIdr)],
    [t("programs.detail.beneficiaries"), beneficiariesLabel(t, program.plannedBeneficiaries, true)],
    [t("programs.detail.priorityProgram"), program.priorityProgramName ?? t("common.none")],
  ];
  return (
    <HydrateClient>
      <nav className="mb-4 flex flex-wrap gap-4 text-sm">
        <Link href="/review/programs" className="text-brand-700 hover:underline">
          ← {t("lifecycle.queueTitle")}
        </Link>
        <Link href={`/programs/${id}`} className="text-brand-700 hover:underline">
          {t("lifecycle.fullDetail")}
        </Link>
      </nav>
      <div className="mb-6">
        <div className="mb-2 flex flex-wrap gap-2">
          <Badge tone={statusTone(program.status)} testId="program-status">
            {t(`statuses.${program.status}`)}
          </Badge>
          <Badge tone="teal">{t(`sectors.${program.sector}`)}</Badge>
        </div>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{program.title}</h1>
      </div>
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card>
            <CardSection>
              <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
                {facts.map(([k, v]) => (
                  <div key={k}>
                    <dt className="text-slate-500">{k}</dt>
                    <dd className="text-slate-900">{v}</dd>
                  </div>
                ))}
              </dl>
            </CardSection>
            <CardSection title={t("programs.detail.description")}>
              <p className="whitespace-pre-line text-sm leading-relaxed text-slate-800">{program.description}</p>
            </CardSection>
            <CardSection title={t("programs.detail.areas")}>
              <ul className="space-y-1 text-sm">
                {program.areas.map((a) => (
                  <li key={a.code}>
                    <span className="font-medium">{areaName(a, t)}</span>
                    {areaContext(a, t) ? <span className="text-slate-500"> · {areaContext(a, t)}</span> : null}
                  </li>
                ))}
              </ul>
            </CardSection>
          </Card>
          <ProgramOfficerAnswers programId={program.id} />
          {program.permissions.actions.some((a) => a === "approve") ? (
            <DecisionForm id={program.id} version={program.version} approveBlocked={refusal ? t(refusal) : null} />
          ) : program.status === "submitted" ? (
            <Alert tone="info" label="decision-outside-jurisdiction">
              {t("authz.decideElsewhere")}
            </Alert>
          ) : null}
          <ProgramHistory programId={program.id} />
        </div>
        <div className="space-y-6">
          <ProgramOverlaps programId={program.id} canReview isOfficer={false} />
          <NeedsAnswered programId={program.id} />
        </div>
      </div>
    </HydrateClient>
  );
}
