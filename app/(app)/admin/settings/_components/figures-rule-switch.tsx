"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Card, CardSection } from "@/components/ui/card";
import { Switch } from "@/components/ui/switch";
import { setRequireFiguresSchema } from "@/server/settings/settings.schemas";
import { useTRPC } from "../../../../_trpc/client";
import { useFormErrors } from "../../_components/use-form-errors";

const NO_FIELDS = [] as const;

/** The admins' switch for requiring a budget and planned beneficiaries before a program is approved (off by default). */
export function FiguresRuleSwitch() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errors = useFormErrors(NO_FIELDS);
  const stateId = useId();
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
    <Card className="max-w-2xl">
      <CardSection title={t("admin.figuresRule.title")} description={t("admin.figuresRule.description")}>
        <div className="space-y-4">
          <p className="text-sm text-slate-700">{t("admin.figuresRule.explain")}</p>
          <Switch label={t("admin.figuresRule.label")} isOn={isOn} isBusy={save.isPending} onToggle={toggle} describedBy={stateId} />
          <p id={stateId} className="text-sm text-slate-600" data-testid="figures-rule-state">
            {isOn ? t("admin.figuresRule.on") : t("admin.figuresRule.off")}
          </p>
          {errors.formError ? (
            <Alert tone="error" label="figures-rule-error">
              {errors.formError}
            </Alert>
          ) : null}
        </div>
      </CardSection>
    </Card>
  );
}
