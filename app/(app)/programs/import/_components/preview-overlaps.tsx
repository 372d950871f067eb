"use client";

import Link from "next/link";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Badge } from "@/components/ui/badge";
import { formatPercent } from "@/lib/format";
import type { PreviewOverlap } from "@/server/imports/preview.schemas";

/** The registered programs this row would be flagged against if saved, each linked. */
export function PreviewOverlaps({ overlaps }: { overlaps: PreviewOverlap[] }) {
  const { t } = useI18n();
  if (overlaps.length === 0) return null;
  return (
    <div className="rounded-lg border border-violet-200 bg-violet-50/50 p-3">
      <p className="text-sm font-medium text-violet-900">{t("imports.preview.overlapsTitle")}</p>
      <ul className="mt-1.5 space-y-1.5 text-sm">
        {overlaps.map((o) => (
          <li key={o.programId} className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <Link href={`/programs/${o.programId}`} className="font-medium text-brand-700 underline wrap-anywhere">
              {o.title}
            </Link>
            <span className="text-slate-600">{o.companyName}</span>
            <Badge tone={o.kind === "duplicate" ? "red" : "violet"}>{t(`imports.preview.overlapKind.${o.kind}`)}</Badge>
            <span className="text-xs text-slate-500">
              {t("imports.preview.overlapScore", { score: formatPercent(Math.round(o.score * 100)) })}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
