import { beneficiariesLabel, budgetLabel, targetGroupLabel } from "@/lib/program-labels";
import type { Metadata } from "next";
import Link from "next/link";
import { areaContext, areaName } from "@/lib/areas/area-label";
import { formatDate, formatDateTime, formatPeriod } from "@/lib/format";
import { getTranslator } from "@/server/i18n/locale";
import { Alert } from "@/components/ui/alert";
import { Badge, statusTone } from "@/components/ui/badge";
import { Card, CardSection } from "@/components/ui/card";
import { requireViewer } from "@/server/auth/session";
import { fetchProgramOr404 } from "../_lib";
import { HydrateClient, getQueryClient, trpc } from "../../../_trpc/server";
import { ProgramActions } from "./program-actions";
import { ProgramHistory } from "./program-history";
import { ProgramGovernment } from "./program-government";
import { ProgramOverlaps } from "./program-overlaps";
import { ProgramRealization } from "./program-realization";
import { SavedMatches } from "./saved-matches";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string; done?: string }> };
const DONE = new Set(["submit", "withdraw", "start", "complete", "approve", "request_revision", "reject"]);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: `${t("nav.programs")} ${(await params).id.slice(0, 8)}` };
}

export default async function ProgramPage({ params, searchParams }: Props) {
  const viewer = await requireViewer();
  const { id } = await params;
  const flags = await searchParams;
  const program = await fetchProgramOr404(id);
  const qc = getQueryClient();
  const [, history] = await Promise.all([
    qc.prefetchQuery(trpc.overlaps.forProgram.queryOptions({ programId: id })),
    qc.fetchQuery(trpc.reviews.history.queryOptions({ programId: id })),
  ]);
  const isStaff = viewer.role === "reviewer" || viewer.role === "admin";
  // The owner's draft, or their program sent back: the warning follows it here from the form.
  const ownsOpen =
    viewer.role === "officer" && viewer.companyId === program.companyId && ["draft", "revision_requested"].includes(program.status);
  if (ownsOpen) await qc.prefetchQuery(trpc.overlaps.forSaved.queryOptions({ programId: id }));
  // The latest decision note, shown to the company while it matters.
  const lastNote = ["revision_requested", "rejected"].includes(program.status)
    ? history.events.filter((e) => e.action === "request_revision" || e.action === "reject").at(-1)
    : undefined;
  const { t, locale, timeZone } = await getTranslator();
  const facts: [string, React.ReactNode][] = [
    [t("programs.detail.company"), program.companyName],
    [t("programs.fields.sector"), t(`sectors.${program.sector}`)],
    [t("programs.detail.targetGroup"), targetGroupLabel(t, program)],
    [t("programs.detail.period"), formatPeriod(program.startDate, program.endDate, locale)],
    [t("programs.detail.budget"), budgetLabel(t, program.budgetIdr)],
    [t("programs.detail.beneficiaries"), beneficiariesLabel(t, program.plannedBeneficiaries, true)],
    [t("programs.detail.priorityProgram"), program.priorityProgramName ?? t("common.none")],
    [
      t("government.supports.detail"),
      program.supportsActivity ? (
        <Link
          key="supports"
          href={`/government/${program.supportsActivity.id}`}
          className="text-brand-700 hover:underline"
          data-testid="supports-activity"
        >
          {program.supportsActivity.agency}: {program.supportsActivity.title}
        </Link>
      ) : (
        t("common.none")
      ),
    ],
    [
      t("programs.fields.ref"),
      <span key="ref" className="font-mono">
        {program.ref}
      </span>,
    ],
  ];
  const meta: [string, string][] = [
    ...(program.createdByName ? [[t("programs.detail.createdBy"), program.createdByName] as [string, string]] : []),
    [t("programs.detail.submittedAt"), program.submittedAt ? formatDateTime(program.submittedAt, locale, timeZone) : t("common.none")],
    [t("programs.detail.updatedAt"), formatDateTime(program.updatedAt, locale, timeZone)],
  ];
  return (
    <HydrateClient>
      <div className="mx-auto max-w-5xl">
        <nav className="mb-4 text-sm">
          <Link href="/programs" className="text-brand-700 hover:underline">
            ← {t("nav.programs")}
          </Link>
        </nav>
        {flags.saved ? (
          <Alert tone="success" label="saved" className="mb-4">
            {t("programs.saved")}
          </Alert>
        ) : null}
        {flags.done && DONE.has(flags.done) ? (
          <Alert tone="success" label={flags.done === "submit" ? "submitted" : `done-${flags.done}`} className="mb-4">
            {t(`lifecycle.done.${flags.done as "submit"}`)}
          </Alert>
        ) : null}
        {lastNote?.note ? (
          <Alert tone="warning" label="reviewer-note" className="mb-4">
            <span className="block font-semibold">{t("lifecycle.reviewerNote")}</span>
            <span className="mt-1 block whitespace-pre-line">{lastNote.note}</span>
          </Alert>
        ) : null}
        <div className="mb-6 flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
          <div className="min-w-0">
            <div className="mb-2 flex flex-wrap items-center gap-2">
              <Badge tone={statusTone(program.status)} testId="program-status">
                {t(`statuses.${program.status}`)}
              </Badge>
              <Badge tone="teal">{t(`sectors.${program.sector}`)}</Badge>
            </div>
            <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{program.title}</h1>
            <p className="mt-1 text-sm text-slate-600">
              {program.companyName} · {formatDate(program.startDate, locale)}
            </p>
          </div>
          <ProgramActions
            id={program.id}
            version={program.version}
            canEdit={program.permissions.canEdit}
            actions={program.permissions.actions}
            reviewHref={isStaff && program.status === "submitted" ? `/review/programs/${program.id}` : undefined}
            status={program.status}
          />
        </div>
        {program.status === "withdrawn" && viewer.role === "officer" && viewer.companyId === program.companyId ? (
          <Alert tone="warning" label="withdrawn-notice" className="mb-4">
            {t("review.withdrawnNotice")}
          </Alert>
        ) : null}
        {ownsOpen ? <SavedMatches programId={program.id} startDate={program.startDate} /> : null}
        {program.status === "draft" ? (
          <Alert tone="info" label="draft-notice" className="mb-4">
            {t("programs.detail.draftNotice")}
          </Alert>
        ) : null}
        <div className="grid items-start gap-6 lg:grid-cols-3">
          <div className="space-y-6 lg:col-span-2">
            <Card>
              <CardSection title={t("programs.detail.description")}>
                <p className="whitespace-pre-line text-sm leading-relaxed text-slate-800">{program.description}</p>
              </CardSection>
              <CardSection title={t("programs.detail.areas")}>
                <ul className="space-y-2" data-testid="program-areas">
                  {program.areas.map((a) => (
                    <li key={a.code} className="text-sm">
                      <span className="font-medium text-slate-900">{areaName(a, t)}</span>
                      {areaContext(a, t) ? <span className="text-slate-500"> · {areaContext(a, t)}</span> : null}
                      <span className="ml-2 font-mono text-xs text-slate-500">{a.code}</span>
                    </li>
                  ))}
                </ul>
              </CardSection>
            </Card>
            <ProgramGovernment program={program} />
            <ProgramRealization program={program} viewer={viewer} />
            {viewer.role === "officer" && viewer.companyId === program.companyId && (program.status === "in_progress" || program.status === "completed") ? (
              <Card>
                <CardSection title={t("beneficiaries.page.link")}>
                  <p className="text-sm text-slate-700">{t("beneficiaries.page.linkHint")}</p>
                  <Link href={`/programs/${program.id}/beneficiaries`} className="mt-2 inline-block text-sm font-medium text-brand-700 hover:underline" data-testid="beneficiaries-link">
                    {t("beneficiaries.page.link")} →
                  </Link>
                </CardSection>
              </Card>
            ) : null}
            <ProgramHistory programId={program.id} />
          </div>
          <div className="space-y-6">
            <ProgramOverlaps
              programId={program.id}
              canReview={viewer.role === "reviewer" || viewer.role === "admin"}
              isOfficer={viewer.role === "officer"}
            />
            <Card>
              <dl className="divide-y divide-slate-100">
                {facts.map(([k, v]) => (
                  <div key={k} className="grid grid-cols-5 gap-3 px-4 py-3 text-sm">
                    <dt className="col-span-2 text-slate-500">{k}</dt>
                    <dd className="col-span-3 text-slate-900">{v}</dd>
                  </div>
                ))}
              </dl>
            </Card>
            <Card>
              <dl className="divide-y divide-slate-100">
                {program.companyContact === null ? (
                  <div className="grid grid-cols-5 gap-3 px-4 py-3 text-sm" data-testid="contact-hidden">
                    <dt className="col-span-2 text-slate-500">{t("programs.detail.contact")}</dt>
                    <dd className="col-span-3 text-slate-600">{t("authz.contactHidden")}</dd>
                  </div>
                ) : program.companyContact.name || program.companyContact.email ? (
                  <div className="grid grid-cols-5 gap-3 px-4 py-3 text-sm" data-testid="contact">
                    <dt className="col-span-2 text-slate-500">{t("programs.detail.contact")}</dt>
                    <dd className="col-span-3 break-words text-slate-900">
                      {program.companyContact.name}
                      {program.companyContact.email ? <span className="block text-slate-600">{program.companyContact.email}</span> : null}
                    </dd>
                  </div>
                ) : null}
                {meta.map(([k, v]) => (
                  <div key={k} className="grid grid-cols-5 gap-3 px-4 py-3 text-sm">
                    <dt className="col-span-2 text-slate-500">{k}</dt>
                    <dd className="col-span-3 text-slate-900">{v}</dd>
                  </div>
                ))}
              </dl>
            </Card>
          </div>
        </div>
      </div>
    </HydrateClient>
  );
}
