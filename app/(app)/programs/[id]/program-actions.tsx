"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { translateServerKey } from "@/components/i18n/translate";
import { Alert } from "@/components/ui/alert";
import { Button, LinkButton } from "@/components/ui/button";
import { describeError } from "../../../_trpc/errors";
import { useTRPC } from "../../../_trpc/client";

interface Props {
  id: string;
  version: number;
  canEdit: boolean;
  canSubmit: boolean;
}

/** The owner's actions on a program: edit the draft, submit it (after a confirmation). */
export function ProgramActions({ id, version, canEdit, canSubmit }: Props) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = useMutation(
    trpc.programs.submit.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.programs.pathKey() });
        setConfirming(false);
        router.replace(`/programs/${id}?submitted=1`);
        router.refresh();
      },
      onError: (err) => setError(translateServerKey(t, locale, describeError(err).message, "errors.internal")),
    }),
  );
  if (!canEdit && !canSubmit) return null;
  return (
    <div className="space-y-3">
      {error ? (
        <Alert tone="error" label="action-error">
          {error}
        </Alert>
      ) : null}
      {confirming ? (
        <div className="rounded-xl border border-amber-200 bg-amber-50 p-4" role="group" aria-label={t("programs.actions.submit")}>
          <p className="text-sm text-amber-900">{t("programs.actions.confirmSubmit")}</p>
          <div className="mt-3 flex flex-wrap gap-2">
            <Button onClick={() => submit.mutate({ id, version })} disabled={submit.isPending}>
              {submit.isPending ? t("programs.actions.submitting") : t("programs.actions.submit")}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t("common.cancel")}
            </Button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          {canEdit ? (
            <LinkButton href={`/programs/${id}/edit`} variant="secondary">
              {t("programs.actions.edit")}
            </LinkButton>
          ) : null}
          {canSubmit ? <Button onClick={() => setConfirming(true)}>{t("programs.actions.submit")}</Button> : null}
        </div>
      )}
    </div>
  );
}
