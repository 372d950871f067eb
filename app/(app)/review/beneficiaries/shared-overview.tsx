"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Card, CardSection } from "@/components/ui/card";
import { useTRPC } from "../../../_trpc/client";
import { RegistryShares } from "@/app/(dashboard)/dashboard/targeting/_components/registry-shares";

/** Counts only: never a person. Counts below 5 arrive as "<5" from the server. */
export function SharedOverview() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const shared = useQuery(trpc.beneficiaries.shared.queryOptions());
  if (!shared.data) return <p className="text-sm text-slate-500">{t("common.loading")}</p>;
  const { pairs, clusters } = shared.data;
  return (
    <div className="space-y-6">
      <Card>
        <CardSection title={t("beneficiaries.review.pairsTitle")}>
          {pairs.length === 0 ? (
            <p className="text-sm text-slate-600">{t("beneficiaries.review.none")}</p>
          ) : (
            <>
              {/* Phones: one block per pair, the count first. */}
              <ul className="space-y-3 sm:hidden" data-testid="shared-pairs-list">
                {pairs.map((p) => (
                  <li key={`${p.a.id}|${p.b.id}`} className="rounded-lg bg-slate-50 p-3 text-sm">
                    <div className="mb-1 flex items-baseline justify-between gap-2">
                      <span className="text-xs font-semibold uppercase tracking-wide text-slate-500">
                        {t("beneficiaries.review.shared")}
                      </span>
                      <span className="font-semibold tabular-nums text-slate-900">{p.shared}</span>
                    </div>
                    {[p.a, p.b].map((x) => (
                      <div key={x.id} className="mt-1">
                        <Link href={`/programs/${x.id}`} className="font-medium text-slate-900 hover:underline">
                          {x.title}
                        </Link>
                        <div className="text-xs text-slate-500">
                          {x.companyName} · <span className="font-mono">{x.ref}</span>
                        </div>
                      </div>
                    ))}
                    {p.sameCompany ? <div className="mt-1 text-xs text-slate-500">{t("beneficiaries.review.sameCompany")}</div> : null}
                  </li>
                ))}
              </ul>
              <div className="hidden overflow-x-auto sm:block">
                <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="shared-pairs">
                  <thead className="text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
                    <tr>
                      <th scope="col" className="py-2 pr-4">
                        {t("beneficiaries.review.program")}
                      </th>
                      <th scope="col" className="py-2 pr-4">
                        {t("beneficiaries.review.other")}
                      </th>
                      <th scope="col" className="py-2 text-right">
                        {t("beneficiaries.review.shared")}
                      </th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {pairs.map((p) => (
                      <tr key={`${p.a.id}|${p.b.id}`} className="align-top">
                        {[p.a, p.b].map((x) => (
                          <td key={x.id} className="py-2 pr-4">
                            <Link href={`/programs/${x.id}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                              {x.title}
                            </Link>
                            <div className="text-xs text-slate-500">
                              {x.companyName} · <span className="font-mono">{x.ref}</span>
                            </div>
                          </td>
                        ))}
                        <td className="py-2 text-right font-semibold tabular-nums text-slate-900" data-testid="pair-shared">
                          {p.shared}
                          {p.sameCompany ? (
                            <div className="text-xs font-normal text-slate-500">{t("beneficiaries.review.sameCompany")}</div>
                          ) : null}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </CardSection>
      </Card>
      {clusters.length > 0 ? (
        <Card>
          <CardSection title={t("beneficiaries.review.clustersTitle")}>
            <ul className="space-y-3" data-testid="shared-clusters">
              {clusters.map((c, i) => (
                <li key={i} className="rounded-lg bg-slate-50 p-3 text-sm">
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <span className="text-slate-600">{t("beneficiaries.review.members", { n: c.members.length })}</span>
                    <span className="font-semibold tabular-nums text-slate-900">
                      {t("beneficiaries.review.shared")}: {c.shared}
                    </span>
                  </div>
                  <ul className="mt-1 space-y-0.5">
                    {c.members.map((m) => (
                      <li key={m.id}>
                        <Link href={`/programs/${m.id}`} className="text-slate-900 hover:underline">
                          {m.title}
                        </Link>{" "}
                        <span className="text-xs text-slate-500">
                          {m.companyName} · <span className="font-mono">{m.ref}</span>
                        </span>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </CardSection>
        </Card>
      ) : null}
      <RegistryShares />
    </div>
  );
}
