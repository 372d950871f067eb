"use client";

import Link from "next/link";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { pageCount } from "@/lib/imports/preview-plan";
import type { ImportedProgram } from "@/server/imports/preview.schemas";

interface Props {
  programs: ImportedProgram[];
  total: number;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
}

/** What a finished import saved, each linked to its program, a page at a time. */
export function ImportedPrograms({ programs, total, page, pageSize, onPage }: Props) {
  const { t } = useI18n();
  if (total === 0) return null;
  const pages = pageCount(total, pageSize);
  return (
    <section aria-labelledby="imported-programs-title">
      <h3 id="imported-programs-title" className="text-sm font-semibold text-slate-900">
        {t("imports.preview.createdTitle")}
      </h3>
      <ul className="mt-2 divide-y divide-slate-100 rounded-lg border border-slate-200" data-testid="imported-programs">
        {programs.map((p) => (
          <li key={p.programId} className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 px-3 py-2 text-sm">
            <span className="min-w-0">
              <Link href={`/programs/${p.programId}`} className="font-medium text-brand-700 underline wrap-anywhere">
                {p.title}
              </Link>
              <span className="ml-2 font-mono text-xs text-slate-500">{p.ref}</span>
            </span>
            <span className="flex items-center gap-2 text-xs text-slate-500">
              {t("imports.preview.row", { row: p.row })}
              <Badge tone={p.action === "update" ? "blue" : "green"}>{t(`imports.preview.createdAction.${p.action}`)}</Badge>
            </span>
          </li>
        ))}
      </ul>
      {pages > 1 ? (
        <nav aria-label={t("common.pageOf", { page, pages })} className="mt-3 flex items-center justify-between gap-2">
          <Button variant="secondary" size="sm" disabled={page <= 1} onClick={() => onPage(page - 1)}>
            {t("common.previous")}
          </Button>
          <span className="text-sm text-slate-600">{t("common.pageOf", { page, pages })}</span>
          <Button variant="secondary" size="sm" disabled={page >= pages} onClick={() => onPage(page + 1)}>
            {t("common.next")}
          </Button>
        </nav>
      ) : null}
    </section>
  );
}
