"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { translateServerKey } from "@/lib/i18n/core";
import { Alert } from "@/components/ui/alert";
import { LinkButton, buttonClass } from "@/components/ui/button";
import { formatNumber } from "@/lib/format";
import { skippedDownloadHref } from "@/lib/imports/preview-plan";
import { useTRPC } from "../../../../_trpc/client";
import { ImportedPrograms } from "./imported-programs";
import type { ImportJobStatus } from "./types";

const isFinished = (job: ImportJobStatus | undefined) => job?.status === "done" || job?.status === "failed";

/** A job's progress with its words (read aloud as the value). */
export function ImportProgressBar({ value, max, label, text }: { value: number; max: number; label: string; text: string }) {
  const pct = max > 0 ? Math.round((value / max) * 100) : 0;
  return (
    <div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={value}
        aria-valuetext={text}
        className="h-3 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full rounded-full bg-brand-700 transition-[width] duration-300" style={{ width: `${pct}%` }} />
      </div>
      <p className="mt-2 text-sm text-slate-700">{text}</p>
    </div>
  );
}

/**
 * Follows a job through the database until it is done, then lists what it saved. `programsHref`
 * is the program list narrowed to the import's company; `fileRows`, the rows the preview had.
 */
export function ImportProgress({ jobId, programsHref, fileRows }: { jobId: string; programsHref: string; fileRows?: number }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const [page, setPage] = useState(1);
  const { data: job } = useQuery({
    ...trpc.imports.status.queryOptions({ id: jobId, page }),
    placeholderData: keepPreviousData,
    // The job runs after the confirm's response, maybe on another instance: poll until it ends.
    refetchInterval: (q) => (isFinished(q.state.data) ? false : 1000),
    staleTime: 0,
  });
  if (!job) return <p className="text-sm text-slate-500">{t("common.loading")}</p>;

  if (!isFinished(job)) {
    const text =
      job.status === "queued"
        ? t("imports.queued")
        : job.imported === 0
          ? t("imports.saving", { total: job.total })
          : t("imports.checking", { done: job.processed, total: job.total });
    return <ImportProgressBar value={job.processed} max={job.total} label={t("imports.progressLabel")} text={text} />;
  }

  const error = job.error ? translateServerKey(t, locale, job.error, "errors.importFailed") : null;
  return (
    <div className="space-y-4" data-testid="import-result">
      {job.status === "failed" ? (
        <Alert tone="error" label="import-failed">
          <p className="font-medium">{t("imports.failedTitle")}</p>
          {error ? <p className="mt-1">{error}</p> : null}
        </Alert>
      ) : (
        <Alert tone="success" label="import-done">
          <p className="font-medium">
            {t(`imports.preview.done.${job.mode}`, {
              n: formatNumber(job.createdTotal),
              created: formatNumber(job.totals.created),
              updated: formatNumber(job.totals.updated),
            })}
          </p>
          {job.companiesCreated > 0 ? <p className="mt-1">{t("imports.companiesCreated", { n: job.companiesCreated })}</p> : null}
          {job.flags > 0 ? <p className="mt-1">{t("imports.flagsFound", { n: job.flags })}</p> : null}
        </Alert>
      )}
      {job.status === "done" && error ? <Alert tone="warning">{error}</Alert> : null}
      <ImportedPrograms
        programs={job.created}
        total={job.createdTotal}
        page={job.createdPage}
        pageSize={job.createdPageSize}
        onPage={setPage}
      />
      <div className="flex flex-wrap gap-2">
        <LinkButton href={programsHref}>{t("imports.preview.viewCompanyPrograms")}</LinkButton>
        {job.status === "done" && fileRows !== undefined && fileRows > job.createdTotal ? (
          // The preview and its job are one record: the rows left out are downloaded by the same id.
          // A plain link: the route answers with an attachment, which a client-side navigation would not download.
          <a className={buttonClass("secondary")} href={skippedDownloadHref(jobId)} download>
            {t("imports.preview.downloadSkipped")}
          </a>
        ) : null}
        <LinkButton href="/programs/import" variant="secondary">
          {t("imports.preview.uploadAnother")}
        </LinkButton>
      </div>
    </div>
  );
}
