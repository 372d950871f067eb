"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useState } from "react";
import { formatNumber } from "@/lib/format";
import { translateServerKey } from "@/lib/i18n/core";
import { translateServerMessage } from "@/lib/i18n/server-message";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardSection } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { IMPORT_ACCEPT, MAX_IMPORT_BYTES } from "@/server/imports/imports.schemas";
import type { AppRouter } from "@/server/trpc/root";
import { describeError } from "../../../_trpc/errors";
import { useTRPC } from "../../../_trpc/client";
import { readFileAsBase64 } from "../../programs/import/_components/read-file";

type Report = inferRouterOutputs<AppRouter>["government"]["importPreview"];
type Message = Report["fileMessages"][number];

/** Upload → report (every problem with its row, column, value and fix) → confirm, or fix the file. */
export function GovernmentImport() {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<{ filename: string; contentBase64: string } | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [saved, setSaved] = useState<Report | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const onError = (err: unknown) => {
    const { message, fieldErrors } = describeError(err);
    setError(translateServerKey(t, locale, fieldErrors.contentBase64 ?? fieldErrors.filename ?? message, "errors.internal"));
  };
  const preview = useMutation(trpc.government.importPreview.mutationOptions({ onSuccess: setReport, onError }));
  const confirm = useMutation(
    trpc.government.importConfirm.mutationOptions({
      onSuccess: async (r) => {
        if (r.saved) {
          setSaved(r);
          setReport(null);
          setFile(null);
          await queryClient.invalidateQueries({ queryKey: trpc.government.pathKey() });
        } else setReport(r);
      },
      onError,
    }),
  );
  const busy = reading || preview.isPending || confirm.isPending;

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setError(null);
    setReport(null);
    setSaved(null);
    const picked = new FormData(e.currentTarget).get("file");
    if (!(picked instanceof File) || !picked.name) return setError(t("government.importPage.chooseFile"));
    if (picked.size > MAX_IMPORT_BYTES) return setError(t("errors.fileTooLarge"));
    setReading(true);
    try {
      const next = { filename: picked.name, contentBase64: await readFileAsBase64(picked) };
      setFile(next);
      preview.mutate(next);
    } catch {
      setError(t("errors.fileUnreadable"));
    } finally {
      setReading(false);
    }
  }

  const text = (m: Message) => translateServerMessage(t, locale, { message: m.message, ...(m.params ? { params: m.params } : {}) }, "errors.invalid");
  const problems = report ? [...report.fileMessages, ...report.rows.flatMap((r) => r.messages)].filter((m) => m.level !== "info") : [];
  const ok = report ? report.rows.filter((r) => r.status !== "error") : [];
  const errorRows = report ? report.rows.filter((r) => r.status === "error").length : 0;
  const fileRefused = report ? report.fileMessages.some((m) => m.level === "error") : false;
  const canSave = report !== null && !fileRefused && ok.length > 0 && (errorRows === 0 || skipInvalid);

  return (
    <div className="space-y-4">
      {saved ? (
        <Alert tone="success" label="government-imported">
          {t("government.importPage.saved", { created: formatNumber(saved.created), updated: formatNumber(saved.updated) })}
          {saved.skipped ? ` ${t("government.importPage.savedSkipped", { skipped: formatNumber(saved.skipped) })}` : null}
        </Alert>
      ) : null}
      <Card>
        <CardSection>
          <form onSubmit={onSubmit} className="space-y-4" noValidate>
            <Field label={t("government.importPage.file")} error={error ?? undefined}>
              {({ id, describedBy, invalid }) => (
                <Input id={id} type="file" name="file" accept={IMPORT_ACCEPT} aria-describedby={describedBy} invalid={invalid} disabled={busy} onChange={() => setError(null)} />
              )}
            </Field>
            <Button type="submit" disabled={busy}>
              {busy ? t("government.importPage.reading") : t("government.importPage.preview")}
            </Button>
          </form>
        </CardSection>
      </Card>
      {report ? (
        <Card>
          <CardSection title={report.filename}>
            <p className="text-sm text-slate-700" data-testid="government-import-summary">
              {t("government.importPage.summary", {
                rows: formatNumber(report.rows.length),
                ok: formatNumber(ok.length),
                create: formatNumber(ok.filter((r) => r.action === "create").length),
                update: formatNumber(ok.filter((r) => r.action === "update").length),
                errors: formatNumber(errorRows),
              })}
            </p>
            {problems.length === 0 ? (
              <p className="mt-3 text-sm text-emerald-800">{t("government.importPage.noErrors")}</p>
            ) : (
              <div className="mt-4 overflow-x-auto">
                <table className="min-w-full divide-y divide-slate-200 text-sm" aria-label={t("government.importPage.columns.fix")}>
                  <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
                    <tr>
                      <th className="px-3 py-2">{t("government.importPage.columns.row")}</th>
                      <th className="px-3 py-2">{t("government.importPage.columns.column")}</th>
                      <th className="px-3 py-2">{t("government.importPage.columns.value")}</th>
                      <th className="px-3 py-2">{t("government.importPage.columns.fix")}</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {problems.map((m, i) => (
                      <tr key={i} className="align-top">
                        <td className="px-3 py-2 tabular-nums">{m.row ?? t("government.importPage.fileLevel")}</td>
                        <td className="px-3 py-2">{m.column ?? "—"}</td>
                        <td className="max-w-48 break-words px-3 py-2 font-mono text-xs">{m.value ?? "—"}</td>
                        <td className="px-3 py-2">
                          <Badge tone={m.level === "error" ? "red" : "amber"}>{t(m.level === "error" ? "government.importPage.levelError" : "government.importPage.levelWarning")}</Badge>{" "}
                          {text(m)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {errorRows > 0 && !fileRefused ? (
              <div className="mt-4 space-y-3">
                <Alert tone="warning" label="government-import-blocked">
                  {t("government.importPage.blocked")}
                </Alert>
                <label className="flex items-center gap-2 text-sm text-slate-800">
                  <input type="checkbox" checked={skipInvalid} onChange={(e) => setSkipInvalid(e.target.checked)} />
                  {t("government.importPage.skipInvalid")}
                </label>
              </div>
            ) : null}
            {file && canSave ? (
              <div className="mt-4">
                <Button onClick={() => confirm.mutate({ ...file, skipInvalid })} disabled={busy}>
                  {confirm.isPending ? t("common.saving") : t("government.importPage.confirm", { n: formatNumber(ok.length) })}
                </Button>
              </div>
            ) : null}
          </CardSection>
        </Card>
      ) : null}
    </div>
  );
}
