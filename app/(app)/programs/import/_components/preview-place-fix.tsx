"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { translateServerKey } from "@/lib/i18n/core";
import type { PlaceAsk } from "@/server/imports/preview.schemas";
import { describeError } from "../../../../_trpc/errors";
import { usePreviewActions } from "./preview-context";
import { PreviewChoice } from "./preview-choice";
import { useFixRow } from "./use-fix-row";

/** One place the app could not decide alone: the candidates to choose from, or why there are none. */
export function PreviewPlaceFix({ row, index, ask }: { row: number; index: number; ask: PlaceAsk }) {
  const { t, locale } = useI18n();
  const { previewId } = usePreviewActions();
  const fix = useFixRow();
  if (ask.candidates.length === 0) {
    return <p className="text-sm text-red-700">{t("imports.preview.placeAskNone", { text: ask.text })}</p>;
  }
  const chosen = ask.candidates.find((c) => c.code === ask.chosen);
  const error = fix.error ? translateServerKey(t, locale, describeError(fix.error).message, "errors.internal") : undefined;
  const choice = (
    <PreviewChoice
      label={chosen ? t("imports.preview.placeChange", { text: ask.text }) : t("imports.preview.placeAsk", { text: ask.text, n: ask.candidates.length })}
      options={ask.candidates.map((c) => ({ value: c.code, label: c.label }))}
      current={ask.chosen ?? undefined}
      pending={fix.isPending}
      error={error}
      onApply={(code) => fix.mutate({ id: previewId, row, place: { index, code } })}
    />
  );
  if (!chosen) return <div className="rounded-lg border border-amber-200 bg-amber-50/60 p-3">{choice}</div>;
  // Once chosen, the answer shows as a resolved place; changing it stays one click away.
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-slate-700">{t("imports.preview.placeChosen", { text: ask.text, label: chosen.label })}</summary>
      <div className="mt-2">{choice}</div>
    </details>
  );
}
