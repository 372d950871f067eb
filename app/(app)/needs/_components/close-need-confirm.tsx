"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useI18n } from "@/components/i18n/i18n-provider";
import { closeNeedSchema } from "@/server/needs/needs.schemas";
import { useTRPC } from "../../../_trpc/client";
import { FormFooter } from "../../admin/_components/form-actions";
import { useFormErrors } from "../../admin/_components/use-form-errors";
import type { NeedItem } from "./types";

const NO_FIELDS: readonly string[] = [];

/** The confirm step before closing a need; a copy older than the stored one is refused. */
export function CloseNeedConfirm({ need, onDone, onCancel }: { need: NeedItem; onDone: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errors = useFormErrors(NO_FIELDS);
  const close = useMutation(
    trpc.needs.close.mutationOptions({ onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.needs.pathKey() }) }),
  );

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const input = { id: need.id, version: need.version };
    if (!errors.validate(closeNeedSchema, input)) return;
    close.mutate(input, { onSuccess: onDone, onError: (err) => errors.fail(err, { isUpdate: true }) });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4">
      <p className="text-sm text-slate-700">{t("needs.confirmClose", { title: need.title })}</p>
      <FormFooter error={errors.formError} pending={close.isPending} onCancel={onCancel} submitLabel={t("needs.close")} />
    </form>
  );
}
