"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useId } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Card, CardSection } from "@/components/ui/card";
import { Switch } from "@/components/ui/switch";
import { setPublicPageSchema } from "@/server/settings/settings.schemas";
import { useTRPC } from "../../../../_trpc/client";
import { useFormErrors } from "../../_components/use-form-errors";

const NO_FIELDS = [] as const;

/** The admins' switch for the public page at /public (off by default), with what it shows and never shows. */
export function PublicPageSwitch() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errors = useFormErrors(NO_FIELDS);
  const stateId = useId();
  const settings = useQuery(trpc.settings.get.queryOptions());
  const save = useMutation(
    trpc.settings.setPublicPage.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.settings.get.queryKey() }),
    }),
  );

  if (!settings.data) return <p className="text-sm text-slate-500">{t("common.loading")}</p>;
  const isOn = settings.data.publicPage;
  const toggle = () => {
    const input = { enabled: !isOn };
    if (!errors.validate(setPublicPageSchema, input)) return;
    save.mutate(input, { onError: (err) => errors.fail(err) });
  };

  return (
    <Card className="max-w-2xl">
      <CardSection title={t("public.settings.title")} description={t("public.settings.description")}>
        <div className="space-y-4">
          <p className="text-sm text-slate-700">{t("public.settings.explain")}</p>
          <Switch label={t("public.settings.label")} isOn={isOn} isBusy={save.isPending} onToggle={toggle} describedBy={stateId} />
          <p id={stateId} className="text-sm text-slate-600" data-testid="public-page-state">
            {isOn ? t("public.settings.on") : t("public.settings.off")}{" "}
            {isOn ? (
              <Link href="/public" className="font-medium text-brand-700 hover:underline">
                {t("public.settings.open")}
              </Link>
            ) : null}
          </p>
          {errors.formError ? (
            <Alert tone="error" label="public-page-error">
              {errors.formError}
            </Alert>
          ) : null}
        </div>
      </CardSection>
    </Card>
  );
}
