"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { translateServerMessage } from "@/lib/i18n/server-message";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";

export interface RowError {
  /** Spreadsheet row number; null for the whole file (a missing column, an unreadable file). */
  row: number | null;
  column?: string | null;
  field?: string | null;
  message: string;
  params?: Record<string, string>;
}

/**
 * Why an all-or-nothing import stored nothing: a summary, then one line per row and column in the
 * reader's language. Programs and indicators use it alike; `title` names the file and the count.
 */
export function RowErrors({
  title,
  errors,
  errorCount,
  testId,
  alertLabel,
}: {
  title: string;
  errors: RowError[];
  errorCount: number;
  testId: string;
  alertLabel: string;
}) {
  const { t, locale } = useI18n();
  return (
    <div className="space-y-3" data-testid={testId}>
      <Alert tone="error" label={alertLabel}>
        <p className="font-medium">{title}</p>
        <p className="mt-1">{t("imports.invalidBody")}</p>
        {errorCount > errors.length ? <p className="mt-1">{t("imports.shownFirst", { shown: errors.length, total: errorCount })}</p> : null}
      </Alert>
      <Card className="overflow-x-auto">
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
            {errors.map((e, i) => (
              <tr key={i} className="align-top">
                <td className="px-3 py-2 tabular-nums">{e.row ?? t("imports.wholeFile")}</td>
                <td className="px-3 py-2 font-mono text-xs wrap-anywhere">{e.column ?? e.field ?? t("common.none")}</td>
                <td className="px-3 py-2">{translateServerMessage(t, locale, e, "errors.invalid")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
    </div>
  );
}
