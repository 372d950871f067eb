"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useId } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Card, CardSection } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
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
  const labelId = useId();
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
          <div className="flex items-center justify-between gap-4">
            <span id={labelId} className="text-sm font-medium text-slate-800">
              {t("public.settings.label")}
            </span>
            <button
              type="button"
              role="switch"
              aria-checked={isOn}
              aria-labelledby={labelId}
              aria-describedby={stateId}
              aria-busy={save.isPending}
              disabled={save.isPending}
              onClick={toggle}
              className={cn(
                "relative inline-flex h-7 w-12 shrink-0 items-center rounded-full transition-colors",
                "focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-600/40 disabled:opacity-60",
                isOn ? "bg-brand-700" : "bg-slate-300",
              )}
            >
              <span
                aria-hidden="true"
                className={cn("inline-block h-5 w-5 rounded-full bg-white shadow transition-transform", isOn ? "translate-x-6" : "translate-x-1")}
              />
            </button>
          </div>
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
