"use client";

import { auditActionLabel, describeAuditDetails, type AuditNames } from "@/lib/audit/details";
import type { MessageKey } from "@/lib/i18n/core";
import { formatDateTime } from "@/lib/format";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Card } from "@/components/ui/card";

export interface AuditEntry {
  id: number;
  at: Date;
  action: string;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  details: Record<string, unknown> | null;
  actorId: string | null;
  actorName: string | null;
  actorEmail: string | null;
}

/** Entries as a table on wide screens and as cards on phones. */
export function AuditEntries({ entries, names }: { entries: AuditEntry[]; names: AuditNames }) {
  const { t, locale, timeZone } = useI18n();
  if (entries.length === 0) return <Card className="p-10 text-center text-sm text-slate-600">{t("audit.empty")}</Card>;

  const actor = (e: AuditEntry) =>
    e.actorId === null ? (
      <span className="italic text-slate-500">{t("audit.anonymous")}</span>
    ) : e.actorEmail ? (
      <span>
        <span className="font-medium text-slate-900">{e.actorName}</span>
        <span className="block break-all text-xs text-slate-500">{e.actorEmail}</span>
      </span>
    ) : (
      <span className="text-slate-500">{t("audit.unknownActor")}</span>
    );
  // The target's kind and name in words; its id in small print underneath, for a search.
  const target = (e: AuditEntry) => {
    if (!e.targetType && !e.targetId) return t("common.none");
    const typeKey = `audit.targetTypes.${e.targetType}`;
    const kind = e.targetType ? (t.has(typeKey) ? t(typeKey as MessageKey) : e.targetType) : null;
    const name = e.targetId ? names[e.targetId] : undefined;
    return (
      <span data-testid="audit-target">
        <span className="text-slate-800">
          {[kind, name ?? (e.targetId && !name && !kind ? e.targetId : null)].filter(Boolean).join(": ")}
        </span>
        {e.targetId ? <span className="block break-all text-slate-500">{e.targetId}</span> : null}
      </span>
    );
  };
  const details = (e: AuditEntry) => describeAuditDetails(t, locale, e.details, names) ?? t("common.none");
  const action = (e: AuditEntry) => <span>{auditActionLabel(t, locale, e.action)}</span>;
  const when = (e: AuditEntry) => <time dateTime={new Date(e.at).toISOString()}>{formatDateTime(e.at, locale, timeZone)}</time>;

  return (
    <>
      <Card className="hidden overflow-x-auto lg:block">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
            <tr>
              {(["at", "actor", "action", "target", "ip", "details"] as const).map((c) => (
                <th key={c} scope="col" className="px-4 py-3">
                  {t(`audit.columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {entries.map((e) => (
              <tr key={e.id} className="align-top hover:bg-slate-50">
                <td className="whitespace-nowrap px-4 py-3 text-slate-700">{when(e)}</td>
                <td className="max-w-56 px-4 py-3">{actor(e)}</td>
                <td className="px-4 py-3 text-slate-800">{action(e)}</td>
                <td className="max-w-48 break-all px-4 py-3 text-xs text-slate-600">{target(e)}</td>
                <td className="whitespace-nowrap px-4 py-3 text-xs text-slate-600">{e.ip ?? t("common.none")}</td>
                <td className="max-w-md break-words px-4 py-3 text-xs text-slate-600">{details(e)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      <ul className="space-y-3 lg:hidden">
        {entries.map((e) => (
          <li key={e.id} className="rounded-xl border border-slate-200 bg-white p-4 text-sm shadow-sm">
            <div className="flex flex-wrap items-start justify-between gap-2">
              {action(e)}
              <span className="text-xs text-slate-500">{when(e)}</span>
            </div>
            <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs text-slate-700">
              <dt className="text-slate-500">{t("audit.columns.actor")}</dt>
              <dd className="min-w-0">{actor(e)}</dd>
              <dt className="text-slate-500">{t("audit.columns.target")}</dt>
              <dd className="min-w-0 break-all">{target(e)}</dd>
              <dt className="text-slate-500">{t("audit.columns.ip")}</dt>
              <dd>{e.ip ?? t("common.none")}</dd>
              <dt className="text-slate-500">{t("audit.columns.details")}</dt>
              <dd className="min-w-0 break-words">{details(e)}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
