"use client";

import { budgetShortLabel } from "@/lib/program-labels";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { areaName } from "@/lib/areas/area-label";
import { formatPeriod } from "@/lib/format";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Badge, statusTone } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { parseListSearch, type ListProgramsInput } from "@/server/programs/programs.schemas";
import { useTRPC } from "../../../_trpc/client";

export function ProgramList({ input, isOfficer }: { input: ListProgramsInput; isOfficer: boolean }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const { data, isFetching } = useQuery({ ...trpc.programs.list.queryOptions(input), placeholderData: keepPreviousData });
  const pathname = usePathname();
  const params = useSearchParams();
  if (!data) return <p className="text-sm text-slate-500">{t("common.loading")}</p>;

  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  const pageHref = (page: number) => {
    const next = new URLSearchParams(params.toString());
    if (page > 1) next.set("page", String(page));
    else next.delete("page");
    const qs = next.toString();
    return qs ? `${pathname}?${qs}` : pathname;
  };
  const areasText = (areas: (typeof data.items)[number]["areas"]) => {
    const names = areas.slice(0, 2).map((a) => areaName(a, t));
    return areas.length > 2 ? `${names.join(", ")} +${areas.length - 2}` : names.join(", ");
  };

  return (
    <div aria-busy={isFetching}>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-600" data-testid="program-count">
          {t("programs.count", { n: data.total.toLocaleString("id-ID") })}
        </p>
        {data.total > 0 ? (
          <div className="flex gap-3 text-sm">
            {(["csv", "xlsx"] as const).map((f) => {
              const q = new URLSearchParams(params.toString());
              q.delete("page");
              // The list ignores a filter it cannot read; the download would refuse it, so it is left out.
              for (const k of parseListSearch(Object.fromEntries(q)).invalid) q.delete(k === "companyId" ? "company" : k);
              q.set("format", f);
              return (
                <a key={f} href={`/api/exports/programs?${q.toString()}`} className="font-medium text-brand-700 hover:underline" download>
                  {t(f === "csv" ? "programs.exportCsv" : "programs.exportXlsx")}
                </a>
              );
            })}
          </div>
        ) : null}
      </div>
      {data.items.length === 0 ? (
        <Card className="p-10 text-center text-sm text-slate-600">
          {isOfficer && !params.toString() ? t("programs.emptyOfficer") : t("programs.empty")}
          {isOfficer ? (
            <div className="mt-4">
              <LinkButton href="/programs/new">{t("nav.newProgram")}</LinkButton>
            </div>
          ) : null}
        </Card>
      ) : (
        <>
          {/* Desktop: a table. */}
          <Card className="hidden overflow-x-auto md:block">
            <table className="min-w-full divide-y divide-slate-200 text-sm">
              <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
                <tr>
                  <th scope="col" className="px-4 py-3">
                    {t("programs.columns.program")}
                  </th>
                  <th scope="col" className="px-4 py-3">
                    {t("programs.columns.sector")}
                  </th>
                  <th scope="col" className="px-4 py-3">
                    {t("programs.columns.areas")}
                  </th>
                  <th scope="col" className="px-4 py-3">
                    {t("programs.columns.period")}
                  </th>
                  <th scope="col" className="px-4 py-3 text-right">
                    {t("programs.columns.budget")}
                  </th>
                  <th scope="col" className="px-4 py-3">
                    {t("programs.columns.status")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {data.items.map((p) => (
                  <tr key={p.id} className="align-top hover:bg-slate-50">
                    <td className="max-w-md px-4 py-3">
                      <Link href={`/programs/${p.id}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                        {p.title}
                      </Link>
                      <div className="mt-0.5 text-xs text-slate-500">
                        {p.companyName} · <span className="font-mono">{p.ref}</span>
                      </div>
                    </td>
                    <td className="px-4 py-3 text-slate-700">{t(`sectors.${p.sector}`)}</td>
                    <td className="max-w-56 px-4 py-3 text-slate-700">{areasText(p.areas)}</td>
                    <td className="px-4 py-3 whitespace-nowrap text-slate-700">{formatPeriod(p.startDate, p.endDate, locale)}</td>
                    <td className="px-4 py-3 text-right whitespace-nowrap tabular-nums text-slate-700">
                      {budgetShortLabel(t, p.budgetIdr, locale)}
                    </td>
                    <td className="px-4 py-3">
                      <Badge tone={statusTone(p.status)}>{t(`statuses.${p.status}`)}</Badge>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
          {/* Phone: cards. */}
          <ul className="space-y-3 md:hidden">
            {data.items.map((p) => (
              <li key={p.id}>
                <Link
                  href={`/programs/${p.id}`}
                  className="block rounded-xl border border-slate-200 bg-white p-4 shadow-sm active:bg-slate-50"
                >
                  <div className="flex items-start justify-between gap-3">
                    <span className="font-medium text-slate-900">{p.title}</span>
                    <Badge tone={statusTone(p.status)}>{t(`statuses.${p.status}`)}</Badge>
                  </div>
                  <div className="mt-1 text-xs text-slate-500">{p.companyName}</div>
                  <dl className="mt-3 grid grid-cols-2 gap-x-3 gap-y-1 text-xs text-slate-700">
                    <dt className="sr-only">{t("programs.columns.sector")}</dt>
                    <dd>{t(`sectors.${p.sector}`)}</dd>
                    <dt className="sr-only">{t("programs.columns.budget")}</dt>
                    <dd className="text-right tabular-nums">{budgetShortLabel(t, p.budgetIdr, locale)}</dd>
                    <dt className="sr-only">{t("programs.columns.areas")}</dt>
                    <dd className="col-span-2">{areasText(p.areas)}</dd>
                    <dt className="sr-only">{t("programs.columns.period")}</dt>
                    <dd className="col-span-2 text-slate-500">{formatPeriod(p.startDate, p.endDate, locale)}</dd>
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
