"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { SECTORS } from "@/lib/enums";
import { translateServerKey } from "@/lib/i18n/core";
import { describeError } from "../../../../_trpc/errors";
import { usePreviewActions } from "./preview-context";
import { PreviewChoice } from "./preview-choice";
import { useFixRow } from "./use-fix-row";

/** The sector of a row whose sector cell the app could not read (blank, or words it does not know). */
export function PreviewSectorFix({ row }: { row: number }) {
  const { t, locale } = useI18n();
  const { previewId } = usePreviewActions();
  const fix = useFixRow();
  const error = fix.error ? translateServerKey(t, locale, describeError(fix.error).message, "errors.internal") : undefined;
  return (
    <div className="rounded-lg border border-amber-200 bg-amber-50/60 p-3">
      <PreviewChoice
        label={t("imports.preview.sectorAsk")}
        options={SECTORS.map((s) => ({ value: s, label: t(`sectors.${s}`) }))}
        pending={fix.isPending}
        error={error}
        onApply={(value) => {
          const sector = SECTORS.find((s) => s === value);
          if (sector) fix.mutate({ id: previewId, row, sector });
        }}
      />
    </div>
  );
}
