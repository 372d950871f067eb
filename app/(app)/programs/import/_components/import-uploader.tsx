"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { translateServerKey } from "@/lib/i18n/translate";
import { Button } from "@/components/ui/button";
import { Card, CardSection } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { IMPORT_ACCEPT, MAX_IMPORT_BYTES } from "@/server/imports/imports.schemas";
import { describeError } from "../../../../_trpc/errors";
import { useTRPC } from "../../../../_trpc/client";
import { ImportErrors } from "./import-errors";
import { ImportProgress } from "./import-progress";
import { readFileAsBase64 } from "./read-file";
import type { ImportRejected } from "./types";

type Outcome = { kind: "rejected"; filename: string; result: ImportRejected } | { kind: "started"; jobId: string } | null;

/** Upload, then either the row errors (nothing imported) or the job's progress and summary. */
export function ImportUploader() {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [reading, setReading] = useState(false);
  const start = useMutation(trpc.imports.start.mutationOptions());
  const busy = reading || start.isPending;

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setError(null);
    setOutcome(null);
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
    start.mutate(
      { filename: file.name, contentBase64 },
      {
        onSuccess: async (result) => {
          if (result.status === "invalid") return setOutcome({ kind: "rejected", filename: file.name, result });
          setOutcome({ kind: "started", jobId: result.jobId });
          await queryClient.invalidateQueries({ queryKey: trpc.programs.pathKey() });
        },
        onError: (err) => {
          const { message, fieldErrors } = describeError(err);
          const key = fieldErrors.contentBase64 ?? fieldErrors.filename ?? message;
          setError(translateServerKey(t, locale, key, "errors.internal"));
        },
      },
    );
  }

  // The form mounts afresh, with no file chosen.
  function reset() {
    setOutcome(null);
    setError(null);
  }

  return (
    <Card>
      <CardSection title={t("imports.uploadTitle")}>
        {outcome?.kind === "started" ? (
          <ImportProgress jobId={outcome.jobId} onAnother={reset} />
        ) : (
          <form onSubmit={onSubmit} className="space-y-4" noValidate>
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
        )}
        {outcome?.kind === "rejected" ? (
          <div className="mt-6">
            <ImportErrors result={outcome.result} filename={outcome.filename} />
          </div>
        ) : null}
      </CardSection>
    </Card>
  );
}
