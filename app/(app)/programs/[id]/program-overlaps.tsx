"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { formatPeriod } from "@/lib/format";
import { useI18n } from "@/components/i18n/i18n-provider";
import { historyPlace, renderHistory, renderReason } from "@/lib/overlaps/reasons";
import { Badge } from "@/components/ui/badge";
import { Card, CardSection } from "@/components/ui/card";
import type { Reason } from "@/lib/overlaps/reasons";
import { useTRPC } from "../../../_trpc/client";
import { kindTone } from "../../review/_components/flag-badges";

/**
 * Overlaps on a program's page: staff see the flags; the owning company sees collaboration
 * suggestions with the partner's contact, and repeats as history ("… sudah menerima … pada 2021").
 */
export function ProgramOverlaps({ programId, canReview, isOfficer }: { programId: string; canReview: boolean; isOfficer: boolean }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const { data } = useQuery(trpc.overlaps.forProgram.queryOptions({ programId }));
  if (!data) return null;
  const historyOf = (f: (typeof data)[number]) => {
    const place = historyPlace(f.reasons as Reason[]);
    return place
      ? renderHistory(
          {
            place,
            title: f.other.title,
            companyName: f.other.companyName,
            startDate: f.other.startDate,
            endDate: f.other.endDate,
            earlier: f.otherIsEarlier,
          },
          t,
        )
      : f.other.title;
  };
  if (isOfficer) {
    const collaborations = data.filter((f) => f.kind !== "repeat");
    const history = data.filter((f) => f.kind === "repeat");
    if (data.length === 0) return null;
    return (
      <>
        {history.length > 0 ? (
          <Card className="border-sky-200">
            <CardSection title={t("review.historyTitle")}>
              <p className="text-sm text-slate-600">{t("review.historyBody")}</p>
              <ul className="mt-3 space-y-2" data-testid="program-aid-history">
                {history.map((f) => (
                  <li key={f.id} className="text-sm text-slate-800">
                    {historyOf(f)}{" "}
                    <Link href={`/programs/${f.other.id}`} className="text-xs font-medium text-brand-700 hover:underline">
                      {t("review.open")}
                    </Link>
                  </li>
                ))}
              </ul>
            </CardSection>
          </Card>
        ) : null}
        {collaborations.length > 0 ? (
          <Card className="border-brand-200">
            <CardSection title={t("review.collaborationTitle")}>
              <ul className="space-y-4" data-testid="collaborations">
                {collaborations.map((f) => (
                  <li key={f.id} className="text-sm">
                    <p className="text-slate-700">{t("review.collaborationBody", { company: f.other.companyName })}</p>
                    <p className="mt-1 font-medium text-slate-900">
                      <Link href={`/programs/${f.other.id}`} className="hover:text-brand-700 hover:underline">
                        {f.other.title}
                      </Link>
                    </p>
                    {f.other.contact ? (
                      <p className="mt-1 text-slate-700">
                        {[f.other.contact.name, f.other.contact.email, f.other.contact.phone].filter(Boolean).join(" · ")}
                      </p>
                    ) : null}
                  </li>
                ))}
              </ul>
            </CardSection>
          </Card>
        ) : null}
      </>
    );
  }
  return (
    <Card>
      <CardSection title={t("review.programFlags")}>
        {data.length === 0 ? (
          <p className="text-sm text-slate-500">{t("review.programFlagsNone")}</p>
        ) : (
          <ul className="space-y-4" data-testid="program-flags">
            {data.map((f) => (
              <li key={f.id} className="text-sm">
                <div className="flex flex-wrap items-center gap-2">
                  <Badge tone={kindTone(f.kind)}>{t(`review.kinds.${f.kind}`)}</Badge>
                  {f.status === "resolved" && f.resolution ? <Badge tone="gray">{t(`review.resolutions.${f.resolution}`)}</Badge> : null}
                  <span className="text-xs text-slate-500">{t("review.score", { pct: Math.round(f.score * 100) })}</span>
                </div>
                <p className="mt-1">
                  <Link href={`/programs/${f.other.id}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                    {f.other.title}
                  </Link>
                  <span className="text-slate-500">
                    {" "}
                    · {f.other.companyName} · {formatPeriod(f.other.startDate, f.other.endDate, locale)}
                  </span>
                </p>
                {f.kind === "repeat" ? <p className="mt-1 text-slate-700">{historyOf(f)}</p> : null}
                <p className="mt-1 text-xs text-slate-600">{(f.reasons as Reason[]).map((r) => renderReason(r, t, locale)).join(" · ")}</p>
                {canReview ? (
                  <Link href={`/review/${f.id}`} className="mt-1 inline-block text-xs font-medium text-brand-700 hover:underline">
                    {t("review.compare")} →
                  </Link>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </CardSection>
    </Card>
  );
}
