"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardSection } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { setOfficeNameSchema } from "@/server/settings/settings.schemas";
import { useTRPC } from "../../../../_trpc/client";
import { useFormErrors } from "../../_components/use-form-errors";

const FIELDS = ["name"] as const;

/** The office name on the meeting brief's letterhead (the PDF), beside the logo. */
export function OfficeNameForm() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errors = useFormErrors(FIELDS);
  const settings = useQuery(trpc.settings.get.queryOptions());
  const save = useMutation(
    trpc.settings.setOfficeName.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.settings.get.queryKey() }),
    }),
  );
  const [saved, setSaved] = useState(false);

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setSaved(false);
    const input = { name: String(new FormData(e.currentTarget).get("name") ?? "") };
    if (!errors.validate(setOfficeNameSchema, input)) return;
    save.mutate(input, { onSuccess: () => setSaved(true), onError: (err) => errors.fail(err) });
  }

  if (!settings.data) return <p className="text-sm text-slate-500">{t("common.loading")}</p>;
  return (
    <Card className="max-w-2xl">
      <CardSection>
        <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="office-name-form">
          <Field label={t("admin.officeName")} hint={t("admin.officeNameHint")} error={errors.errorFor("name")}>
            {({ id, describedBy, invalid }) => (
              <Input
                id={id}
                name="name"
                defaultValue={settings.data.officeName}
                maxLength={120}
                onChange={() => setSaved(false)}
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
          {saved ? (
            <Alert tone="success" label="form-success">
              {t("admin.saved")}
            </Alert>
          ) : null}
          <div className="flex justify-end">
            <Button type="submit" disabled={save.isPending} aria-busy={save.isPending}>
              {save.isPending ? t("common.saving") : t("common.save")}
            </Button>
          </div>
        </form>
      </CardSection>
    </Card>
  );
}
