"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { translateServerKey } from "@/lib/i18n/core";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button, LinkButton } from "@/components/ui/button";
import { describeError } from "../../../_trpc/errors";
import { useTRPC } from "../../../_trpc/client";

/** Staff's edit and delete; delete is confirmed first and says what happens to linked CSR programs. */
export function ActivityActions({ id, version, code, agency }: { id: string; version: number; code: string; agency: string }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = useMutation(
    trpc.government.delete.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.government.pathKey() });
        router.replace("/government?deleted=1");
        router.refresh();
      },
      onError: (err) => setError(translateServerKey(t, locale, describeError(err).message, "errors.internal")),
    }),
  );
  return (
    <div className="space-y-3">
      {error ? (
        <Alert tone="error" label="action-error">
          {error}
        </Alert>
      ) : null}
      {confirming ? (
        <div className="max-w-md rounded-xl border border-red-200 bg-red-50 p-4" role="group" aria-label={t("government.deleteTitle")}>
          <p className="text-sm font-semibold text-red-900">{t("government.deleteTitle")}</p>
          <p className="mt-1 text-sm text-red-900">{t("government.deleteBody", { ref: code, agency })}</p>
          <div className="mt-3 flex flex-wrap gap-2">
            <Button variant="danger" onClick={() => remove.mutate({ id, version })} disabled={remove.isPending}>
              {remove.isPending ? t("common.saving") : t("government.deleteConfirm")}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t("common.cancel")}
            </Button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          <LinkButton href={`/government/${id}/edit`} variant="secondary">
            {t("government.edit")}
          </LinkButton>
          <Button variant="danger" onClick={() => setConfirming(true)}>
            {t("government.delete")}
          </Button>
        </div>
      )}
    </div>
  );
}
