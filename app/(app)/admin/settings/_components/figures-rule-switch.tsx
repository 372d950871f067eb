"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useI18n } from "@/components/i18n/i18n-provider";
import { setRequireFiguresSchema } from "@/server/settings/settings.schemas";
import { useTRPC } from "../../../../_trpc/client";
import { useFormErrors } from "../../_components/use-form-errors";
import { SettingSwitchCard } from "./setting-switch-card";

const NO_FIELDS = [] as const;

/** The admins' switch for requiring a budget and planned beneficiaries before a program is approved (off by default). */
export function FiguresRuleSwitch() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errors = useFormErrors(NO_FIELDS);
  const settings = useQuery(trpc.settings.get.queryOptions());
  const save = useMutation(
    trpc.settings.setRequireFigures.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.settings.get.queryKey() }),
    }),
  );

  if (!settings.data) return <p className="text-sm text-slate-500">{t("common.loading")}</p>;
  const isOn = settings.data.requireFiguresForApproval;
  const toggle = () => {
    const input = { enabled: !isOn };
    if (!errors.validate(setRequireFiguresSchema, input)) return;
    save.mutate(input, { onError: (err) => errors.fail(err) });
  };

  return (
    <SettingSwitchCard
      title={t("admin.figuresRule.title")}
      description={t("admin.figuresRule.description")}
      explain={t("admin.figuresRule.explain")}
      label={t("admin.figuresRule.label")}
      isOn={isOn}
      isBusy={save.isPending}
      onToggle={toggle}
      state={isOn ? t("admin.figuresRule.on") : t("admin.figuresRule.off")}
      formError={errors.formError}
      testId="figures-rule"
    />
  );
}
