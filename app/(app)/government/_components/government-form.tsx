"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { parseOptionalWholeNumber } from "@/lib/format";
import { translateServerKey } from "@/lib/i18n/core";
import type { TargetTerm } from "@/lib/target-groups/infer";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button, LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { createActivitySchema } from "@/server/government/government.schemas";
import { describeError } from "../../../_trpc/errors";
import { useTRPC } from "../../../_trpc/client";
import { emptyProgramForm, type ProgramFormValues } from "../../programs/_components/program-form";
import { WhenSection, WhereSection } from "../../programs/_components/program-form-sections";
import { ActivityDetailsSections, ActivityWhatSection } from "./government-form-sections";

/** The program form's values (places, period, budget, target group) plus the government details. */
export interface GovernmentFormValues extends ProgramFormValues {
  agency: string;
  funding: string;
  programCode: string;
  programName: string;
  kegiatanCode: string;
  kegiatanName: string;
  subKegiatanCode: string;
  subKegiatanName: string;
  sourceName: string;
  sourceDate: string;
}

export const emptyGovernmentForm: GovernmentFormValues = {
  ...emptyProgramForm,
  agency: "",
  funding: "",
  programCode: "",
  programName: "",
  kegiatanCode: "",
  kegiatanName: "",
  subKegiatanCode: "",
  subKegiatanName: "",
  sourceName: "",
  sourceDate: "",
};

export type GovSet = <K extends keyof GovernmentFormValues>(key: K, value: GovernmentFormValues[K]) => void;

interface Props {
  homeProvince: string;
  homeProvinceName: string;
  initial: GovernmentFormValues;
  targetTerms: readonly TargetTerm[];
  existing?: { id: string; version: number };
}

/** Staff enter a government activity: the procedure's own schema checks it, errors beside each field. */
export function GovernmentForm({ homeProvince, homeProvinceName, initial, targetTerms, existing }: Props) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [v, setV] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const set: GovSet = (key, value) => setV((old) => ({ ...old, [key]: value }));
  // The shared program sections know only the program's fields; the rest are kept as they are.
  const setShared = <K extends keyof ProgramFormValues>(key: K, value: ProgramFormValues[K]) => setV((old) => ({ ...old, [key]: value }));
  const setProgram = (update: (old: ProgramFormValues) => ProgramFormValues) => setV((old) => ({ ...old, ...update(old) }));
  const msg = (field: string) => (errors[field] ? translateServerKey(t, locale, errors[field], "errors.invalid") : undefined);

  const onSaved = async (id: string) => {
    await queryClient.invalidateQueries({ queryKey: trpc.government.pathKey() });
    router.push(`/government/${id}?saved=1`);
    router.refresh();
  };
  const onError = (err: unknown) => {
    const { message, fieldErrors } = describeError(err);
    setErrors(fieldErrors);
    setFormError(translateServerKey(t, locale, message, "errors.internal"));
  };
  const create = useMutation(trpc.government.create.mutationOptions({ onSuccess: (r) => onSaved(r.id), onError }));
  const update = useMutation(trpc.government.update.mutationOptions({ onSuccess: (r) => onSaved(r.id), onError }));
  const pending = create.isPending || update.isPending;

  function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    setFormError(null);
    const values = {
      ref: v.ref,
      agency: v.agency,
      funding: v.funding,
      title: v.title,
      description: v.description,
      sector: v.sector,
      targetGroup: v.targetGroup || null,
      targetGroupText: v.targetGroupText,
      areaCodes: v.areas.map((a) => a.code),
      startDate: v.startDate,
      endDate: v.endDate,
      budgetIdr: parseOptionalWholeNumber(v.budget),
      plannedBeneficiaries: parseOptionalWholeNumber(v.beneficiaries),
      programCode: v.programCode,
      programName: v.programName,
      kegiatanCode: v.kegiatanCode,
      kegiatanName: v.kegiatanName,
      subKegiatanCode: v.subKegiatanCode,
      subKegiatanName: v.subKegiatanName,
      sourceName: v.sourceName,
      sourceDate: v.sourceDate || null,
    };
    const parsed = createActivitySchema.safeParse(values);
    if (!parsed.success) {
      const errs: Record<string, string> = {};
      for (const issue of parsed.error.issues) errs[String(issue.path[0] ?? "_")] ??= issue.message;
      setErrors(errs);
      setFormError(t("government.validationSummary"));
      return;
    }
    setErrors({});
    if (existing) update.mutate({ ...parsed.data, id: existing.id, version: existing.version });
    else create.mutate(parsed.data);
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={existing ? t("government.editTitle") : t("government.newTitle")}>
      {formError ? (
        <Alert tone="error" label="form-error" className="mb-4">
          {formError}
        </Alert>
      ) : null}
      <Card>
        <ActivityDetailsSections v={v} set={set} msg={msg} part="who" />
        <ActivityWhatSection v={v} set={set} setV={setProgram} msg={msg} terms={targetTerms} />
        <ActivityDetailsSections v={v} set={set} msg={msg} part="nomenclature" />
        <WhereSection v={v} set={setShared} setV={setProgram} msg={msg} homeProvince={homeProvince} homeProvinceName={homeProvinceName} />
        <WhenSection
          v={v}
          set={setShared}
          setV={setProgram}
          msg={msg}
          beneficiaries={{ label: t("government.fields.beneficiaries"), hint: t("government.fields.beneficiariesHint") }}
        />
        <ActivityDetailsSections v={v} set={set} msg={msg} part="source" />
      </Card>
      <div className="sticky bottom-0 mt-4 flex items-center justify-end gap-2 border-t border-slate-200 bg-slate-50/95 py-3 backdrop-blur">
        <LinkButton href={existing ? `/government/${existing.id}` : "/government"} variant="secondary">
          {t("common.cancel")}
        </LinkButton>
        <Button type="submit" disabled={pending}>
          {pending ? t("common.saving") : t("government.save")}
        </Button>
      </div>
    </form>
  );
}
