"use client";

import Link from "next/link";
import { areaContext, areaName } from "@/lib/areas/area-label";
import { formatDate, formatRupiahShort } from "@/lib/format";
import { dayIn } from "@/lib/time-zone";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Badge } from "@/components/ui/badge";
import { Button, LinkButton } from "@/components/ui/button";
import type { NeedItem } from "./types";

interface Props {
  need: NeedItem;
  onAdopt: (need: NeedItem) => void;
  onLink: (need: NeedItem) => void;
  onClose: (need: NeedItem) => void;
}

/** One need in the catalogue, with what the viewer may do about it. */
export function NeedCard({ need, onAdopt, onLink, onClose }: Props) {
  const { t, locale, timeZone } = useI18n();
  const headingId = `need-${need.id}`;
  const place = need.area ? [areaName(need.area, t), areaContext(need.area, t)].filter(Boolean).join(", ") : need.areaCode;
  const { permissions: can } = need;
  return (
    <article aria-labelledby={headingId} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm" data-testid="need-card">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 id={headingId} className="min-w-0 font-semibold text-slate-900">
          {need.title}
        </h2>
        <div className="flex flex-wrap gap-1">
          {need.status === "closed" ? <Badge>{t("needs.statuses.closed")}</Badge> : null}
          {need.allowCofunding ? <Badge tone="violet">{t("needs.cofunding")}</Badge> : null}
        </div>
      </div>
      <p className="mt-1 text-xs text-slate-500">
        {place} · {t(`sectors.${need.sector}`)} · {t(`targetGroups.${need.targetGroup}`)}
      </p>
      <p className="mt-2 line-clamp-4 text-sm whitespace-pre-line text-slate-700">{need.description}</p>
      <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-2 text-sm">
        <div>
          <dt className="text-xs text-slate-500">{t("needs.budget")}</dt>
          <dd className="tabular-nums text-slate-800">{formatRupiahShort(need.estimatedBudgetIdr, locale)}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">{t("needs.source")}</dt>
          <dd className="text-slate-800">
            {t(`needs.sources.${need.source}`)}
            {need.sourceNote ? <span className="block text-xs text-slate-500">{need.sourceNote}</span> : null}
          </dd>
        </div>
      </dl>
      {/* Not a term and its value: outside the list, so the list holds only dt/dd pairs. */}
      <p className="mt-2 text-xs text-slate-500">
        {t("needs.publishedOn", { date: formatDate(dayIn(timeZone, need.createdAt), locale) })}
      </p>

      <div className="mt-3 border-t border-slate-100 pt-3 text-sm">
        {need.myAdoption ? (
          <div className="space-y-1">
            <Badge tone="green">{t("needs.adoptedByYou")}</Badge>
            <p className="text-slate-700">
              {need.myAdoption.programId && need.myAdoption.programTitle ? (
                <Link href={`/programs/${need.myAdoption.programId}`} className="text-brand-700 hover:underline">
                  {t("needs.linkedProgram", { title: need.myAdoption.programTitle })}
                </Link>
              ) : (
                t("needs.noLinkedProgram")
              )}
            </p>
          </div>
        ) : need.adopters.length > 0 ? (
          <div>
            <p className="font-medium text-slate-800">{t("needs.adoptionCount", { n: need.adoptionCount })}</p>
            <ul className="mt-1 space-y-0.5 text-slate-700" aria-label={t("needs.adopters")}>
              {need.adopters.map((a, i) => (
                <li key={`${a.companyName}-${i}`}>
                  {a.companyName}
                  {a.programId && a.programTitle ? (
                    <>
                      {" · "}
                      <Link href={`/programs/${a.programId}`} className="text-brand-700 hover:underline">
                        {a.programTitle}
                      </Link>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        ) : need.adoptionCount > 0 ? (
          // Officers learn how many took it on, not who; a co-funded need stays open to them.
          <p className="text-slate-600">{need.allowCofunding ? t("needs.adoptionCount", { n: need.adoptionCount }) : t("needs.taken")}</p>
        ) : (
          <Badge tone="amber">{t("needs.notAdopted")}</Badge>
        )}
      </div>

      {can.canAdopt || can.canLink || can.canEdit || can.canClose ? (
        <div className="mt-3 flex flex-wrap gap-2">
          {can.canAdopt ? <Button onClick={() => onAdopt(need)}>{t("needs.adopt")}</Button> : null}
          {can.canLink ? (
            <Button variant="secondary" size="sm" onClick={() => onLink(need)}>
              {t("needs.changeLink")}
            </Button>
          ) : null}
          {can.canEdit ? (
            <LinkButton href={`/needs/${need.id}/edit`} variant="secondary" size="sm">
              {t("common.edit")}
            </LinkButton>
          ) : null}
          {can.canClose ? (
            <Button variant="danger" size="sm" onClick={() => onClose(need)}>
              {t("needs.close")}
            </Button>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}
