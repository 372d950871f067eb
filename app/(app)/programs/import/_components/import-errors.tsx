"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { RowErrors } from "@/components/imports/row-errors";
import type { ImportRejected } from "./types";

/** Why nothing was imported: one line per row and column, in the reader's language. */
export function ImportErrors({ result, filename }: { result: ImportRejected; filename: string }) {
  const { t } = useI18n();
  return (
    <RowErrors
      title={t("imports.invalidTitle", { n: result.errorCount, file: filename })}
      errors={result.errors}
      errorCount={result.errorCount}
      testId="import-errors"
      alertLabel="import-invalid"
    />
  );
}
