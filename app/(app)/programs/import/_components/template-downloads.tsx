"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { buttonClass } from "@/components/ui/button";
import { Card, CardSection } from "@/components/ui/card";

const ENGLISH_HEADER = "ref,company,title,description,sector,target_group,locations,start_date,end_date,budget_idr,beneficiaries";

// Plain links: the route handler answers with an attachment, which a client-side navigation would not download.
export function TemplateDownloads({ isOfficer }: { isOfficer: boolean }) {
  const { t } = useI18n();
  return (
    <Card>
      <CardSection title={t("imports.templatesTitle")} description={t("imports.templatesBody")}>
        <div className="flex flex-wrap gap-2">
          <a className={buttonClass("secondary")} href="/api/templates/impor-program.xlsx" download>
            {t("imports.templateXlsx")}
          </a>
          <a className={buttonClass("secondary")} href="/api/templates/impor-program.csv" download>
            {t("imports.templateCsv")}
          </a>
        </div>
        <p className="mt-4 text-sm text-slate-600">{isOfficer ? t("imports.companyNoteOfficer") : t("imports.companyNoteAdmin")}</p>
        <div className="mt-3 text-sm text-slate-600">
          <p>{t("imports.englishNote")}</p>
          <code className="mt-1 block rounded wrap-anywhere bg-slate-100 px-2 py-1 text-xs text-slate-800">{ENGLISH_HEADER}</code>
          <p className="mt-1 space-x-3">
            <a className="text-brand-700 underline" href="/api/templates/program-import.xlsx" download>
              {t("imports.englishXlsx")}
            </a>
            <a className="text-brand-700 underline" href="/api/templates/program-import.csv" download>
              {t("imports.englishCsv")}
            </a>
          </p>
        </div>
      </CardSection>
    </Card>
  );
}
