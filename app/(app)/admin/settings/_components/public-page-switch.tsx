"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
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

  const [confirming, setConfirming] = useState(false);

  if (!settings.data) return <p className="text-sm text-slate-500">{t("common.loading")}</p>;
  const isOn = settings.data.publicPage;
  const apply = (enabled: boolean) => {
    const input = { enabled };
    if (!errors.validate(setPublicPageSchema, input)) return;
    save.mutate(input, { onError: (err) => errors.fail(err) });
  };
  // Publishing is asked twice, naming what becomes public; switching off needs no second word.
  const toggle = () => (isOn ? apply(false) : setConfirming(true));

  return (
    <>
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title={t("public.settings.confirmTitle")}
        description={t("public.settings.confirmIntro")}
        closeLabel={t("common.close")}
      >
        <div data-testid="public-page-confirm">
          <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
            <li>{t("public.settings.confirmShown")}</li>
            <li>{t("public.settings.confirmSuppressed")}</li>
            <li>{t("public.settings.confirmNever")}</li>
            <li>{t("public.settings.confirmAnyone")}</li>
          </ul>
          <div className="mt-5 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t("common.cancel")}
            </Button>
            <Button
              onClick={() => {
                setConfirming(false);
                apply(true);
              }}
            >
              {t("public.settings.confirmPublish")}
            </Button>
          </div>
        </div>
      </Dialog>
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
    </>
  );
}
