"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useI18n } from "@/components/i18n/i18n-provider";
import { setPublicPageSchema } from "@/server/settings/settings.schemas";
import { useTRPC } from "../../../../_trpc/client";
import { useFormErrors } from "../../_components/use-form-errors";
import { SettingSwitchCard } from "./setting-switch-card";

const NO_FIELDS = [] as const;

/** The admins' switch for the public page at /public (off by default), with what it shows and never shows. */
export function PublicPageSwitch() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errors = useFormErrors(NO_FIELDS);
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
    <SettingSwitchCard
      title={t("public.settings.title")}
      description={t("public.settings.description")}
      explain={t("public.settings.explain")}
      label={t("public.settings.label")}
      isOn={isOn}
      isBusy={save.isPending}
      onToggle={toggle}
      state={
        <>
          {isOn ? t("public.settings.on") : t("public.settings.off")}{" "}
          {isOn ? (
            <Link href="/public" className="font-medium text-brand-700 hover:underline">
              {t("public.settings.open")}
            </Link>
          ) : null}
        </>
      }
      formError={errors.formError}
      testId="public-page"
    />
  );
}
