"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { translateServerMessage } from "@/components/i18n/server-message";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import type { ImportRejected } from "./types";

/** Why nothing was imported: one line per row and column, in the reader's language. */
export function ImportErrors({ result, filename }: { result: ImportRejected; filename: string }) {
  const { t, locale } = useI18n();
  return (
    <div className="space-y-3" data-testid="import-errors">
      <Alert tone="error" label="import-invalid">
        <p className="font-medium">{t("imports.invalidTitle", { n: result.errorCount, file: filename })}</p>
        <p className="mt-1">{t("imports.invalidBody")}</p>
        {result.errorCount > result.errors.length ? (
          <p className="mt-1">{t("imports.shownFirst", { shown: result.errors.length, total: result.errorCount })}</p>
        ) : null}
      </Alert>
      <Card className="overflow-x-auto">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className="px-4 py-2">
                {t("imports.columns.row")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("imports.columns.column")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("imports.columns.message")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {result.errors.map((e, i) => (
              <tr key={i} className="align-top">
                <td className="px-4 py-2 tabular-nums">{e.row ?? t("imports.wholeFile")}</td>
                <td className="px-4 py-2 font-mono text-xs">{e.column ?? t("common.none")}</td>
                <td className="px-4 py-2">{translateServerMessage(t, locale, e, "errors.invalid")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
    </div>
  );
}
