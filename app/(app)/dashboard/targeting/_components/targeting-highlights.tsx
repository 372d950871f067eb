"use client";

import Link from "next/link";
import { formatNumber, formatPercent, formatRupiah } from "@/lib/format";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Badge } from "@/components/ui/badge";
import { Card, CardSection } from "@/components/ui/card";
import type { TargetingViewInput } from "@/server/targeting/targeting.schemas";
import { programsHref, type TargetingView } from "./types";

/** The two lists a meeting acts on: poor areas no program reaches, and areas where programs or money pile up. */
export function TargetingHighlights({ view, input }: { view: TargetingView; input: TargetingViewInput }) {
  const { t } = useI18n();
  const blank = view.areas.filter((a) => a.isBlankSpot);
  const piled = view.areas.filter((a) => a.pileUp.length > 0);
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <Card className="border-amber-300">
        <CardSection title={t("targeting.blankSpotsTitle")} description={t("targeting.blankSpotsHint")}>
          {blank.length === 0 ? (
            <p className="text-sm text-slate-600">{t("targeting.blankSpotsEmpty")}</p>
          ) : (
            <ul className="divide-y divide-slate-100" data-testid="blank-spots">
              {blank.map((a) => (
                <li key={a.code} className="flex items-baseline justify-between gap-3 py-2 text-sm">
                  <Link href={programsHref(input, a.code)} className="font-medium text-brand-700 hover:underline">
                    {a.name}
                  </Link>
                  <span className="text-right tabular-nums text-slate-700">
                    {a.povertyRate ? t("targeting.rateIn", { rate: formatPercent(a.povertyRate.value), year: a.povertyRate.year }) : null}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </CardSection>
      </Card>
      <Card className="border-violet-300">
        <CardSection title={t("targeting.pileUpsTitle")} description={t("targeting.pileUpsHint")}>
          {piled.length === 0 ? (
            <p className="text-sm text-slate-600">{t("targeting.pileUpsEmpty")}</p>
          ) : (
            <ul className="divide-y divide-slate-100" data-testid="pile-ups">
              {piled.map((a) => (
                <li key={a.code} className="space-y-1 py-2 text-sm">
                  <div className="flex items-baseline justify-between gap-3">
                    <Link href={programsHref(input, a.code)} className="font-medium text-brand-700 hover:underline">
                      {a.name}
                    </Link>
                    <span className="flex flex-wrap justify-end gap-1">
                      {a.pileUp.map((r) => (
                        <Badge key={r} tone="violet">
                          {t(`targeting.pileUpReasons.${r}`)}
                        </Badge>
                      ))}
                    </span>
                  </div>
                  <p className="text-xs text-slate-600">
                    {t("targeting.pileUpLine", {
                      programs: formatNumber(a.programs),
                      median: view.thresholds.programsMedian === null ? "—" : formatNumber(view.thresholds.programsMedian),
                      rupiah: a.rupiahPerPoorPerson === null ? "—" : formatRupiah(Math.round(a.rupiahPerPoorPerson)),
                      rupiahMedian:
                        view.thresholds.rupiahPerPoorMedian === null ? "—" : formatRupiah(Math.round(view.thresholds.rupiahPerPoorMedian)),
                    })}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </CardSection>
      </Card>
    </div>
  );
}
