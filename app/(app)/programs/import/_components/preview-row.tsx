"use client";

import { memo, useId } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { groupByField, isBlocking, messagesToShow } from "@/lib/imports/preview-plan";
import type { ImportField } from "@/server/imports/columns";
import type { PreviewRow as Row } from "@/server/imports/preview.schemas";
import { PreviewMessages } from "./preview-messages";
import { PreviewOverlaps } from "./preview-overlaps";
import { PreviewRowFacts } from "./preview-row-facts";
import { useSkipRow } from "./use-skip-row";

const STATUS_TONE: Record<Row["status"], BadgeTone> = { ok: "green", warning: "amber", error: "red" };
const EDGE: Record<Row["status"], string> = { ok: "border-l-emerald-500", warning: "border-l-amber-500", error: "border-l-red-500" };
// Fields the facts grid does not show: their messages sit with the row's own, named.
const UNSHOWN: (ImportField | null)[] = [null, "company"];

function SkipControl({ row, headingId }: { row: Row; headingId: string }) {
  const { t } = useI18n();
  const { setSkip, isPending, isError } = useSkipRow();
  const id = useId();
  if (row.status === "error") {
    return <p className="text-sm font-medium text-red-800">{t("imports.preview.skippedError")}</p>;
  }
  if (isBlocking(row)) return <p className="text-sm font-medium text-amber-900">{t("imports.preview.skippedChoice")}</p>;
  const skipped = row.skipped;
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <label htmlFor={id} className="inline-flex min-h-10 cursor-pointer items-center gap-2 text-sm text-slate-800">
        <input
          id={id}
          type="checkbox"
          className="h-4 w-4 rounded border-slate-300 accent-brand-700"
          checked={skipped}
          onChange={(e) => setSkip(row.row, e.target.checked)}
          disabled={isPending}
          // Every row has this switch: the row's title tells a screen reader which one it is.
          aria-describedby={headingId}
        />
        {t("imports.preview.skip")}
      </label>
      {skipped ? <span className="text-sm text-slate-600">{t("imports.preview.skippedChosen")}</span> : null}
      {isError ? <span className="text-sm text-red-700">{t("imports.preview.skipFailed")}</span> : null}
    </div>
  );
}

/** One row of the file as it would be saved, with its questions, its overlaps and its skip switch. */
export const PreviewRowCard = memo(function PreviewRowCard({ row }: { row: Row }) {
  const { t } = useI18n();
  const headingId = useId();
  const messages = groupByField(messagesToShow(row.messages, row));
  const skipped = isBlocking(row) || row.skipped;
  const general = UNSHOWN.flatMap((field) => (messages.get(field) ?? []).map((message) => ({ field, message })));
  return (
    <li>
      <article
        aria-labelledby={headingId}
        data-testid="preview-row"
        data-row={row.row}
        className={cn("rounded-xl border border-l-4 border-slate-200 bg-white p-4 shadow-sm", EDGE[row.status], skipped && "bg-slate-50")}
      >
        <header className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
          <div className="min-w-0">
            <p className="text-xs text-slate-500">
              {t("imports.preview.row", { row: row.row })}
              {row.ref ? (
                <>
                  {" · "}
                  <span className="sr-only">{t("imports.preview.fields.ref")} </span>
                  <span className="font-mono">{row.ref}</span>
                </>
              ) : null}
              {row.companyName ? <> · {row.companyName}</> : null}
            </p>
            {/* Focus lands here after a fix, since the question answered may leave the page. */}
            <h3
              id={headingId}
              tabIndex={-1}
              data-row-heading={row.row}
              className={cn("font-semibold text-slate-900 wrap-anywhere focus:outline-none", skipped && "text-slate-600")}
            >
              {row.title || t("imports.preview.untitled")}
            </h3>
            <PreviewMessages messages={[...(messages.get("title") ?? []), ...(messages.get("ref") ?? [])]} />
          </div>
          <div className="flex flex-wrap gap-1.5">
            <Badge tone={STATUS_TONE[row.status]} testId="preview-row-status">
              {t(`imports.preview.status.${row.status}`)}
            </Badge>
            {skipped ? <Badge tone="gray">{t("imports.preview.skippedBadge")}</Badge> : null}
            <span title={row.action === "update" ? t("imports.preview.actionHint.update", { ref: row.ref }) : undefined}>
              <Badge tone={row.action === "update" ? "blue" : "gray"}>{t(`imports.preview.action.${row.action}`)}</Badge>
            </span>
          </div>
        </header>
        {general.length ? (
          <div className="mt-2 space-y-1">
            {general.map(({ field, message }, i) => (
              <div key={i} className="text-sm">
                {field ? <span className="font-medium text-slate-700">{t(`imports.preview.fields.${field}`)}:</span> : null}
                <PreviewMessages messages={[message]} className="mt-0" />
              </div>
            ))}
          </div>
        ) : null}
        <div className="mt-3">
          <PreviewRowFacts row={row} messages={messages} />
        </div>
        {row.overlaps.length ? (
          <div className="mt-3">
            <PreviewOverlaps overlaps={row.overlaps} />
          </div>
        ) : null}
        <footer className="mt-3 border-t border-slate-100 pt-2">
          <SkipControl row={row} headingId={headingId} />
        </footer>
      </article>
    </li>
  );
});
