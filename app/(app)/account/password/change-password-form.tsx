"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { changeOwnPasswordSchema, PASSWORD_MIN_LENGTH } from "@/server/users/users.schemas";
import { useTRPC } from "../../../_trpc/client";
import { useFormErrors } from "../../admin/_components/use-form-errors";

const FIELDS = ["currentPassword", "newPassword", "confirmPassword"] as const;

/** Current password, new password twice; the server checks the policy and ends the other sessions. */
export function ChangePasswordForm({ email, isForced }: { email: string; isForced: boolean }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const errors = useFormErrors(FIELDS);
  const [isDone, setIsDone] = useState(false);
  const change = useMutation(trpc.users.changePassword.mutationOptions());

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const input = {
      currentPassword: String(form.get("currentPassword") ?? ""),
      newPassword: String(form.get("newPassword") ?? ""),
      confirmPassword: String(form.get("confirmPassword") ?? ""),
    };
    setIsDone(false);
    if (!errors.validate(changeOwnPasswordSchema, input)) return;
    change.mutate(input, {
      onSuccess: () => {
        formRef.current?.reset();
        if (isForced) {
          router.replace("/");
          router.refresh();
        } else setIsDone(true);
      },
      onError: (err) => errors.fail(err),
    });
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-5">
      {isDone ? (
        <Alert tone="success" label="password-changed">
          {t("account.done")}
        </Alert>
      ) : null}
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field label={t("account.currentPassword")} error={errors.errorFor("currentPassword")}>
        {({ id, describedBy, invalid }) => (
          <Input
            id={id}
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            required
            aria-describedby={describedBy}
            invalid={invalid}
          />
        )}
      </Field>
      <Field label={t("account.newPassword")} hint={t("account.newPasswordHint")} error={errors.errorFor("newPassword")}>
        {({ id, describedBy, invalid }) => (
          <Input
            id={id}
            name="newPassword"
            type="password"
            autoComplete="new-password"
            required
            minLength={PASSWORD_MIN_LENGTH}
            aria-describedby={describedBy}
            invalid={invalid}
          />
        )}
      </Field>
      <Field label={t("account.confirmPassword")} error={errors.errorFor("confirmPassword")}>
        {({ id, describedBy, invalid }) => (
          <Input
            id={id}
            name="confirmPassword"
            type="password"
            autoComplete="new-password"
            required
            aria-describedby={describedBy}
            invalid={invalid}
          />
        )}
      </Field>
      {errors.formError ? (
        <Alert tone="error" label="form-error">
          {errors.formError}
        </Alert>
      ) : null}
      <div className="flex justify-end pt-1">
        <Button type="submit" disabled={change.isPending} aria-busy={change.isPending} className="w-full sm:w-auto">
          {change.isPending ? t("account.submitting") : t("account.submit")}
        </Button>
      </div>
    </form>
  );
}
