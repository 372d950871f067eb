"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardSection } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { MAX_REPEAT_YEARS, MIN_REPEAT_YEARS } from "@/lib/overlaps/repeat-years";
import { setRepeatYearsSchema } from "@/server/settings/settings.schemas";
import { useTRPC } from "../../../../_trpc/client";
import { useFormErrors } from "../../_components/use-form-errors";

const FIELDS = ["years"] as const;

/** How many years apart the same aid at the same place by another company still counts as a repeat. */
export function RepeatYearsForm() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errors = useFormErrors(FIELDS);
  const settings = useQuery(trpc.settings.get.queryOptions());
  const save = useMutation(
    trpc.settings.setRepeatYears.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.settings.get.queryKey() }),
    }),
  );
  const [saved, setSaved] = useState(false);

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setSaved(false);
    const raw = String(new FormData(e.currentTarget).get("years") ?? "").trim();
    // An empty or non-numeric entry reaches the schema as NaN, so it gets the same message as 0 or 11.
    const input = { years: raw === "" ? Number.NaN : Number(raw) };
    if (!errors.validate(setRepeatYearsSchema, input)) return;
    save.mutate(input, { onSuccess: () => setSaved(true), onError: (err) => errors.fail(err) });
  }

  if (!settings.data) return <p className="text-sm text-slate-500">{t("common.loading")}</p>;
  return (
    <Card className="max-w-2xl">
      <CardSection>
        <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="repeat-years-form">
          <Field label={t("admin.repeatYears")} hint={t("admin.repeatYearsHint")} error={errors.errorFor("years")}>
            {({ id, describedBy, invalid }) => (
              <Input
                id={id}
                name="years"
                type="number"
                inputMode="numeric"
                min={MIN_REPEAT_YEARS}
                max={MAX_REPEAT_YEARS}
                step={1}
                defaultValue={settings.data.repeatYears}
                onChange={() => setSaved(false)}
                aria-describedby={describedBy}
                invalid={invalid}
                className="w-28"
              />
            )}
          </Field>
          {errors.formError ? (
            <Alert tone="error" label="repeat-years-error">
              {errors.formError}
            </Alert>
          ) : null}
          {saved ? (
            <Alert tone="success" label="repeat-years-saved">
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
