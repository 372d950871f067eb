"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { formatNumber } from "@/lib/format";
import { pageCount } from "@/lib/imports/preview-plan";
import type { ImportPreview } from "@/server/imports/preview.schemas";
import { PreviewRowCard } from "./preview-row";

/**
 * One page of rows (the server pages them, so a 5,000-row file renders like a 50-row one) and
 * the page switcher. `busy` while another page or filter is on its way.
 */
export function PreviewRows({ preview, busy, onPage }: { preview: ImportPreview; busy: boolean; onPage: (page: number) => void }) {
  const { t } = useI18n();
  const pages = pageCount(preview.filtered, preview.pageSize);
  const from = preview.filtered === 0 ? 0 : (preview.page - 1) * preview.pageSize + 1;
  const to = Math.min(preview.filtered, preview.page * preview.pageSize);
  const range = t("imports.preview.shownRange", { from: formatNumber(from), to: formatNumber(to), total: formatNumber(preview.filtered) });
  return (
    <section aria-label={t("imports.preview.rowsLabel")} aria-busy={busy} className={busy ? "opacity-60 transition-opacity" : undefined}>
      {preview.rows.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600">{t("imports.preview.empty")}</p>
      ) : (
        <>
          <p className="mb-2 text-sm text-slate-600">{range}</p>
          <ol className="space-y-3">
            {preview.rows.map((row) => (
              <PreviewRowCard key={row.row} row={row} />
            ))}
          </ol>
        </>
      )}
      {pages > 1 ? (
        <nav aria-label={t("common.pageOf", { page: preview.page, pages })} className="mt-4 flex items-center justify-between gap-2">
          <Button variant="secondary" disabled={preview.page <= 1 || busy} onClick={() => onPage(preview.page - 1)}>
            {t("common.previous")}
          </Button>
          <span className="text-sm text-slate-600">{t("common.pageOf", { page: preview.page, pages })}</span>
          <Button variant="secondary" disabled={preview.page >= pages || busy} onClick={() => onPage(preview.page + 1)}>
            {t("common.next")}
          </Button>
        </nav>
      ) : null}
    </section>
  );
}
