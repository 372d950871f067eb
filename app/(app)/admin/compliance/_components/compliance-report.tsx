"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useTransition } from "react";
import { formatDate, formatNumber } from "@/lib/format";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Badge, statusTone } from "@/components/ui/badge";
import { Card, CardSection } from "@/components/ui/card";
import { Select } from "@/components/ui/field";
import { useTRPC } from "../../../../_trpc/client";
import { ContactLine } from "./contact-line";

/** Who has not planned for the year, and whose realization reports are late; the year lives in the URL. */
export function ComplianceReport({ year, years }: { year: number; years: number[] }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const [pending, start] = useTransition();
  const { data } = useQuery({ ...trpc.compliance.report.queryOptions({ year }), placeholderData: keepPreviousData });

  return (
    <div className="space-y-6" aria-busy={pending}>
      <label className="flex max-w-xs items-center gap-3 text-sm font-medium text-slate-800">
        {t("compliance.year")}
        <Select value={String(year)} onChange={(e) => start(() => router.push(`${pathname}?year=${e.target.value}`))}>
          {years.map((y) => (
            <option key={y} value={String(y)}>
              {y}
            </option>
          ))}
        </Select>
      </label>
      {!data ? (
        <p className="text-sm text-slate-500">{t("common.loading")}</p>
      ) : (
        <>
          <Card>
            <CardSection title={t("compliance.missingTitle", { year: data.year })} description={t("compliance.missingHint")}>
              <p className="mb-2 text-sm text-slate-600" data-testid="missing-count">
                {t("compliance.companiesCount", { n: formatNumber(data.missingPlans.length) })}
              </p>
              {data.missingPlans.length === 0 ? (
                <p className="text-sm text-slate-600">{t("compliance.missingEmpty")}</p>
              ) : (
                <ul className="divide-y divide-slate-100" aria-label={t("compliance.missingTitle", { year: data.year })}>
                  {data.missingPlans.map((c) => (
                    <li key={c.id} className="flex flex-col gap-1 py-3 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
                      <div className="min-w-0">
                        <p className="font-medium text-slate-900">{c.name}</p>
                        <ContactLine name={c.contactName} email={c.contactEmail} phone={c.contactPhone} />
                      </div>
                      {c.draftCount > 0 ? <Badge tone="amber">{t("compliance.drafts", { n: c.draftCount })}</Badge> : null}
                    </li>
                  ))}
                </ul>
              )}
            </CardSection>
          </Card>
          <Card>
            <CardSection title={t("compliance.overdueTitle")} description={t("compliance.overdueHint")}>
              <p className="mb-2 text-sm text-slate-600" data-testid="overdue-count">
                {t("compliance.programsCount", { n: formatNumber(data.overdueReports.length) })}
              </p>
              {data.overdueReports.length === 0 ? (
                <p className="text-sm text-slate-600">{t("compliance.overdueEmpty")}</p>
              ) : (
                <ul className="divide-y divide-slate-100" aria-label={t("compliance.overdueTitle")}>
                  {data.overdueReports.map((p) => (
                    <li key={p.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
                      <div className="min-w-0">
                        <Link href={`/programs/${p.id}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                          {p.title}
                        </Link>
                        <p className="text-xs text-slate-500">
                          {p.companyName} · <span className="font-mono">{p.ref}</span> ·{" "}
                          {t("compliance.endedOn", { date: formatDate(p.endDate, locale) })}
                        </p>
                        <ContactLine name={p.contactName} email={p.contactEmail} phone={p.contactPhone} />
                      </div>
                      <div className="flex shrink-0 flex-wrap gap-1">
                        <Badge tone={statusTone(p.status)}>{t(`statuses.${p.status}`)}</Badge>
                        <Badge tone="red">{t("compliance.daysOverdue", { n: p.daysOverdue })}</Badge>
                      </div>
                    </li>
                  ))}
                </ul>
              )}
            </CardSection>
          </Card>
        </>
      )}
    </div>
  );
}
