"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { Card, CardSection } from "@/components/ui/card";
import { formatNumber } from "@/lib/format";
import { planConfirm, skippedDownloadHref } from "@/lib/imports/preview-plan";
import { translateServerKey } from "@/lib/i18n/core";
import { CONFIRM_MODES, type ImportPreview } from "@/server/imports/preview.schemas";
import { describeError } from "../../../../_trpc/errors";
import { useTRPC } from "../../../../_trpc/client";
import { usePreviewActions } from "./preview-context";

type Mode = (typeof CONFIRM_MODES)[number];

/** What confirming will do, how (drafts or submitted), the skipped rows' download, and the button. */
export function PreviewConfirm({
  preview,
  isRefreshing,
  onConfirmed,
}: {
  preview: ImportPreview;
  /** The preview is read again (after a fix): its blocking rows may be stale until it is. */
  isRefreshing: boolean;
  onConfirmed: (jobId: string) => void;
}) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const { previewId } = usePreviewActions();
  const [mode, setMode] = useState<Mode>("draft");
  const [error, setError] = useState<string | null>(null);
  const confirm = useMutation(trpc.imports.confirm.mutationOptions());
  const { importing, skipping, skipRows } = planConfirm(preview);
  // Still busy after success: the result replaces this panel. Until the preview is read again
  // after a fix, its blocking rows could be stale: wait for them.
  const busy = confirm.isPending || confirm.isSuccess;
  const isCounting = isRefreshing;

  async function onConfirm() {
    setError(null);
    try {
      const { jobId } = await confirm.mutateAsync({ id: previewId, mode, skipRows });
      onConfirmed(jobId);
    } catch (err) {
      setError(translateServerKey(t, locale, describeError(err).message, "errors.internal"));
    }
  }

  return (
    <Card id="confirm">
      <CardSection title={t("imports.preview.confirmTitle")}>
        <div className="space-y-4">
          <p className="text-base font-semibold text-slate-900" data-testid="preview-confirm-summary">
            {t("imports.preview.confirmSummary", { n: formatNumber(importing), skip: formatNumber(skipping) })}
          </p>
          <p className="text-sm text-slate-600">{t("imports.preview.skippedNote")}</p>
          {skipping > 0 ? (
            // A plain link: the route answers with an attachment, which a client-side navigation would not download.
            <a className={buttonClass("secondary", "sm")} href={skippedDownloadHref(previewId)} download>
              {t("imports.preview.downloadSkipped")}
            </a>
          ) : null}
          <fieldset>
            <legend className="text-sm font-medium text-slate-800">{t("imports.preview.modeLabel")}</legend>
            <div className="mt-2 grid gap-2 sm:grid-cols-2">
              {CONFIRM_MODES.map((m) => (
                <label
                  key={m}
                  className="flex cursor-pointer gap-3 rounded-lg border border-slate-200 p-3 has-checked:border-brand-600 has-checked:bg-brand-50"
                >
                  <input
                    type="radio"
                    name="import-mode"
                    value={m}
                    checked={mode === m}
                    onChange={() => setMode(m)}
                    disabled={busy}
                    className="mt-0.5 h-4 w-4 accent-brand-700"
                    aria-describedby={`import-mode-${m}-hint`}
                  />
                  <span>
                    <span className="block text-sm font-medium text-slate-900">{t(`imports.preview.modes.${m}`)}</span>
                    <span id={`import-mode-${m}-hint`} className="mt-0.5 block text-xs text-slate-600">
                      {t(`imports.preview.modeHints.${m}`)}
                    </span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <Alert tone="info">{t("imports.preview.notSavedConfirm")}</Alert>
          {error ? <Alert tone="error">{error}</Alert> : null}
          {importing === 0 && !isCounting ? (
            <p className="text-sm text-red-700">{t("imports.preview.nothingToImport")}</p>
          ) : (
            <Button onClick={onConfirm} disabled={busy || isCounting} className="w-full sm:w-auto">
              {busy ? t("imports.preview.confirming") : t(`imports.preview.confirm.${mode}`, { n: formatNumber(importing) })}
            </Button>
          )}
        </div>
      </CardSection>
    </Card>
  );
}
