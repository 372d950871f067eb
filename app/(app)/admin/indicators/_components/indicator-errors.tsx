"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { translateServerMessage } from "@/components/i18n/server-message";
import { Alert } from "@/components/ui/alert";
import type { IndicatorImportRejected } from "./types";

/** Why nothing was stored: one line per row and column, in the reader's language. */
export function IndicatorErrors({ result, filename }: { result: IndicatorImportRejected; filename: string }) {
  const { t, locale } = useI18n();
  return (
    <div className="space-y-3" data-testid="indicator-errors">
      <Alert tone="error" label="indicator-import-invalid">
        <p className="font-medium">{t("indicators.invalidTitle", { n: result.errorCount, file: filename })}</p>
        <p className="mt-1">{t("imports.invalidBody")}</p>
        {result.errorCount > result.errors.length ? (
          <p className="mt-1">{t("imports.shownFirst", { shown: result.errors.length, total: result.errorCount })}</p>
        ) : null}
      </Alert>
      <div className="overflow-x-auto rounded-lg border border-slate-200">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className="px-3 py-2">
                {t("imports.columns.row")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("imports.columns.column")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("imports.columns.message")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {result.errors.map((e, i) => (
              <tr key={i} className="align-top">
                <td className="px-3 py-2 tabular-nums">{e.row ?? t("imports.wholeFile")}</td>
                <td className="px-3 py-2 font-mono text-xs wrap-anywhere">{e.column ?? e.field ?? t("common.none")}</td>
                <td className="px-3 py-2">{translateServerMessage(t, locale, e, "errors.invalid")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
