"use client";

import { areaName } from "@/lib/areas/area-label";
import { formatPeriod } from "@/lib/format";
import { useI18n } from "@/components/i18n/i18n-provider";
import { renderReason, type Reason } from "@/lib/overlaps/reasons";
import { Badge } from "@/components/ui/badge";

export interface ShownMatch {
  programId: string;
  title: string;
  companyName: string;
  isOwnCompany: boolean;
  startDate: string;
  endDate: string;
  areas: { code: string; name: string }[];
  kind: "duplicate" | "overlap" | "repeat";
  reasons: Reason[];
}

/**
 * Duplicates and overlaps as the live check lists them: kind, the other program, where and when, and
 * why. Compact (the submit step, under the full list on the page): kind, program and company only.
 */
export function MatchList({ matches, compact = false }: { matches: ShownMatch[]; compact?: boolean }) {
  const { t, locale } = useI18n();
  if (compact) {
    return (
      <ul className="mt-2 space-y-1.5 text-sm">
        {matches.map((m) => (
          <li key={m.programId} className="flex items-start gap-2">
            <Badge tone={m.kind === "duplicate" ? "red" : "amber"} className="shrink-0">
              {t(`review.kinds.${m.kind}`)}
            </Badge>
            <span className="min-w-0 text-slate-900">
              {m.title} <span className="text-slate-600">· {m.isOwnCompany ? t("review.liveOwn") : m.companyName}</span>
            </span>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <ul className="mt-3 space-y-3">
      {matches.map((m) => (
        <li key={m.programId} className="rounded-lg border border-amber-200 bg-white p-3 text-sm">
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone={m.kind === "duplicate" ? "red" : "amber"}>{t(`review.kinds.${m.kind}`)}</Badge>
            <a
              href={`/programs/${m.programId}`}
              target="_blank"
              rel="noreferrer"
              className="font-medium text-slate-900 hover:text-brand-700 hover:underline"
            >
              {m.title}
            </a>
          </div>
          <div className="mt-1 text-xs text-slate-600">
            {m.isOwnCompany ? t("review.liveOwn") : m.companyName} ·{" "}
            {m.areas.map((a) => areaName({ ...a, level: a.code.split(".").length }, t)).join(", ")} ·{" "}
            {formatPeriod(m.startDate, m.endDate, locale)}
          </div>
          <ul className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-700">
            {m.reasons.map((r, i) => (
              <li key={i}>• {renderReason(r, t, locale)}</li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
