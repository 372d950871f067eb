"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { TARGET_GROUPS } from "@/lib/enums";
import { translateServerKey } from "@/lib/i18n/core";
import type { PreviewRow } from "@/server/imports/preview.schemas";
import { describeError } from "../../../../_trpc/errors";
import { usePreviewActions } from "./preview-context";
import { PreviewChoice } from "./preview-choice";
import { useFixRow } from "./use-fix-row";

/** The category for the row's target group: asked when none fits the words, offered to change when one was inferred. */
export function PreviewCategoryFix({ row }: { row: PreviewRow }) {
  const { t, locale } = useI18n();
  const { previewId } = usePreviewActions();
  const fix = useFixRow();
  const words = row.targetGroupText?.trim();
  const error = fix.error ? translateServerKey(t, locale, describeError(fix.error).message, "errors.internal") : undefined;
  const choice = (
    <PreviewChoice
      label={words ? t("imports.preview.categoryAsk", { words }) : t("imports.preview.categoryAskNoWords")}
      options={TARGET_GROUPS.map((g) => ({ value: g, label: t(`targetGroups.${g}`) }))}
      current={row.targetGroup ?? undefined}
      pending={fix.isPending}
      error={error}
      onApply={(value) => {
        const targetGroup = TARGET_GROUPS.find((g) => g === value);
        if (targetGroup) fix.mutate({ id: previewId, row: row.row, targetGroup });
      }}
    />
  );
  if (!row.targetGroup) return <div className="rounded-lg border border-amber-200 bg-amber-50/60 p-3">{choice}</div>;
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-slate-700">{t("imports.preview.categoryChange")}</summary>
      <div className="mt-2">{choice}</div>
    </details>
  );
}
