"use client";

import { formatNumber } from "@/lib/format";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { AreaLabel } from "../../_components/area-label";
import type { PriorityProgram } from "../../_components/types";
import { useAreaNames } from "../../_components/use-area-names";

interface Props {
  programs: PriorityProgram[];
  canEdit: (p: PriorityProgram) => boolean;
  onEdit: (p: PriorityProgram) => void;
}

/** Priority programs as a table on wide screens and as cards on phones. */
export function PriorityList({ programs, canEdit, onEdit }: Props) {
  const { t } = useI18n();
  const nameOf = useAreaNames(programs.map((p) => p.jurisdiction));
  const status = (p: PriorityProgram) => (
    <Badge tone={p.isActive ? "green" : "gray"}>{p.isActive ? t("common.active") : t("common.inactive")}</Badge>
  );
  const place = (p: PriorityProgram) => <AreaLabel code={p.jurisdiction} name={nameOf(p.jurisdiction)} />;
  const edit = (p: PriorityProgram) =>
    canEdit(p) ? (
      <Button variant="secondary" size="sm" onClick={() => onEdit(p)}>
        {t("common.edit")}
      </Button>
    ) : null;

  if (programs.length === 0) return <Card className="p-10 text-center text-sm text-slate-600">{t("admin.priorityEmpty")}</Card>;
  return (
    <>
      <p className="mb-3 text-sm text-slate-600" data-testid="priority-count">
        {t("admin.priorityCount", { n: formatNumber(programs.length) })}
      </p>
      <Card className="hidden overflow-x-auto md:block">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className="px-4 py-3">
                {t("admin.priorityName")}
              </th>
              <th scope="col" className="px-4 py-3">
                {t("admin.priorityDescription")}
              </th>
              <th scope="col" className="px-4 py-3">
                {t("admin.jurisdiction")}
              </th>
              <th scope="col" className="px-4 py-3">
                {t("admin.status")}
              </th>
              <th scope="col" className="px-4 py-3">
                <span className="sr-only">{t("common.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {programs.map((p) => (
              <tr key={p.id} className="align-top hover:bg-slate-50">
                <td className="max-w-xs px-4 py-3 font-medium text-slate-900">{p.name}</td>
                <td className="max-w-md px-4 py-3 whitespace-pre-line text-slate-700">{p.description ?? t("common.none")}</td>
                <td className="px-4 py-3 text-slate-700">{place(p)}</td>
                <td className="px-4 py-3">{status(p)}</td>
                <td className="px-4 py-3 text-right">{edit(p)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      <ul className="space-y-3 md:hidden">
        {programs.map((p) => (
          <li key={p.id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
            <div className="flex items-start justify-between gap-3">
              <span className="font-medium text-slate-900">{p.name}</span>
              {status(p)}
            </div>
            {p.description ? <p className="mt-1 whitespace-pre-line text-sm text-slate-700">{p.description}</p> : null}
            <div className="mt-2 flex items-center justify-between gap-3 text-xs text-slate-700">
              {place(p)}
              {edit(p)}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
