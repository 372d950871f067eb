"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { setUserActiveSchema } from "@/server/users/users.schemas";
import { useTRPC } from "../../../../_trpc/client";
import type { ManagedUser } from "../../_components/types";
import { useFormErrors } from "../../_components/use-form-errors";

const NO_FIELDS: readonly string[] = [];

/** The confirm step before deactivating (or reactivating) an account. */
export function ActiveConfirm({ user, onDone, onCancel }: { user: ManagedUser; onDone: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errors = useFormErrors(NO_FIELDS);
  // On the mutation itself, so the lists refresh even if the dialog closes before the answer.
  // Companies too: their officer counts only include active accounts.
  const setActive = useMutation(
    trpc.users.setActive.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.users.list.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.companies.list.queryKey() }),
        ]),
    }),
  );
  const deactivating = user.isActive;

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const input = { id: user.id, isActive: !user.isActive };
    if (!errors.validate(setUserActiveSchema, input)) return;
    setActive.mutate(input, { onSuccess: onDone, onError: (err) => errors.fail(err) });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4">
      <p className="text-sm text-slate-700">
        {deactivating ? t("admin.confirmDeactivate", { name: user.name }) : t("admin.confirmReactivate", { name: user.name })}
      </p>
      {errors.formError ? (
        <Alert tone="error" label="form-error">
          {errors.formError}
        </Alert>
      ) : null}
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onCancel} disabled={setActive.isPending}>
          {t("common.cancel")}
        </Button>
        <Button type="submit" variant={deactivating ? "danger" : "primary"} disabled={setActive.isPending} aria-busy={setActive.isPending}>
          {deactivating ? t("admin.deactivate") : t("admin.reactivate")}
        </Button>
      </div>
    </form>
  );
}
