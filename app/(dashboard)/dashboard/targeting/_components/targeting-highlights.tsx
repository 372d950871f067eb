"use client";

import Link from "next/link";
import { formatDecimal, formatNumber, formatPercent } from "@/lib/format";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Badge } from "@/components/ui/badge";
import { Card, CardSection } from "@/components/ui/card";
import type { TargetingViewInput } from "@/server/targeting/targeting.schemas";
import { programsHref, type TargetingView } from "./types";

/** "12% of the rupiah for 3% of the poor people (4.0 times its share)", or nothing when the area is not compared. */
export function ShareLine({ area }: { area: TargetingView["areas"][number] }) {
  const { t } = useI18n();
  if (area.shareOfRupiah === null || area.shareOfPoor === null || area.servedRatio === null) return null;
  return (
    <>
      {t("targeting.shareLine", {
        rupiah: formatPercent(area.shareOfRupiah * 100),
        poor: formatPercent(area.shareOfPoor * 100),
        ratio: formatDecimal(area.servedRatio),
      })}
    </>
  );
}

/** The two lists a meeting acts on: poor areas no program reaches, and areas where programs or money pile up. */
export function TargetingHighlights({ view, input }: { view: TargetingView; input: TargetingViewInput }) {
  const { t } = useI18n();
  const blank = view.areas.filter((a) => a.isBlankSpot);
  const piled = view.areas.filter((a) => a.pileUp.length > 0);
  const under = view.areas.filter((a) => a.isUnderServed);
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
          {under.length ? (
            <div className="mt-4 border-t border-slate-100 pt-3">
              <h3 className="text-sm font-semibold text-slate-900">{t("targeting.underServedTitle")}</h3>
              <p className="text-xs text-slate-600">{t("targeting.underServedHint")}</p>
              <ul className="divide-y divide-slate-100" data-testid="under-served">
                {under.map((a) => (
                  <li key={a.code} className="space-y-1 py-2 text-sm">
                    <div className="flex items-baseline justify-between gap-3">
                      <Link href={programsHref(input, a.code)} className="font-medium text-brand-700 hover:underline">
                        {a.name}
                      </Link>
                      <span className="text-right tabular-nums text-slate-700">
                        {a.povertyRate
                          ? t("targeting.rateIn", { rate: formatPercent(a.povertyRate.value), year: a.povertyRate.year })
                          : null}
                      </span>
                    </div>
                    <p className="text-xs text-slate-600">
                      <ShareLine area={a} />
                    </p>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
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
                    })}{" "}
                    <ShareLine area={a} />
                  </p>
                  <p className="text-xs text-slate-600">
                    {a.povertyRate && view.thresholds.blankSpotRate
                      ? t("targeting.pileUpRate", {
                          rate: formatPercent(a.povertyRate.value),
                          threshold: formatPercent(view.thresholds.blankSpotRate.value),
                        })
                      : null}
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
