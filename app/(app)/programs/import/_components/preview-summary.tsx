"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { formatNumber } from "@/lib/format";
import { translateServerMessage } from "@/lib/i18n/server-message";
import { PREVIEW_FILTERS, type ImportPreview, type PreviewFilter, type PreviewMessage } from "@/server/imports/preview.schemas";


/** How the file was read (its columns, rows left out), folded: useful when something looks wrong. */
function FileNotes({ messages }: { messages: PreviewMessage[] }) {
  const { t, locale } = useI18n();
  if (messages.length === 0) return null;
  return (
    <details className="mt-2 text-sm text-slate-600">
      <summary className="cursor-pointer">{t("imports.preview.fileNotes", { n: messages.length })}</summary>
      <ul className="mt-1 list-disc space-y-0.5 pl-5 wrap-anywhere">
        {messages.map((m, i) => (
          <li key={i} className={m.level === "error" ? "text-red-700" : undefined}>
            {translateServerMessage(t, locale, m, "errors.invalid")}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The counts of the whole file ("147 baris: 120 siap, …") and the filter of the rows below. */
export function PreviewSummary({
  preview,
  filter,
  onFilter,
}: {
  preview: ImportPreview;
  filter: PreviewFilter;
  onFilter: (f: PreviewFilter) => void;
}) {
  const { t } = useI18n();
  const c = preview.counts;
  const n = { all: c.rows, problems: c.problems, errors: c.error };
  return (
    <Card className="p-4 sm:p-5">
      <section aria-label={t("imports.preview.summaryLabel")} data-testid="preview-summary">
        <p className="font-semibold text-slate-900">
          {t("imports.preview.summary", {
            rows: formatNumber(c.rows),
            ok: formatNumber(c.ok),
            warning: formatNumber(c.warning),
            error: formatNumber(c.error),
          })}
        </p>
        <p className="mt-0.5 text-sm text-slate-600">
          {t("imports.preview.actions", { create: formatNumber(c.create), update: formatNumber(c.update) })}
        </p>
        <FileNotes messages={preview.fileErrors} />
        <div className="mt-3 flex flex-wrap gap-2" role="group" aria-label={t("imports.preview.filterLabel")}>
          {PREVIEW_FILTERS.map((f) => (
            <button
              key={f}
              type="button"
              aria-pressed={filter === f}
              onClick={() => onFilter(f)}
              className={cn(
                "min-h-10 rounded-full px-3.5 text-sm font-medium ring-1 ring-inset transition-colors",
                filter === f ? "bg-brand-700 text-white ring-brand-700" : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50",
              )}
            >
              {t(`imports.preview.filters.${f}`, { n: formatNumber(n[f]) })}
            </button>
          ))}
        </div>
      </section>
    </Card>
  );
}
