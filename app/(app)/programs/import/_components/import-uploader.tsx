"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { translateServerKey } from "@/lib/i18n/core";
import { Button } from "@/components/ui/button";
import { Card, CardSection } from "@/components/ui/card";
import type { ComboboxOption } from "@/components/ui/combobox";
import { Field, Input } from "@/components/ui/field";
import { IMPORT_ACCEPT, MAX_IMPORT_BYTES } from "@/server/imports/imports.schemas";
import { describeError } from "../../../../_trpc/errors";
import { useTRPC } from "../../../../_trpc/client";
import { ImportCompanyPicker } from "./import-company-picker";
import { ImportErrors } from "./import-errors";
import { readFileAsBase64 } from "./read-file";
import type { ImportRejected } from "./types";

/**
 * Upload: the file is read into a preview (nothing saved) and the page moves to it, so a reload
 * keeps it; a file refused as a whole shows why here.
 */
export function ImportUploader({ isAdmin }: { isAdmin: boolean }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [companyError, setCompanyError] = useState<string | null>(null);
  const [rejected, setRejected] = useState<{ filename: string; result: ImportRejected } | null>(null);
  const [company, setCompany] = useState<ComboboxOption | null>(null);
  const [reading, setReading] = useState(false);
  const preview = useMutation(trpc.imports.preview.mutationOptions());
  // Still busy after success: the page is on its way to the preview.
  const busy = reading || preview.isPending || preview.isSuccess;

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setError(null);
    setCompanyError(null);
    setRejected(null);
    const file = new FormData(e.currentTarget).get("file");
    if (!(file instanceof File) || !file.name) return setError(t("imports.chooseFile"));
    if (file.size > MAX_IMPORT_BYTES) return setError(t("errors.fileTooLarge"));
    setReading(true);
    let contentBase64: string;
    try {
      contentBase64 = await readFileAsBase64(file);
    } catch {
      return setError(t("errors.fileUnreadable"));
    } finally {
      setReading(false);
    }
    preview.mutate(
      { filename: file.name, contentBase64, ...(company ? { companyId: company.id } : {}) },
      {
        onSuccess: (result) => {
          if (result.status === "invalid") {
            preview.reset();
            return setRejected({ filename: file.name, result });
          }
          router.push(`/programs/import/${result.previewId}`);
        },
        onError: (err) => {
          const { message, fieldErrors } = describeError(err);
          if (fieldErrors.companyId) return setCompanyError(translateServerKey(t, locale, fieldErrors.companyId, "errors.invalid"));
          const key = fieldErrors.contentBase64 ?? fieldErrors.filename ?? message;
          setError(translateServerKey(t, locale, key, "errors.internal"));
        },
      },
    );
  }

  return (
    <Card>
      <CardSection title={t("imports.uploadTitle")}>
        <form onSubmit={onSubmit} className="space-y-4" noValidate>
          {isAdmin ? (
            <div>
              <ImportCompanyPicker value={company} onChange={setCompany} disabled={busy} />
              {companyError ? (
                <p className="mt-1 text-sm text-red-700" role="alert">
                  {companyError}
                </p>
              ) : null}
            </div>
          ) : null}
          <Field label={t("imports.file")} hint={t("imports.fileHint")} error={error ?? undefined}>
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
          <Button type="submit" disabled={busy}>
            {busy ? t("imports.uploading") : t("imports.upload")}
          </Button>
        </form>
        {rejected ? (
          <div className="mt-6">
            <ImportErrors result={rejected.result} filename={rejected.filename} />
          </div>
        ) : null}
      </CardSection>
    </Card>
  );
}
