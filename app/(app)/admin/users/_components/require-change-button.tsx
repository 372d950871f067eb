"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useTRPC } from "../../../../_trpc/client";
import type { ManagedUser } from "../../_components/types";
import { useFormErrors } from "../../_components/use-form-errors";

/** Asks the user to choose a new password at their next page, keeping the one they have until then. */
export function RequireChangeButton({ user }: { user: ManagedUser }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errors = useFormErrors([]);
  const [isDone, setIsDone] = useState(false);
  const require = useMutation(
    trpc.users.requirePasswordChange.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.users.list.queryKey() }),
    }),
  );
  return (
    <div className="space-y-3 border-t border-slate-200 pt-4">
      <p className="text-sm text-slate-600">{t("admin.requireChangeHint")}</p>
      {isDone ? (
        <Alert tone="success" label="require-change-done">
          {t("admin.requireChangeDone")}
        </Alert>
      ) : null}
      {errors.formError ? (
        <Alert tone="error" label="form-error">
          {errors.formError}
        </Alert>
      ) : null}
      <Button
        variant="secondary"
        disabled={require.isPending || isDone}
        onClick={() => require.mutate({ id: user.id }, { onSuccess: () => setIsDone(true), onError: (err) => errors.fail(err) })}
      >
        {t("admin.requireChange")}
      </Button>
    </div>
  );
}
