"use client";

import { useQuery } from "@tanstack/react-query";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Card, CardSection } from "@/components/ui/card";
import { formatNumber } from "@/lib/format";
import { useTRPC } from "../../../../_trpc/client";

type Share = { count: number | "<5"; share: number | null };

/**
 * Tepat sasaran by the DTSEN/DTKS registry: per company, regency and program, the listed people in
 * deciles 1–4, 5+ and not in the registry. The server hides counts below 5 ("<5", no share).
 */
export function RegistryShares() {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const targeting = useQuery(trpc.beneficiaries.registryShares.queryOptions());
  const pct = new Intl.NumberFormat(locale === "id" ? "id-ID" : "en-GB", { maximumFractionDigits: 1 });
  const shareText = (s: Share) => (s.share === null ? String(s.count) : `${s.count} (${pct.format(s.share)}%)`);
  return (
    <Card>
      <CardSection title={t("beneficiaries.targeting.title")}>
        <p className="text-sm text-slate-600">{t("beneficiaries.targeting.intro")}</p>
        {!targeting.data ? null : targeting.data.registrySize === 0 ? (
          <p className="mt-3 text-sm text-slate-700" data-testid="registry-missing">
            {t("beneficiaries.targeting.noRegistry")}
          </p>
        ) : (
          <div className="mt-3 space-y-4" data-testid="registry-shares">
            <p className="text-sm text-slate-700">
              {t("beneficiaries.targeting.registrySize", { n: formatNumber(targeting.data.registrySize) })}
            </p>
            {(
              [
                ["byCompany", targeting.data.byCompany],
                ["byArea", targeting.data.byArea],
                ["byProgram", targeting.data.byProgram],
              ] as const
            ).map(([k, rows]) => (
              <div key={k} className="overflow-x-auto">
                <h3 className="mb-1 text-sm font-semibold text-slate-900">{t(`beneficiaries.targeting.${k}`)}</h3>
                <table className="w-full min-w-[36rem] table-fixed divide-y divide-slate-200 text-sm">
                  <thead className="text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
                    <tr>
                      <th scope="col" className="w-2/5 py-1 pr-4">
                        {t("beneficiaries.targeting.group")}
                      </th>
                      <th scope="col" className="w-[15%] py-1 pr-4 text-right">
                        {t("beneficiaries.targeting.persons")}
                      </th>
                      <th scope="col" className="w-[15%] py-1 pr-4 text-right">
                        {t("beneficiaries.targeting.poorest")}
                      </th>
                      <th scope="col" className="w-[15%] py-1 pr-4 text-right">
                        {t("beneficiaries.targeting.higher")}
                      </th>
                      <th scope="col" className="w-[15%] py-1 text-right">
                        {t("beneficiaries.targeting.notFound")}
                      </th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100 tabular-nums">
                    {rows.map((r) => (
                      <tr key={r.key}>
                        <td className="break-words py-1 pr-4">{r.label}</td>
                        <td className="py-1 pr-4 text-right">{r.shares.persons}</td>
                        <td className="py-1 pr-4 text-right">{shareText(r.shares.poorest)}</td>
                        <td className="py-1 pr-4 text-right">{shareText(r.shares.higher)}</td>
                        <td className="py-1 text-right">{shareText(r.shares.notFound)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ))}
          </div>
        )}
      </CardSection>
    </Card>
  );
}
