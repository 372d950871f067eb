"use client";

import Link from "next/link";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Badge } from "@/components/ui/badge";
import type { ImportedProgram } from "@/server/imports/preview.schemas";

/** What a finished import saved, each linked to its program. */
export function ImportedPrograms({ programs }: { programs: ImportedProgram[] }) {
  const { t } = useI18n();
  if (programs.length === 0) return null;
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
    </section>
  );
}
