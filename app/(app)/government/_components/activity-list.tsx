import Link from "next/link";
import { areaName } from "@/lib/areas/area-label";
import { formatNumber, formatPeriod } from "@/lib/format";
import { budgetShortLabel } from "@/lib/program-labels";
import { getTranslator } from "@/server/i18n/locale";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { ActivityListData } from "./types";

type ListData = ActivityListData;
type Search = Record<string, string | string[] | undefined>;

/** The list of government activities: a table on wide screens, cards on a phone. */
export async function ActivityList({ data, search }: { data: ListData; search: Search }) {
  const { t, locale } = await getTranslator();
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  const pageHref = (page: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(search)) if (typeof v === "string" && k !== "page") q.set(k, v);
    if (page > 1) q.set("page", String(page));
    const qs = q.toString();
    return qs ? `/government?${qs}` : "/government";
  };
  const areasText = (areas: ListData["items"][number]["areas"]) => {
    const names = areas.slice(0, 2).map((a) => areaName(a, t));
    return areas.length > 2 ? `${names.join(", ")} +${areas.length - 2}` : names.join(", ");
  };
  const count = (n: number | null) => (n === null ? t("common.notFilled") : formatNumber(n));

  return (
    <div>
      <p className="mb-3 text-sm text-slate-600" data-testid="government-count">
        {t("government.count", { n: data.total.toLocaleString("id-ID") })}
      </p>
      {data.items.length === 0 ? (
        <Card className="p-10 text-center text-sm text-slate-600">{t("government.empty")}</Card>
      ) : (
        <>
          <Card className="hidden overflow-x-auto md:block">
            <table className="min-w-full divide-y divide-slate-200 text-sm">
              <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
                <tr>
                  <th scope="col" className="px-4 py-3">
                    {t("government.columns.activity")}
                  </th>
                  <th scope="col" className="px-4 py-3">
                    {t("government.columns.funding")}
                  </th>
                  <th scope="col" className="px-4 py-3">
                    {t("government.columns.areas")}
                  </th>
                  <th scope="col" className="px-4 py-3">
                    {t("government.columns.period")}
                  </th>
                  <th scope="col" className="px-4 py-3 text-right">
                    {t("government.columns.beneficiaries")}
                  </th>
                  <th scope="col" className="px-4 py-3 text-right">
                    {t("government.columns.budget")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {data.items.map((a) => (
                  <tr key={a.id} className="align-top hover:bg-slate-50">
                    <td className="max-w-md px-4 py-3">
                      <Link href={`/government/${a.id}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                        {a.title}
                      </Link>
                      <div className="mt-0.5 text-xs text-slate-500">
                        {a.agency} · {t(`sectors.${a.sector}`)}
                        {a.isDemo ? <span className="ml-1 text-amber-700">· {t("government.demo")}</span> : null}
                      </div>
                    </td>
                    <td className="px-4 py-3">
                      <Badge tone="violet">{t(`governmentFundings.${a.funding}`)}</Badge>
                    </td>
                    <td className="max-w-56 px-4 py-3 text-slate-700">{areasText(a.areas)}</td>
                    <td className="px-4 py-3 whitespace-nowrap text-slate-700">{formatPeriod(a.startDate, a.endDate, locale)}</td>
                    <td className="px-4 py-3 text-right tabular-nums text-slate-700">{count(a.plannedBeneficiaries)}</td>
                    <td className="px-4 py-3 text-right whitespace-nowrap tabular-nums text-slate-700">
                      {budgetShortLabel(t, a.budgetIdr, locale)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
          <ul className="space-y-3 md:hidden">
            {data.items.map((a) => (
              <li key={a.id}>
                <Link
                  href={`/government/${a.id}`}
                  className="block rounded-xl border border-slate-200 bg-white p-4 shadow-sm active:bg-slate-50"
                >
                  <div className="flex items-start justify-between gap-3">
                    <span className="font-medium text-slate-900">{a.title}</span>
                    <Badge tone="violet">{t(`governmentFundings.${a.funding}`)}</Badge>
                  </div>
                  <div className="mt-1 text-xs text-slate-500">{a.agency}</div>
                  <dl className="mt-3 grid grid-cols-2 gap-x-3 gap-y-1 text-xs text-slate-700">
                    <dt className="sr-only">{t("government.columns.beneficiaries")}</dt>
                    <dd>
                      {count(a.plannedBeneficiaries)} {t("government.columns.beneficiaries").toLowerCase()}
                    </dd>
                    <dt className="sr-only">{t("government.columns.budget")}</dt>
                    <dd className="text-right tabular-nums">{budgetShortLabel(t, a.budgetIdr, locale)}</dd>
                    <dt className="sr-only">{t("government.columns.areas")}</dt>
                    <dd className="col-span-2">{areasText(a.areas)}</dd>
                    <dt className="sr-only">{t("government.columns.period")}</dt>
                    <dd className="col-span-2 text-slate-500">{formatPeriod(a.startDate, a.endDate, locale)}</dd>
                  </dl>
                </Link>
              </li>
            ))}
          </ul>
          {pages > 1 ? (
            <nav aria-label={t("common.pageOf", { page: data.page, pages })} className="mt-4 flex items-center justify-between gap-2">
              <LinkButton
                variant="secondary"
                size="sm"
                href={pageHref(data.page - 1)}
                aria-disabled={data.page <= 1}
                className={data.page <= 1 ? "pointer-events-none opacity-50" : undefined}
              >
                {t("common.previous")}
              </LinkButton>
              <span className="text-sm text-slate-600">{t("common.pageOf", { page: data.page, pages })}</span>
              <LinkButton
                variant="secondary"
                size="sm"
                href={pageHref(data.page + 1)}
                aria-disabled={data.page >= pages}
                className={data.page >= pages ? "pointer-events-none opacity-50" : undefined}
              >
                {t("common.next")}
              </LinkButton>
            </nav>
          ) : null}
        </>
      )}
    </div>
  );
}
