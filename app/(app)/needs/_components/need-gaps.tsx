"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { areaContext, areaName } from "@/lib/areas/area-label";
import { formatNumber, formatRupiahShort } from "@/lib/format";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { useTRPC } from "../../../_trpc/client";

/** Open needs in the viewer's jurisdiction that no company has taken on, longest waiting first. */
export function NeedGaps() {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const { data } = useQuery(trpc.needs.gaps.queryOptions({}));
  if (!data) return <p className="text-sm text-slate-500">{t("common.loading")}</p>;
  return (
    <section aria-labelledby="gaps-heading">
      <h2 id="gaps-heading" className="text-base font-semibold text-slate-900" data-testid="gap-count">
        {t("needs.gapsCount", { n: formatNumber(data.total) })}
      </h2>
      <p className="mt-1 mb-3 text-sm text-slate-600">{t("needs.gapsSubtitle")}</p>
      {data.items.length === 0 ? (
        <Card className="p-10 text-center text-sm text-slate-600">{t("needs.gapsEmpty")}</Card>
      ) : (
        <Card>
          <ul className="divide-y divide-slate-100">
            {data.items.map((g) => (
              <li key={g.id} className="flex flex-col gap-1 p-4 sm:flex-row sm:items-center sm:justify-between sm:gap-4">
                <div className="min-w-0">
                  <Link href={`/needs?id=${g.id}&status=all`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                    {g.title}
                  </Link>
                  <p className="text-xs text-slate-500">
                    {g.area ? [areaName(g.area, t), areaContext(g.area, t)].filter(Boolean).join(", ") : g.areaCode} ·{" "}
                    {t(`sectors.${g.sector}`)} · {t(`needs.sources.${g.source}`)} · {formatRupiahShort(g.estimatedBudgetIdr, locale)}
                  </p>
                </div>
                <div className="shrink-0">
                  <span className="sr-only">{t("needs.waiting")}: </span>
                  <Badge tone={g.ageDays >= 30 ? "red" : "amber"}>{t("needs.age", { n: g.ageDays })}</Badge>
                </div>
              </li>
            ))}
          </ul>
          {data.total > data.items.length ? (
            <p className="border-t border-slate-100 p-3 text-xs text-slate-500">
              {t("needs.gapsShown", { shown: data.items.length, total: data.total })}
            </p>
          ) : null}
        </Card>
      )}
    </section>
  );
}
