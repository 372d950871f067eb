"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { formatNumber } from "@/lib/format";
import { useI18n } from "@/components/i18n/i18n-provider";
import { translateServerKey } from "@/lib/i18n/core";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardSection } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { IMPORT_ACCEPT, MAX_IMPORT_BYTES } from "@/server/imports/imports.schemas";
import { describeError } from "../../../../_trpc/errors";
import { useTRPC } from "../../../../_trpc/client";
import { readFileAsBase64 } from "../../../programs/import/_components/read-file";
import { IndicatorErrors } from "./indicator-errors";
import type { IndicatorImported, IndicatorImportRejected } from "./types";

type Outcome = { kind: "rejected"; filename: string; result: IndicatorImportRejected } | { kind: "imported"; result: IndicatorImported } | null;

/** Upload, then either every row error (nothing stored) or how many figures were new and how many replaced. */
export function IndicatorUploader() {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [reading, setReading] = useState(false);
  const upload = useMutation(trpc.indicators.import.mutationOptions());
  const busy = reading || upload.isPending;

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setError(null);
    setOutcome(null);
    const form = e.currentTarget;
    const file = new FormData(form).get("file");
    if (!(file instanceof File) || !file.name) return setError(t("indicators.chooseFile"));
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
    upload.mutate(
      { filename: file.name, contentBase64 },
      {
        onSuccess: async (result) => {
          if (result.status === "invalid") return setOutcome({ kind: "rejected", filename: file.name, result });
          setOutcome({ kind: "imported", result });
          form.reset();
          await queryClient.invalidateQueries({ queryKey: trpc.indicators.pathKey() });
          await queryClient.invalidateQueries({ queryKey: trpc.targeting.pathKey() });
        },
        onError: (err) => {
          const { message, fieldErrors } = describeError(err);
          setError(translateServerKey(t, locale, fieldErrors.contentBase64 ?? fieldErrors.filename ?? message, "errors.internal"));
        },
      },
    );
  }

  return (
    <Card>
      <CardSection title={t("indicators.uploadTitle")}>
        <form onSubmit={onSubmit} className="space-y-4" noValidate>
          <Field label={t("indicators.file")} hint={t("indicators.fileHint")} error={error ?? undefined}>
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
            {busy ? t("indicators.uploading") : t("indicators.upload")}
          </Button>
        </form>
        {outcome?.kind === "imported" ? (
          <Alert tone="success" label="indicator-imported" className="mt-4">
            {t("indicators.importedTitle", {
              figures: formatNumber(outcome.result.figures),
              rows: formatNumber(outcome.result.rowCount),
              created: formatNumber(outcome.result.created),
              updated: formatNumber(outcome.result.updated),
            })}
          </Alert>
        ) : null}
        {outcome?.kind === "rejected" ? (
          <div className="mt-4">
            <IndicatorErrors result={outcome.result} filename={outcome.filename} />
          </div>
        ) : null}
      </CardSection>
    </Card>
  );
}
