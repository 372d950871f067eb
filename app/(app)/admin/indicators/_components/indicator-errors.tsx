"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { RowErrors } from "@/components/imports/row-errors";
import type { IndicatorImportRejected } from "./types";

/** Why nothing was stored: one line per row and column, in the reader's language. */
export function IndicatorErrors({ result, filename }: { result: IndicatorImportRejected; filename: string }) {
  const { t } = useI18n();
  return (
    <RowErrors
      title={t("indicators.invalidTitle", { n: result.errorCount, file: filename })}
      errors={result.errors}
      errorCount={result.errorCount}
      testId="indicator-errors"
      alertLabel="indicator-import-invalid"
    />
  );
}
