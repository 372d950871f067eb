"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardSection } from "@/components/ui/card";
import { Field, Select } from "@/components/ui/field";
import { setHomeProvinceSchema } from "@/server/settings/settings.schemas";
import { useTRPC } from "../../../../_trpc/client";
import { useFormErrors } from "../../_components/use-form-errors";

const FIELDS = ["code"] as const;

/** The forum's home province, where area pickers start. */
export function HomeProvinceForm() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errors = useFormErrors(FIELDS);
  const settings = useQuery(trpc.settings.get.queryOptions());
  const provinces = useQuery(trpc.areas.children.queryOptions({ parent: "ID" }));
  const save = useMutation(
    trpc.settings.setHomeProvince.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.settings.get.queryKey() }),
    }),
  );
  const [saved, setSaved] = useState(false);

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setSaved(false);
    const input = { code: String(new FormData(e.currentTarget).get("code") ?? "") };
    if (!errors.validate(setHomeProvinceSchema, input)) return;
    save.mutate(input, { onSuccess: () => setSaved(true), onError: (err) => errors.fail(err) });
  }

  if (!settings.data || !provinces.data) return <p className="text-sm text-slate-500">{t("common.loading")}</p>;
  return (
    <Card className="max-w-2xl">
      <CardSection>
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          <Field label={t("admin.homeProvince")} hint={t("admin.homeProvinceHint")} error={errors.errorFor("code")}>
            {({ id, describedBy, invalid }) => (
              <Select
                id={id}
                name="code"
                defaultValue={settings.data.homeProvince}
                onChange={() => setSaved(false)}
                aria-describedby={describedBy}
                invalid={invalid}
              >
                {provinces.data.map((p) => (
                  <option key={p.code} value={p.code}>
                    {p.name}
                  </option>
                ))}
              </Select>
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
