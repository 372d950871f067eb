"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { buttonClass } from "@/components/ui/button";
import { Card, CardSection } from "@/components/ui/card";
import { INDICATOR_FIELDS, indicatorTemplateHeader } from "@/server/indicators/indicators.schemas";

// The template is one header line: a data link downloads it without a round trip to the server.
const csvHref = (lang: "id" | "en") => "data:text/csv;charset=utf-8," + encodeURIComponent("\uFEFF" + indicatorTemplateHeader(lang).join(",") + "\r\n");

/** The file format, column by column, with the template in both header languages. */
export function IndicatorTemplate() {
  const { t } = useI18n();
  const idHeader = indicatorTemplateHeader("id");
  return (
    <Card>
      <CardSection title={t("indicators.templateTitle")} description={t("indicators.templateBody")}>
        <dl className="space-y-2 text-sm">
          {INDICATOR_FIELDS.map((f, i) => (
            <div key={f}>
              <dt className="font-mono text-xs text-slate-800">
                {f} <span className="text-slate-500">/ {idHeader[i]}</span>
              </dt>
              <dd className="text-slate-600">{t(`indicators.fields.${f}`)}</dd>
            </div>
          ))}
        </dl>
        <div className="mt-4 flex flex-wrap gap-2">
          <a className={buttonClass("secondary")} href={csvHref("id")} download="impor-indikator.csv">
            {t("indicators.templateCsv")}
          </a>
          <a className={buttonClass("secondary")} href={csvHref("en")} download="indicator-import.csv">
            {t("indicators.templateCsvEn")}
          </a>
        </div>
      </CardSection>
    </Card>
  );
}
