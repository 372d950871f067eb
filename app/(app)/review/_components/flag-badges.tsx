"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { Badge } from "@/components/ui/badge";
import type { OverlapKind } from "@/lib/enums";

/** Duplicates red, overlaps amber; a repeat is history, in blue; shared beneficiaries teal. */
export const kindTone = (kind: OverlapKind) => (kind === "duplicate" ? "red" : kind === "overlap" ? "amber" : kind === "shared_beneficiaries" ? "teal" : "blue");

export function KindBadge({ kind }: { kind: OverlapKind }) {
  const { t } = useI18n();
  return <Badge tone={kindTone(kind)}>{t(`review.kinds.${kind}`)}</Badge>;
}

/** The detector's score as a bar and a percentage. */
export function ScoreMeter({ score }: { score: number }) {
  const { t } = useI18n();
  const pct = Math.round(score * 100);
  return (
    <span className="inline-flex items-center gap-2 text-xs text-slate-600" title={t("review.scoreHint")}>
      <span className="h-1.5 w-16 overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
        <span className="block h-full rounded-full bg-brand-600" style={{ width: `${pct}%` }} />
      </span>
      {t("review.score", { pct })}
    </span>
  );
}
