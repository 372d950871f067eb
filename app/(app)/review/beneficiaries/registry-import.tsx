"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { RowErrors } from "@/components/imports/row-errors";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardSection } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { translateServerKey } from "@/lib/i18n/core";
import { IMPORT_ACCEPT, MAX_IMPORT_BYTES } from "@/server/imports/imports.schemas";
import { describeError } from "../../../_trpc/errors";
import { useTRPC } from "../../../_trpc/client";
import { readFileAsBase64 } from "../../programs/import/_components/read-file";

/** Admins: the DTSEN/DTKS registry (NIK and decile), hashed on the server on the way in. */
export function RegistryImport() {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [filename, setFilename] = useState("");
  const [skip, setSkip] = useState(false);
  const [reading, setReading] = useState(false);
  const run = useMutation(
    trpc.beneficiaries.importRegistry.mutationOptions({
      onSuccess: () => qc.invalidateQueries({ queryKey: trpc.beneficiaries.registryShares.queryKey() }),
    }),
  );
  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setError(null);
    const f = new FormData(e.currentTarget).get("file");
    if (!(f instanceof File) || !f.name) return setError(t("imports.chooseFile"));
    if (f.size > MAX_IMPORT_BYTES) return setError(t("errors.fileTooLarge"));
    setReading(true);
    try {
      const contentBase64 = await readFileAsBase64(f);
      setFilename(f.name);
      run.mutate(
        { filename: f.name, contentBase64, skipInvalid: skip },
        {
          onError: (err) => {
            const { message, fieldErrors } = describeError(err);
            setError(translateServerKey(t, locale, fieldErrors.contentBase64 ?? fieldErrors.filename ?? message, "errors.internal"));
          },
        },
      );
    } catch {
      setError(t("errors.fileUnreadable"));
    } finally {
      setReading(false);
    }
  }
  const r = run.data;
  const busy = reading || run.isPending;
  return (
    <Card>
      <CardSection title={t("beneficiaries.registryImport.title")}>
        <form onSubmit={onSubmit} className="space-y-4" noValidate>
          <Field label={t("beneficiaries.registryImport.file")} hint={t("beneficiaries.registryImport.hint")} error={error ?? undefined}>
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
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" className="mt-0.5" checked={skip} onChange={(e) => setSkip(e.target.checked)} />
            <span>{t("beneficiaries.registryImport.skip")}</span>
          </label>
          <Button type="submit" variant="secondary" disabled={busy}>
            {busy ? t("beneficiaries.registryImport.importing") : t("beneficiaries.registryImport.submit")}
          </Button>
        </form>
        {r?.status === "saved" ? (
          <Alert tone="success" label="registry-saved" className="mt-4">
            {t("beneficiaries.registryImport.saved", { persons: r.personCount, file: filename, invalid: r.invalidRows })}
          </Alert>
        ) : null}
        {r?.status === "invalid" ? (
          <div className="mt-4">
            <RowErrors
              title={t("beneficiaries.registryImport.invalidTitle", { n: r.invalidRows || r.messages.length, file: filename })}
              errors={r.messages.map((m) => ({
                row: m.row,
                column: m.column,
                message: m.key,
                params: Object.fromEntries(Object.entries(m.params).map(([k, v]) => [k, String(v)])),
              }))}
              errorCount={r.invalidRows || r.messages.length}
              testId="registry-errors"
              alertLabel="registry-errors"
            />
          </div>
        ) : null}
      </CardSection>
    </Card>
  );
}
