"use client";

import { beneficiariesLabel, budgetLabel, targetGroupLabel } from "@/lib/program-labels";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import type { ReactNode } from "react";
import { areaName } from "@/lib/areas/area-label";
import { formatDateTime, formatPeriod } from "@/lib/format";
import { useI18n } from "@/components/i18n/i18n-provider";
import { renderPairHistory, renderReason } from "@/lib/overlaps/reasons";
import { Alert } from "@/components/ui/alert";
import { Badge, statusTone } from "@/components/ui/badge";
import { Card, CardSection } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { Reason } from "@/lib/overlaps/reasons";
import { useTRPC } from "../../../_trpc/client";
import { KindBadge, ScoreMeter } from "./flag-badges";
import { ResolveForm } from "./resolve-form";
import { DecisionHistory, EarlierDecision, type DecisionEvent } from "./decision-history";
import { OfficerAnswers, type OfficerAnswer } from "./officer-answers";

/** Two programs side by side, row by row, with what they share marked; and the reviewer's decision. */
export function FlagCompare({ id }: { id: string }) {
  const { t, locale, timeZone } = useI18n();
  const trpc = useTRPC();
  const { data: flag } = useQuery(trpc.overlaps.byId.queryOptions({ id }));
  if (!flag) return <p className="text-sm text-slate-500">{t("common.loading")}</p>;
  const { a, b } = flag;
  const titleOf = (pid: string) => (pid === a.id ? a.title : pid === b.id ? b.title : pid);
  const decisions = flag.decisions as DecisionEvent[];
  const areasText = (p: typeof a) => p.areas.map((x) => areaName(x, t)).join(", ");
  const rows: { label: string; a: ReactNode; b: ReactNode; same: boolean }[] = [
    { label: t("programs.detail.company"), a: a.companyName, b: b.companyName, same: a.companyId === b.companyId },
    { label: t("programs.fields.sector"), a: t(`sectors.${a.sector}`), b: t(`sectors.${b.sector}`), same: a.sector === b.sector },
    {
      label: t("programs.detail.targetGroup"),
      a: targetGroupLabel(t, a),
      b: targetGroupLabel(t, b),
      same: a.targetGroup === b.targetGroup,
    },
    { label: t("programs.detail.areas"), a: areasText(a), b: areasText(b), same: areasText(a) === areasText(b) },
    {
      label: t("programs.detail.period"),
      a: formatPeriod(a.startDate, a.endDate, locale),
      b: formatPeriod(b.startDate, b.endDate, locale),
      same: a.startDate === b.startDate && a.endDate === b.endDate,
    },
    {
      label: t("programs.detail.budget"),
      a: budgetLabel(t, a.budgetIdr),
      b: budgetLabel(t, b.budgetIdr),
      same: a.budgetIdr === b.budgetIdr,
    },
    {
      label: t("programs.detail.beneficiaries"),
      a: beneficiariesLabel(t, a.plannedBeneficiaries),
      b: beneficiariesLabel(t, b.plannedBeneficiaries),
      same: a.plannedBeneficiaries === b.plannedBeneficiaries,
    },
    {
      label: t("programs.columns.status"),
      a: <Badge tone={statusTone(a.status)}>{t(`statuses.${a.status}`)}</Badge>,
      b: <Badge tone={statusTone(b.status)}>{t(`statuses.${b.status}`)}</Badge>,
      same: false,
    },
    { label: t("programs.detail.description"), a: a.description, b: b.description, same: a.description === b.description },
  ];

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t("review.compareTitle")}</h1>
        <KindBadge kind={flag.kind} />
        <ScoreMeter score={flag.score} />
      </div>
      {flag.openCluster ? (
        <Alert tone="info" label="pair-in-cluster">
          {t("review.cluster.partOf")}{" "}
          <Link href={`/review/clusters/${flag.openCluster}`} className="font-medium underline">
            {t("review.cluster.open")}
          </Link>
        </Alert>
      ) : null}
      <Card>
        <CardSection title={t("review.why")}>
          {flag.kind === "repeat" ? (
            <p className="mb-3 text-sm font-medium text-slate-900" data-testid="flag-history">
              {renderPairHistory(a, b, flag.reasons as Reason[], t)}
            </p>
          ) : null}
          <ul className="space-y-1 text-sm text-slate-800" data-testid="flag-reasons">
            {(flag.reasons as Reason[]).map((r, i) => (
              <li key={i}>• {renderReason(r, t, locale)}</li>
            ))}
          </ul>
        </CardSection>
      </Card>
      {/* Phone: each field with the two values under it. */}
      <div className="space-y-3 md:hidden">
        <div className="grid grid-cols-2 gap-2">
          {[a, b].map((p, i) => (
            <Link
              key={p.id}
              href={`/programs/${p.id}`}
              className="rounded-lg border border-slate-200 bg-white p-3 text-sm font-medium text-slate-900"
            >
              <span className="mr-1 rounded bg-slate-800 px-1.5 text-xs text-white">{i === 0 ? "A" : "B"}</span>
              {p.title}
            </Link>
          ))}
        </div>
        <Card>
          <dl className="divide-y divide-slate-100">
            {rows.map((r) => (
              <div key={r.label} className={cn("px-3 py-2 text-sm", r.same && "bg-amber-50/60")}>
                <dt className="text-xs text-slate-500">
                  {r.label}
                  {r.same ? <span className="ml-1 text-amber-700">({t("review.same")})</span> : null}
                </dt>
                <dd className="mt-1 grid grid-cols-2 gap-3 whitespace-pre-line text-slate-800">
                  <span>{r.a}</span>
                  <span>{r.b}</span>
                </dd>
              </div>
            ))}
          </dl>
        </Card>
      </div>
      <Card className="hidden overflow-x-auto md:block">
        <table className="min-w-full table-fixed text-sm">
          <thead>
            <tr className="border-b border-slate-200 bg-slate-50 text-left align-top">
              <th scope="col" className="w-32 px-4 py-3 text-xs font-semibold uppercase text-slate-500 sm:w-40">
                <span className="sr-only">{t("review.field")}</span>
              </th>
              {[a, b].map((p) => (
                <th key={p.id} scope="col" className="px-4 py-3 font-semibold text-slate-900">
                  <Link href={`/programs/${p.id}`} className="hover:text-brand-700 hover:underline">
                    {p.title}
                  </Link>
                  <div className="mt-0.5 font-mono text-xs font-normal text-slate-500">{p.ref}</div>
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={r.label} className={cn("align-top", r.same && "bg-amber-50/60")}>
                <th scope="row" className="px-4 py-3 text-left font-normal text-slate-500">
                  {r.label}
                  {r.same ? <span className="ml-1 text-xs text-amber-700">({t("review.same")})</span> : null}
                </th>
                <td className="px-4 py-3 whitespace-pre-line text-slate-800">{r.a}</td>
                <td className="px-4 py-3 whitespace-pre-line text-slate-800">{r.b}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      <OfficerAnswers answers={flag.answers as OfficerAnswer[]} titleOf={titleOf} />
      {flag.status === "open" ? <EarlierDecision decisions={decisions} titleOf={titleOf} /> : null}
      {/* Read before deciding: every earlier decision on this pair, and when it was opened again. */}
      {decisions.length > 0 ? <DecisionHistory decisions={decisions} titleOf={titleOf} /> : null}
      {flag.status === "open" && !flag.canResolve ? (
        <Alert tone="info" label="flag-outside-jurisdiction">
          {t("authz.decideElsewhere")}
        </Alert>
      ) : flag.status === "open" ? (
        <ResolveForm
          flag={{ id: flag.id, version: flag.version, kind: flag.kind, a: { id: a.id, title: a.title }, b: { id: b.id, title: b.title } }}
        />
      ) : (
        <Alert tone="success" label="flag-resolved">
          {flag.status === "resolved" && flag.resolution ? t(`review.resolved.${flag.resolution}`) : t("review.obsolete")}
          {flag.resolutionNote ? <span className="mt-1 block text-slate-700">“{flag.resolutionNote}”</span> : null}
          {flag.resolvedAt ? <span className="mt-1 block text-xs text-slate-600">{formatDateTime(flag.resolvedAt, locale, timeZone)}</span> : null}
        </Alert>
      )}
      {decisions.length === 0 ? <DecisionHistory decisions={decisions} titleOf={titleOf} /> : null}
    </div>
  );
}
