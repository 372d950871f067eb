"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { parseWholeNumber } from "@/lib/format";
import { useI18n } from "@/components/i18n/i18n-provider";
import { translateServerKey } from "@/lib/i18n/core";
import { Alert } from "@/components/ui/alert";
import { Button, LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { createNeedSchema } from "@/server/needs/needs.schemas";
import { describeError } from "../../../_trpc/errors";
import { useTRPC } from "../../../_trpc/client";
import type { PickedArea } from "../../programs/_components/area-picker";
import { NeedFormFields } from "./need-form-fields";

export interface NeedFormValues {
  title: string;
  description: string;
  sector: string;
  targetGroup: string;
  area: PickedArea | null;
  budget: string;
  source: string;
  sourceNote: string;
  allowCofunding: boolean;
}

export const emptyNeedForm: NeedFormValues = {
  title: "",
  description: "",
  sector: "",
  targetGroup: "",
  area: null,
  budget: "",
  source: "",
  sourceNote: "",
  allowCofunding: false,
};

interface Props {
  homeProvince: string;
  homeProvinceName: string;
  initial: NeedFormValues;
  /** Present when editing: the need and the version this copy started from. */
  existing?: { id: string; version: number };
}

/** The reviewer's need form: validated with the procedure's own schema, errors beside each field. */
export function NeedForm({ homeProvince, homeProvinceName, initial, existing }: Props) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [v, setV] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const set = <K extends keyof NeedFormValues>(key: K, value: NeedFormValues[K]) => setV((old) => ({ ...old, [key]: value }));
  const msg = (field: string) => (errors[field] ? translateServerKey(t, locale, errors[field], "errors.invalid") : undefined);
  const onSaved = async (id: string) => {
    await queryClient.invalidateQueries({ queryKey: trpc.needs.pathKey() });
    router.push(`/needs?id=${id}&status=all&saved=${existing ? "edit" : "new"}`);
    router.refresh();
  };
  const onError = (err: unknown) => {
    const { message, fieldErrors } = describeError(err);
    setErrors(fieldErrors);
    setFormError(translateServerKey(t, locale, message, "errors.internal"));
  };
  const publish = useMutation(trpc.needs.publish.mutationOptions({ onSuccess: (r) => onSaved(r.id), onError }));
  const update = useMutation(trpc.needs.update.mutationOptions({ onSuccess: (r) => onSaved(r.id), onError }));
  const pending = publish.isPending || update.isPending;

  function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    setFormError(null);
    const parsed = createNeedSchema.safeParse({
      areaCode: v.area?.code ?? "",
      sector: v.sector,
      targetGroup: v.targetGroup,
      title: v.title,
      description: v.description,
      estimatedBudgetIdr: parseWholeNumber(v.budget),
      source: v.source,
      sourceNote: v.sourceNote,
      allowCofunding: v.allowCofunding,
    });
    if (!parsed.success) {
      const errs: Record<string, string> = {};
      for (const issue of parsed.error.issues) errs[String(issue.path[0] ?? "_")] ??= issue.message;
      setErrors(errs);
      setFormError(t("errors.validation"));
      return;
    }
    setErrors({});
    if (existing) update.mutate({ ...parsed.data, id: existing.id, version: existing.version });
    else publish.mutate(parsed.data);
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={existing ? t("needs.editTitle") : t("needs.newTitle")}>
      {formError ? (
        <Alert tone="error" label="form-error" className="mb-4">
          {formError}
        </Alert>
      ) : null}
      <Card>
        <NeedFormFields v={v} set={set} msg={msg} homeProvince={homeProvince} homeProvinceName={homeProvinceName} />
      </Card>
      <div className="sticky bottom-0 mt-4 flex items-center justify-end gap-2 border-t border-slate-200 bg-slate-50/95 py-3 backdrop-blur">
        <LinkButton href="/needs" variant="secondary">
          {t("common.cancel")}
        </LinkButton>
        <Button type="submit" disabled={pending}>
          {pending ? t("common.saving") : existing ? t("needs.saveChanges") : t("needs.publish")}
        </Button>
      </div>
    </form>
  );
}
