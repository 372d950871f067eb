"use client";

import { formatNumber } from "@/lib/format";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { ManagedCompany } from "../../_components/types";
import { useAreaNames } from "../../_components/use-area-names";

function Contact({ company }: { company: ManagedCompany }) {
  const { t } = useI18n();
  const parts = [company.contactName, company.contactEmail, company.contactPhone].filter(Boolean);
  if (parts.length === 0) return <span className="text-slate-500">{t("common.none")}</span>;
  return (
    <div className="space-y-0.5">
      {company.contactName ? <div>{company.contactName}</div> : null}
      {company.contactEmail ? (
        <a href={`mailto:${company.contactEmail}`} className="block break-all text-brand-700 hover:underline">
          {company.contactEmail}
        </a>
      ) : null}
      {company.contactPhone ? <div className="text-slate-500">{company.contactPhone}</div> : null}
    </div>
  );
}

function Forums({ codes, nameOf }: { codes: string[]; nameOf: (code: string) => string }) {
  return (
    <div className="flex flex-wrap gap-1">
      {codes.map((code) => (
        <Badge key={code} tone="teal" className="font-mono">
          <span title={nameOf(code)}>{code}</span>
        </Badge>
      ))}
    </div>
  );
}

/** Companies as a table on wide screens and as cards on phones. */
export function CompanyList({ companies, onEdit }: { companies: ManagedCompany[]; onEdit: (c: ManagedCompany) => void }) {
  const { t } = useI18n();
  const nameOf = useAreaNames(companies.flatMap((c) => c.jurisdictions));
  const none = <span className="text-slate-500">{t("common.none")}</span>;

  if (companies.length === 0) return <Card className="p-10 text-center text-sm text-slate-600">{t("admin.companiesEmpty")}</Card>;
  return (
    <>
      <p className="mb-3 text-sm text-slate-600" data-testid="company-count">
        {t("admin.companiesCount", { n: formatNumber(companies.length) })}
      </p>
      <Card className="hidden overflow-x-auto md:block">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className="px-4 py-3">
                {t("admin.companyName")}
              </th>
              <th scope="col" className="px-4 py-3">
                {t("admin.legalName")}
              </th>
              <th scope="col" className="px-4 py-3">
                {t("admin.businessSector")}
              </th>
              <th scope="col" className="px-4 py-3">
                {t("admin.contact")}
              </th>
              <th scope="col" className="px-4 py-3">
                {t("admin.forums")}
              </th>
              <th scope="col" className="px-4 py-3 text-right">
                {t("admin.officers")}
              </th>
              <th scope="col" className="px-4 py-3 text-right">
                {t("admin.programsCount")}
              </th>
              <th scope="col" className="px-4 py-3">
                <span className="sr-only">{t("common.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {companies.map((c) => (
              <tr key={c.id} className="align-top hover:bg-slate-50">
                <td className="max-w-xs px-4 py-3 font-medium text-slate-900">{c.name}</td>
                <td className="max-w-xs px-4 py-3 text-slate-700">{c.legalName ?? none}</td>
                <td className="px-4 py-3 text-slate-700">{c.businessSector ?? none}</td>
                <td className="max-w-56 px-4 py-3 text-slate-700">
                  <Contact company={c} />
                </td>
                <td className="px-4 py-3">
                  <Forums codes={c.jurisdictions} nameOf={nameOf} />
                </td>
                <td className="px-4 py-3 text-right tabular-nums text-slate-700">{formatNumber(c.officerCount)}</td>
                <td className="px-4 py-3 text-right tabular-nums text-slate-700">{formatNumber(c.programCount)}</td>
                <td className="px-4 py-3 text-right">
                  <Button variant="secondary" size="sm" onClick={() => onEdit(c)}>
                    {t("common.edit")}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      <ul className="space-y-3 md:hidden">
        {companies.map((c) => (
          <li key={c.id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
            <div className="flex items-start justify-between gap-3">
              <div className="min-w-0">
                <div className="font-medium text-slate-900">{c.name}</div>
                {c.legalName ? <div className="text-xs text-slate-500">{c.legalName}</div> : null}
              </div>
              <Button variant="secondary" size="sm" onClick={() => onEdit(c)}>
                {t("common.edit")}
              </Button>
            </div>
            <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-2 text-xs text-slate-700">
              <dt className="text-slate-500">{t("admin.businessSector")}</dt>
              <dd>{c.businessSector ?? none}</dd>
              <dt className="text-slate-500">{t("admin.contact")}</dt>
              <dd>
                <Contact company={c} />
              </dd>
              <dt className="text-slate-500">{t("admin.forums")}</dt>
              <dd>
                <Forums codes={c.jurisdictions} nameOf={nameOf} />
              </dd>
              <dt className="text-slate-500">{t("admin.officers")}</dt>
              <dd className="tabular-nums">{formatNumber(c.officerCount)}</dd>
              <dt className="text-slate-500">{t("admin.programsCount")}</dt>
              <dd className="tabular-nums">{formatNumber(c.programCount)}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
