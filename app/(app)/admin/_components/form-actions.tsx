"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** The form-level error (if any), then Cancel and Save. */
export function FormFooter({
  error,
  pending,
  onCancel,
  submitLabel,
}: {
  error?: string;
  pending: boolean;
  onCancel: () => void;
  submitLabel?: string;
}) {
  const { t } = useI18n();
  return (
    <>
      {error ? (
        <Alert tone="error" label="form-error">
          {error}
        </Alert>
      ) : null}
      <div className="flex flex-col-reverse gap-2 pt-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onCancel} disabled={pending}>
          {t("common.cancel")}
        </Button>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? t("common.saving") : (submitLabel ?? t("common.save"))}
        </Button>
      </div>
    </>
  );
}
