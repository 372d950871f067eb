"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/button";
import { Card, CardSection } from "@/components/ui/card";
import { translateServerMessage } from "@/lib/i18n/server-message";
import { PREVIEW_PAGE_SIZE } from "@/lib/imports/preview-plan";
import type { PreviewFilter, PreviewMessage } from "@/server/imports/preview.schemas";
import { useTRPC } from "../../../../_trpc/client";
import { ImportProgress, ImportProgressBar } from "./import-progress";
import { PreviewActionsProvider } from "./preview-context";
import { PreviewConfirm } from "./preview-confirm";
import { PreviewRows } from "./preview-rows";
import { PreviewSummary } from "./preview-summary";

function UploadAnother() {
  const { t } = useI18n();
  return (
    <LinkButton href="/programs/import" variant="secondary">
      {t("imports.preview.uploadAnother")}
    </LinkButton>
  );
}

function FileProblems({ messages }: { messages: PreviewMessage[] }) {
  const { t, locale } = useI18n();
  return (
    <div className="space-y-3">
      <Alert tone="error" label="preview-failed">
        <p className="font-medium">{t("imports.preview.failedTitle")}</p>
        <ul className="mt-1 list-disc pl-5">
          {messages.map((m, i) => (
            <li key={i}>{translateServerMessage(t, locale, m, "errors.fileUnreadable")}</li>
          ))}
        </ul>
      </Alert>
      <UploadAnother />
    </div>
  );
}

/**
 * The preview of one upload, by its state: still reading (progress, polled), refused as a file,
 * ready to check and confirm, or confirmed (the job's progress and what it saved).
 */
export function PreviewView({ previewId, programsHref }: { previewId: string; programsHref: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [filter, setFilter] = useState<PreviewFilter>("all");
  const [page, setPage] = useState(1);
  const [jobId, setJobId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const query = useQuery({
    ...trpc.imports.getPreview.queryOptions({ id: previewId, filter, page, pageSize: PREVIEW_PAGE_SIZE }),
    placeholderData: keepPreviousData,
    // A large file is read by a job: poll until it is read.
    refetchInterval: (q) => (q.state.data?.status === "reading" ? 1000 : false),
  });
  const actions = useMemo(() => ({ previewId, announce: setAnnouncement }), [previewId]);
  const preview = query.data;
  const confirmedJob = jobId ?? preview?.jobId ?? null;

  let body: React.ReactNode;
  if (!preview) {
    body = query.isError ? (
      <div className="space-y-3">
        <Alert tone="error">{t("imports.preview.notFound")}</Alert>
        <UploadAnother />
      </div>
    ) : (
      <p className="text-sm text-slate-500">{t("common.loading")}</p>
    );
  } else if (confirmedJob) {
    body = (
      <Card>
        <CardSection title={t("imports.preview.resultTitle")}>
          <ImportProgress jobId={confirmedJob} programsHref={programsHref} fileRows={preview.counts.rows} />
        </CardSection>
      </Card>
    );
  } else if (preview.status === "reading") {
    const text = t("imports.preview.reading", { done: preview.progress.done, total: preview.progress.total });
    body = (
      <Card className="p-4 sm:p-6">
        <ImportProgressBar value={preview.progress.done} max={preview.progress.total} label={t("imports.preview.readingLabel")} text={text} />
      </Card>
    );
  } else if (preview.status === "failed" || preview.counts.rows === 0) {
    // Refused as a file: its errors say why (the other file messages are notes on how it was read).
    const refusals = preview.fileErrors.filter((m) => m.level === "error");
    body = <FileProblems messages={refusals.length ? refusals : preview.fileErrors} />;
  } else {
    body = (
      <>
        <Alert tone="info" label="preview-not-saved">
          {t("imports.preview.notSaved")}
        </Alert>
        <PreviewSummary
          preview={preview}
          filter={filter}
          onFilter={(f) => {
            setFilter(f);
            setPage(1);
          }}
        />
        <PreviewRows
          preview={preview}
          busy={query.isPlaceholderData}
          onPage={(p) => {
            setPage(p);
            document.getElementById("preview-top")?.scrollIntoView({ block: "start" });
          }}
        />
        <PreviewConfirm preview={preview} isRefreshing={query.isFetching} onConfirmed={setJobId} />
      </>
    );
  }

  return (
    <PreviewActionsProvider value={actions}>
      <div id="preview-top" className="scroll-mt-4 space-y-4">
        {preview ? (
          <p className="text-sm text-slate-600">
            <span className="wrap-anywhere">{t("imports.preview.fileLine", { file: preview.filename })}</span>
            {preview.companyName ? <span> · {t("imports.preview.companyLine", { name: preview.companyName })}</span> : null}
          </p>
        ) : null}
        {body}
      </div>
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </PreviewActionsProvider>
  );
}
