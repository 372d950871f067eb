"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { PASSWORD_MIN_LENGTH, resetPasswordSchema } from "@/server/users/users.schemas";
import { useTRPC } from "../../../../_trpc/client";
import { FormFooter } from "../../_components/form-actions";
import type { ManagedUser } from "../../_components/types";
import { useFormErrors } from "../../_components/use-form-errors";
import { RequireChangeButton } from "./require-change-button";

const FIELDS = ["password"] as const;

/** Sets a new password for someone; the server ends all their sessions. */
export function ResetPasswordForm({ user, onClose }: { user: ManagedUser; onClose: () => void }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errors = useFormErrors(FIELDS);
  // The reset bumps the account's version; the list must carry the new one for later edits.
  const reset = useMutation(
    trpc.users.resetPassword.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.users.list.queryKey() }),
    }),
  );
  const [done, setDone] = useState(false);

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const input = { id: user.id, password: String(new FormData(e.currentTarget).get("password") ?? "") };
    if (!errors.validate(resetPasswordSchema, input)) return;
    reset.mutate(input, { onSuccess: () => setDone(true), onError: (err) => errors.fail(err) });
  }

  const who = (
    <p className="text-sm text-slate-700">
      <span className="font-medium text-slate-900">{user.name}</span> · <span className="break-all">{user.email}</span>
    </p>
  );
  if (done) {
    return (
      <div className="space-y-4">
        {who}
        <Alert tone="success" label="reset-done">
          {t("admin.resetDone")}
        </Alert>
        <div className="flex justify-end">
          <Button variant="secondary" onClick={onClose}>
            {t("common.close")}
          </Button>
        </div>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        {who}
        <Field label={t("admin.newPassword")} hint={t("admin.passwordHint")} error={errors.errorFor("password")}>
          {({ id, describedBy, invalid }) => (
            <Input
              id={id}
              name="password"
              type="password"
              required
              minLength={PASSWORD_MIN_LENGTH}
              autoComplete="new-password"
              aria-describedby={describedBy}
              invalid={invalid}
            />
          )}
        </Field>
        <FormFooter error={errors.formError} pending={reset.isPending} onCancel={onClose} submitLabel={t("admin.resetPassword")} />
      </form>
      <RequireChangeButton user={user} />
    </div>
  );
}
