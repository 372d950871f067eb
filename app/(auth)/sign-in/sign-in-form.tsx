"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { signInSchema } from "@/server/users/users.schemas";

/** `next` arrives checked by the page (`safeNextPath`): a path on this site. */
export function SignInForm({ next }: { next: string }) {
  const { t } = useI18n();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const parsed = signInSchema.safeParse({ email: form.get("email"), password: form.get("password") });
    if (!parsed.success) {
      const errs: Record<string, string> = {};
      for (const issue of parsed.error.issues) errs[String(issue.path[0])] ??= t(issue.message as "errors.email");
      setFieldErrors(errs);
      return;
    }
    setFieldErrors({});
    setError(null);
    setPending(true);
    try {
      const res = await signIn("credentials", { ...parsed.data, redirect: false });
      if (res?.ok && !res.error) {
        router.replace(next);
        router.refresh();
        return;
      }
      const code = res?.code ?? "";
      if (code.startsWith("throttled")) setError(t("auth.throttled", { seconds: code.split(".")[1] ?? "60" }));
      else if (code === "inactive") setError(t("auth.inactive"));
      else if (code === "invalid" || res?.error === "CredentialsSignin") setError(t("auth.invalid"));
      else setError(t("auth.failed"));
    } catch {
      setError(t("auth.failed"));
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {error ? (
        <Alert tone="error" label="sign-in-error">
          {error}
        </Alert>
      ) : null}
      <Field label={t("auth.email")} error={fieldErrors.email}>
        {({ id, describedBy, invalid }) => (
          <Input
            id={id}
            name="email"
            type="email"
            autoComplete="username"
            inputMode="email"
            required
            aria-describedby={describedBy}
            invalid={invalid}
          />
        )}
      </Field>
      <Field label={t("auth.password")} error={fieldErrors.password}>
        {({ id, describedBy, invalid }) => (
          <Input
            id={id}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            aria-describedby={describedBy}
            invalid={invalid}
          />
        )}
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("auth.submitting") : t("auth.submit")}
      </Button>
    </form>
  );
}
