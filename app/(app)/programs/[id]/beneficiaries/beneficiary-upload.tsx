"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { RowErrors } from "@/components/imports/row-errors";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardSection } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { formatDateTime } from "@/lib/format";
import { translateServerKey } from "@/lib/i18n/core";
import { IMPORT_ACCEPT, MAX_IMPORT_BYTES } from "@/server/imports/imports.schemas";
import { describeError } from "../../../../_trpc/errors";
import { useTRPC } from "../../../../_trpc/client";
import { readFileAsBase64 } from "../../import/_components/read-file";

type Message = {
  row: number | null;
  column: string | null;
  level: "error" | "warning";
  key: string;
  params: Record<string, string | number>;
};
const asParams = (p: Record<string, string | number>) => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, String(v)]));

/** Purpose and legal basis, file, preview with row errors, the skip choice, confirm, result; then the saved list. */
export function BeneficiaryUpload({ programId }: { programId: string }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const lists = useQuery(trpc.beneficiaries.lists.queryOptions({ programId }));
  const [file, setFile] = useState<{ filename: string; contentBase64: string } | null>(null);
  const [ack, setAck] = useState(false);
  const [skip, setSkip] = useState<"no" | "yes">("no");
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [showRows, setShowRows] = useState(false);
  const preview = useMutation(trpc.beneficiaries.preview.mutationOptions());
  const confirm = useMutation(
    trpc.beneficiaries.confirm.mutationOptions({
      onSuccess: () => qc.invalidateQueries({ queryKey: trpc.beneficiaries.lists.queryKey() }),
    }),
  );
  const remove = useMutation(
    trpc.beneficiaries.delete.mutationOptions({ onSuccess: () => qc.invalidateQueries({ queryKey: trpc.beneficiaries.lists.queryKey() }) }),
  );
  const sharedRows = useQuery({ ...trpc.beneficiaries.sharedRows.queryOptions({ programId }), enabled: showRows });
  const errorText = (err: unknown) => {
    const { message, fieldErrors } = describeError(err);
    return translateServerKey(
      t,
      locale,
      fieldErrors.contentBase64 ?? fieldErrors.filename ?? fieldErrors.purposeAcknowledged ?? message,
      "errors.internal",
    );
  };

  async function onCheck(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setError(null);
    confirm.reset();
    const f = new FormData(e.currentTarget).get("file");
    if (!(f instanceof File) || !f.name) return setError(t("imports.chooseFile"));
    if (f.size > MAX_IMPORT_BYTES) return setError(t("errors.fileTooLarge"));
    setReading(true);
    try {
      const upload = { filename: f.name, contentBase64: await readFileAsBase64(f) };
      setFile(upload);
      setSkip("no");
      preview.mutate({ programId, ...upload }, { onError: (err) => setError(errorText(err)) });
    } catch {
      setError(t("errors.fileUnreadable"));
    } finally {
      setReading(false);
    }
  }

  function onConfirm() {
    if (!file) return;
    if (!ack) return setError(t("errors.purposeAcknowledge"));
    setError(null);
    confirm.mutate(
      { programId, ...file, skipInvalid: skip === "yes", purposeAcknowledged: true },
      { onSuccess: (r) => (r.status === "saved" ? preview.reset() : undefined), onError: (err) => setError(errorText(err)) },
    );
  }

  const p = preview.data;
  const errors = (p?.messages ?? []).filter((m: Message) => m.level === "error");
  const notes = (p?.messages ?? []).filter((m: Message) => m.level === "warning");
  const saved = confirm.data?.status === "saved" ? confirm.data : null;
  const busy = reading || preview.isPending || confirm.isPending;
  const list = lists.data?.lists[0];

  return (
    <div className="space-y-6">
      <Card>
        <CardSection title={t("beneficiaries.page.purposeTitle")}>
          <p className="text-sm leading-relaxed text-slate-800" data-testid="purpose">
            {t("beneficiaries.purpose")}
          </p>
          {lists.data ? (
            <p className="mt-2 text-sm text-slate-600">{t("beneficiaries.page.retention", { years: lists.data.retentionYears })}</p>
          ) : null}
          <label className="mt-4 flex items-start gap-3 text-sm text-slate-900">
            <input
              type="checkbox"
              className="mt-0.5 h-4 w-4 shrink-0"
              checked={ack}
              onChange={(e) => setAck(e.target.checked)}
              data-testid="purpose-ack"
            />
            <span>{t("beneficiaries.page.purposeAck")}</span>
          </label>
        </CardSection>
        <CardSection title={t("beneficiaries.page.uploadTitle")}>
          <form onSubmit={onCheck} className="space-y-4" noValidate>
            <Field label={t("beneficiaries.page.file")} hint={t("beneficiaries.page.fileHint")} error={error ?? undefined}>
              {({ id, describedBy, invalid }) => (
                <Input
                  id={id}
                  type="file"
                  name="file"
                  accept={IMPORT_ACCEPT}
                  aria-describedby={describedBy}
                  invalid={invalid}
                  disabled={busy}
                  onChange={() => setError(null)}
                />
              )}
            </Field>
            <p className="text-xs text-slate-500">{t("beneficiaries.page.replaceNote")}</p>
            <Button type="submit" variant="secondary" disabled={busy}>
              {reading || preview.isPending ? t("beneficiaries.page.checking") : t("beneficiaries.page.check")}
            </Button>
          </form>
        </CardSection>
      </Card>

      {p && file ? (
        <Card data-testid="beneficiary-preview">
          <CardSection title={t("beneficiaries.page.previewTitle", { file: file.filename })}>
            <p className="text-sm text-slate-800" data-testid="preview-summary">
              {t("beneficiaries.page.summary", {
                rows: p.rowCount,
                persons: p.personCount,
                duplicates: p.duplicateRows,
                invalid: p.invalidRows,
              })}
            </p>
            {errors.length > 0 ? (
              <div className="mt-4">
                <RowErrors
                  title={t("beneficiaries.page.invalidTitle", { n: p.invalidRows || errors.length, file: file.filename })}
                  errors={errors.map((m) => ({ row: m.row, column: m.column, message: m.key, params: asParams(m.params) }))}
                  errorCount={errors.length}
                  testId="beneficiary-errors"
                  alertLabel="beneficiary-errors"
                />
              </div>
            ) : null}
            {notes.length > 0 ? (
              <details className="mt-4 text-sm" data-testid="beneficiary-notes">
                <summary className="cursor-pointer font-medium text-slate-800">
                  {t("beneficiaries.page.notesTitle", { n: notes.length })}
                </summary>
                <ul className="mt-2 space-y-1">
                  {notes.map((m, i) => (
                    <li key={i} className="text-slate-700">
                      <span className="tabular-nums text-slate-500">
                        {t("beneficiaries.page.row")} {m.row}
                        {m.column ? ` · ${m.column}` : ""}:
                      </span>{" "}
                      {translateServerKey(t, locale, m.key, "errors.invalid", asParams(m.params))}
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
            {p.canSave === "skipInvalid" ? (
              <fieldset className="mt-4 space-y-2 text-sm">
                <legend className="font-medium text-slate-900">{t("beneficiaries.page.skipChoice")}</legend>
                <label className="flex items-start gap-2">
                  <input type="radio" name="skip" className="mt-0.5" checked={skip === "no"} onChange={() => setSkip("no")} />
                  <span>{t("beneficiaries.page.skipNo")}</span>
                </label>
                <label className="flex items-start gap-2">
                  <input
                    type="radio"
                    name="skip"
                    className="mt-0.5"
                    checked={skip === "yes"}
                    onChange={() => setSkip("yes")}
                    data-testid="skip-invalid"
                  />
                  <span>{t("beneficiaries.page.skipYes", { persons: p.personCount })}</span>
                </label>
              </fieldset>
            ) : null}
            {p.canSave !== "no" ? (
              <div className="mt-4 flex flex-wrap items-center gap-3">
                <Button type="button" onClick={onConfirm} disabled={busy || (p.canSave === "skipInvalid" && skip === "no")}>
                  {confirm.isPending ? t("beneficiaries.page.saving") : t("beneficiaries.page.confirm")}
                </Button>
                {!ack ? <span className="text-sm text-slate-600">{t("errors.purposeAcknowledge")}</span> : null}
              </div>
            ) : null}
            {confirm.data?.status === "invalid" ? (
              <Alert tone="error" label="not-saved" className="mt-4">
                {t("beneficiaries.page.notSaved")}
              </Alert>
            ) : null}
          </CardSection>
        </Card>
      ) : null}

      {saved && file ? (
        <Alert tone="success" label="list-saved">
          {t("beneficiaries.page.saved", {
            persons: saved.personCount,
            file: file.filename,
            skipped: saved.skippedRows,
            duplicates: saved.duplicateRows,
          })}
        </Alert>
      ) : null}
      {remove.isSuccess && !list ? (
        <Alert tone="success" label="list-deleted">
          {t("beneficiaries.page.deleted")}
        </Alert>
      ) : null}

      <Card>
        <CardSection title={t("beneficiaries.page.listsTitle")}>
          {!lists.data ? (
            <p className="text-sm text-slate-500">{t("common.loading")}</p>
          ) : !list ? (
            <p className="text-sm text-slate-600">{t("beneficiaries.page.listsNone")}</p>
          ) : (
            <div className="space-y-4" data-testid="saved-list">
              <dl className="grid grid-cols-2 gap-x-4 gap-y-2 text-sm sm:grid-cols-4">
                <div>
                  <dt className="text-slate-500">{t("beneficiaries.page.uploadedAt")}</dt>
                  <dd className="text-slate-900">{formatDateTime(list.uploadedAt, locale)}</dd>
                </div>
                <div>
                  <dt className="text-slate-500">{t("beneficiaries.page.fileName")}</dt>
                  <dd className="break-all text-slate-900">{list.filename}</dd>
                </div>
                <div>
                  <dt className="text-slate-500">{t("beneficiaries.page.persons")}</dt>
                  <dd className="tabular-nums text-slate-900" data-testid="list-persons">
                    {list.personCount}{" "}
                    <span className="text-slate-500">
                      / {list.rowCount} {t("beneficiaries.page.rows").toLowerCase()}
                    </span>
                  </dd>
                </div>
                <div>
                  <dt className="text-slate-500">{t("beneficiaries.page.shared")}</dt>
                  <dd className="tabular-nums text-slate-900" data-testid="list-shared">
                    {list.sharedPeople > 0
                      ? t("beneficiaries.page.sharedOf", { n: list.sharedPeople, programs: list.sharedPrograms })
                      : t("beneficiaries.page.sharedNone")}
                  </dd>
                </div>
              </dl>
              <div className="flex flex-wrap gap-3">
                {list.sharedPeople > 0 ? (
                  <Button type="button" variant="secondary" size="sm" onClick={() => setShowRows(true)} disabled={showRows}>
                    {t("beneficiaries.page.sharedRowsShow")}
                  </Button>
                ) : null}
                <Button
                  type="button"
                  variant="danger"
                  size="sm"
                  disabled={remove.isPending}
                  onClick={() => {
                    if (window.confirm(t("beneficiaries.page.deleteConfirm"))) remove.mutate({ programId });
                  }}
                >
                  {t("beneficiaries.page.delete")}
                </Button>
              </div>
              {showRows ? (
                <div data-testid="shared-rows">
                  <h3 className="text-sm font-semibold text-slate-900">{t("beneficiaries.page.sharedRowsTitle")}</h3>
                  <p className="mt-1 text-sm text-slate-600">{t("beneficiaries.page.sharedRowsIntro")}</p>
                  {sharedRows.data?.length === 0 ? <p className="mt-2 text-sm">{t("beneficiaries.page.sharedRowsNone")}</p> : null}
                  {sharedRows.data?.length ? (
                    <table className="mt-2 min-w-[16rem] divide-y divide-slate-200 text-sm">
                      <thead className="text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
                        <tr>
                          <th scope="col" className="py-1 pr-6">
                            {t("beneficiaries.page.row")}
                          </th>
                          <th scope="col" className="py-1">
                            {t("beneficiaries.page.otherPrograms")}
                          </th>
                        </tr>
                      </thead>
                      <tbody className="divide-y divide-slate-100 tabular-nums">
                        {sharedRows.data.map((r) => (
                          <tr key={r.row}>
                            <td className="py-1 pr-6">{r.row}</td>
                            <td className="py-1">{r.otherPrograms}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  ) : null}
                </div>
              ) : null}
            </div>
          )}
        </CardSection>
      </Card>
    </div>
  );
}
