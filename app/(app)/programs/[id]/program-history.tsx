"use client";

import { skipToken, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { areaName } from "@/lib/areas/area-label";
import { formatDate, formatDateTime, formatNumber, formatRupiah } from "@/lib/format";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { MessageKey } from "@/lib/i18n/core";
import { Card, CardSection } from "@/components/ui/card";
import { Select } from "@/components/ui/field";
import type { FieldChange } from "@/server/reviews/diff";
import { useTRPC } from "../../../_trpc/client";

const FIELD_LABELS: Record<FieldChange["field"], MessageKey> = {
  title: "programs.fields.title",
  description: "programs.fields.description",
  ref: "programs.fields.ref",
  sector: "programs.fields.sector",
  targetGroup: "programs.fields.targetGroupCategory",
  targetGroupText: "programs.fields.targetGroup",
  startDate: "programs.fields.startDate",
  endDate: "programs.fields.endDate",
  budgetIdr: "programs.fields.budget",
  plannedBeneficiaries: "programs.fields.beneficiaries",
  priorityProgramName: "programs.fields.priorityProgram",
  areas: "programs.fields.areas",
};

/** The program's moves with their notes, and a diff between any two submitted versions. */
export function ProgramHistory({ programId }: { programId: string }) {
  const { t, locale, timeZone } = useI18n();
  const trpc = useTRPC();
  const { data } = useQuery(trpc.reviews.history.queryOptions({ programId }));
  const versions = data?.versions ?? [];
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const a = from ?? (versions.length >= 2 ? (versions.at(-2)?.versionNo ?? null) : null);
  const b = to ?? (versions.length >= 2 ? (versions.at(-1)?.versionNo ?? null) : null);
  const diff = useQuery(trpc.reviews.diff.queryOptions(a && b && a !== b ? { programId, from: a, to: b } : skipToken));
  if (!data) return null;

  const value = (field: FieldChange["field"], v: string | number | null) => {
    if (v === null && (field === "budgetIdr" || field === "plannedBeneficiaries")) return t("common.notFilled");
    if (v === null || v === "") return t("common.none");
    if (field === "budgetIdr" && typeof v === "number") return formatRupiah(v);
    if (field === "plannedBeneficiaries" && typeof v === "number") return formatNumber(v);
    if (field === "sector") return t(`sectors.${v as "health"}`);
    if (field === "targetGroup") return t(`targetGroups.${v as "children"}`);
    if ((field === "startDate" || field === "endDate") && typeof v === "string") return formatDate(v, locale);
    return String(v);
  };

  return (
    <Card>
      <CardSection title={t("lifecycle.historyTitle")}>
        {data.events.length === 0 ? (
          <p className="text-sm text-slate-500">{t("lifecycle.historyEmpty")}</p>
        ) : (
          <ol className="relative space-y-4 border-l border-slate-200 pl-5" data-testid="program-history">
            {data.events.map((e) => (
              <li key={e.id} className="text-sm">
                <span className="absolute -left-1.5 mt-1.5 h-3 w-3 rounded-full border-2 border-white bg-brand-600" aria-hidden="true" />
                <p className="text-slate-800">
                  <span className="font-medium">{e.actorName ?? (e.actorRole ? t(`roles.${e.actorRole}`) : t("common.none"))}</span> {t(`lifecycle.events.${e.action}`)}
                </p>
                <p className="text-xs text-slate-500">{formatDateTime(e.at, locale, timeZone)}</p>
                {e.note ? <p className="mt-1 whitespace-pre-line rounded-lg bg-slate-50 p-2 text-slate-700">“{e.note}”</p> : null}
              </li>
            ))}
          </ol>
        )}
      </CardSection>
      {versions.length >= 2 ? (
        <CardSection title={t("lifecycle.compareVersions")}>
          <div className="mb-3 flex flex-wrap items-center gap-2 text-sm">
            <label className="flex items-center gap-2">
              {t("lifecycle.from")}
              <Select value={a ?? ""} onChange={(e) => setFrom(Number(e.target.value))} className="!w-auto">
                {versions.map((v) => (
                  <option key={v.versionNo} value={v.versionNo}>
                    {t("lifecycle.version", { n: v.versionNo })} · {formatDateTime(v.submittedAt, locale, timeZone)}
                  </option>
                ))}
              </Select>
            </label>
            <label className="flex items-center gap-2">
              {t("lifecycle.to")}
              <Select value={b ?? ""} onChange={(e) => setTo(Number(e.target.value))} className="!w-auto">
                {versions.map((v) => (
                  <option key={v.versionNo} value={v.versionNo}>
                    {t("lifecycle.version", { n: v.versionNo })}
                  </option>
                ))}
              </Select>
            </label>
          </div>
          {diff.data ? (
            diff.data.changes.length === 0 ? (
              <p className="text-sm text-slate-500">{t("lifecycle.noChanges")}</p>
            ) : (
              <dl className="space-y-3 text-sm" data-testid="version-diff">
                {diff.data.changes.map((c) => (
                  <div key={c.field}>
                    <dt className="text-xs font-semibold uppercase tracking-wide text-slate-500">{t(FIELD_LABELS[c.field])}</dt>
                    <dd className="mt-1 text-slate-800">
                      {c.kind === "text" ? (
                        <p className="whitespace-pre-line">
                          {c.segments.map((s, i) =>
                            s.op === "same" ? (
                              <span key={i}>{s.text}</span>
                            ) : s.op === "add" ? (
                              <ins key={i} className="bg-emerald-100 text-emerald-900 no-underline">
                                {s.text}
                              </ins>
                            ) : (
                              <del key={i} className="bg-red-100 text-red-800">
                                {s.text}
                              </del>
                            ),
                          )}
                        </p>
                      ) : c.kind === "value" ? (
                        <p>
                          <del className="bg-red-100 text-red-800">{value(c.field, c.before)}</del> →{" "}
                          <ins className="bg-emerald-100 text-emerald-900 no-underline">{value(c.field, c.after)}</ins>
                        </p>
                      ) : (
                        <p>
                          {c.added.length ? (
                            <span className="block">
                              {t("lifecycle.areasAdded")}:{" "}
                              {c.added.map((x) => areaName({ ...x, level: x.code.split(".").length }, t)).join(", ")}
                            </span>
                          ) : null}
                          {c.removed.length ? (
                            <span className="block">
                              {t("lifecycle.areasRemoved")}:{" "}
                              {c.removed.map((x) => areaName({ ...x, level: x.code.split(".").length }, t)).join(", ")}
                            </span>
                          ) : null}
                        </p>
                      )}
                    </dd>
                  </div>
                ))}
              </dl>
            )
          ) : null}
        </CardSection>
      ) : null}
    </Card>
  );
}
