"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { formatNumber, parseWholeNumber } from "@/components/format";
import { useI18n } from "@/components/i18n/i18n-provider";
import { translateServerKey, type MessageKey } from "@/components/i18n/translate";
import { Alert } from "@/components/ui/alert";
import { Button, LinkButton } from "@/components/ui/button";
import { Card, CardSection } from "@/components/ui/card";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { createProgramSchema, SECTORS, TARGET_GROUPS } from "@/server/programs/programs.schemas";
import { describeError } from "../../../_trpc/errors";
import { useTRPC } from "../../../_trpc/client";
import { AreaPicker, type PickedArea } from "./area-picker";
import { LiveOverlapCheck } from "./live-overlap-check";

export interface ProgramFormValues {
  ref: string;
  title: string;
  description: string;
  sector: string;
  targetGroup: string;
  areas: PickedArea[];
  startDate: string;
  endDate: string;
  budget: string;
  beneficiaries: string;
  priorityProgramId: string;
}

export const emptyProgramForm: ProgramFormValues = {
  ref: "",
  title: "",
  description: "",
  sector: "",
  targetGroup: "",
  areas: [],
  startDate: "",
  endDate: "",
  budget: "",
  beneficiaries: "",
  priorityProgramId: "",
};

interface Props {
  homeProvince: string;
  homeProvinceName: string;
  initial: ProgramFormValues;
  /** Present when editing: the program and the version this copy started from. */
  existing?: { id: string; version: number };
}

/** The officer's program form: validated with the procedure's own schema, errors beside each field. */
export function ProgramForm({ homeProvince, homeProvinceName, initial, existing }: Props) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [v, setV] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const [matches, setMatches] = useState(0);
  const priorities = useQuery(trpc.priorityPrograms.list.queryOptions({}));

  // Nothing typed is lost by an accidental close or reload.
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const set = <K extends keyof ProgramFormValues>(key: K, value: ProgramFormValues[K]) => {
    setV((old) => ({ ...old, [key]: value }));
    setDirty(true);
  };
  const msg = (key: string | undefined) => (key ? translateServerKey(t, locale, key, "errors.invalid") : undefined);

  const onSaved = async (id: string) => {
    setDirty(false);
    await queryClient.invalidateQueries({ queryKey: trpc.programs.pathKey() });
    router.push(`/programs/${id}?saved=1`);
    router.refresh();
  };
  const onError = (err: unknown) => {
    const { message, fieldErrors } = describeError(err);
    setErrors(fieldErrors);
    setFormError(translateServerKey(t, locale, message, "errors.internal"));
  };
  const create = useMutation(trpc.programs.create.mutationOptions({ onSuccess: (r) => onSaved(r.id), onError }));
  const update = useMutation(trpc.programs.update.mutationOptions({ onSuccess: (r) => onSaved(r.id), onError }));
  const pending = create.isPending || update.isPending;

  function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    setFormError(null);
    const values = {
      ref: v.ref,
      title: v.title,
      description: v.description,
      sector: v.sector,
      targetGroup: v.targetGroup,
      areaCodes: v.areas.map((a) => a.code),
      startDate: v.startDate,
      endDate: v.endDate,
      budgetIdr: parseWholeNumber(v.budget),
      plannedBeneficiaries: parseWholeNumber(v.beneficiaries),
      priorityProgramId: v.priorityProgramId || null,
    };
    const parsed = createProgramSchema.safeParse(values);
    if (!parsed.success) {
      const errs: Record<string, string> = {};
      for (const issue of parsed.error.issues) errs[String(issue.path[0] ?? "_")] ??= issue.message;
      setErrors(errs);
      setFormError(t("programs.validationSummary"));
      return;
    }
    setErrors({});
    if (existing) update.mutate({ ...parsed.data, id: existing.id, version: existing.version });
    else create.mutate(parsed.data);
  }

  const label = (key: MessageKey) => t(key);
  return (
    <form onSubmit={onSubmit} noValidate aria-label={existing ? t("programs.editTitle") : t("programs.newTitle")}>
      {formError ? (
        <Alert tone="error" label="form-error" className="mb-4">
          {formError}
        </Alert>
      ) : null}
      <Card>
        <CardSection title={t("programs.sections.what")}>
          <div className="grid gap-5 sm:grid-cols-2">
            <Field
              label={label("programs.fields.title")}
              hint={t("programs.fields.titleHint")}
              error={msg(errors.title)}
              className="sm:col-span-2"
            >
              {({ id, describedBy, invalid }) => (
                <Input
                  id={id}
                  value={v.title}
                  onChange={(e) => set("title", e.target.value)}
                  aria-describedby={describedBy}
                  invalid={invalid}
                  maxLength={200}
                />
              )}
            </Field>
            <Field
              label={label("programs.fields.description")}
              hint={t("programs.fields.descriptionHint")}
              error={msg(errors.description)}
              className="sm:col-span-2"
            >
              {({ id, describedBy, invalid }) => (
                <Textarea
                  id={id}
                  rows={5}
                  value={v.description}
                  onChange={(e) => set("description", e.target.value)}
                  aria-describedby={describedBy}
                  invalid={invalid}
                  maxLength={5000}
                />
              )}
            </Field>
            <Field label={label("programs.fields.sector")} error={msg(errors.sector)}>
              {({ id, describedBy, invalid }) => (
                <Select
                  id={id}
                  value={v.sector}
                  onChange={(e) => set("sector", e.target.value)}
                  aria-describedby={describedBy}
                  invalid={invalid}
                >
                  <option value="">{t("programs.fields.choose")}</option>
                  {SECTORS.map((s) => (
                    <option key={s} value={s}>
                      {t(`sectors.${s}`)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field label={label("programs.fields.targetGroup")} error={msg(errors.targetGroup)}>
              {({ id, describedBy, invalid }) => (
                <Select
                  id={id}
                  value={v.targetGroup}
                  onChange={(e) => set("targetGroup", e.target.value)}
                  aria-describedby={describedBy}
                  invalid={invalid}
                >
                  <option value="">{t("programs.fields.choose")}</option>
                  {TARGET_GROUPS.map((g) => (
                    <option key={g} value={g}>
                      {t(`targetGroups.${g}`)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field
              label={label("programs.fields.ref")}
              hint={t("programs.fields.refHint")}
              optionalLabel={t("common.optional")}
              error={msg(errors.ref)}
            >
              {({ id, describedBy, invalid }) => (
                <Input
                  id={id}
                  value={v.ref}
                  onChange={(e) => set("ref", e.target.value)}
                  aria-describedby={describedBy}
                  invalid={invalid}
                  maxLength={40}
                  className="font-mono"
                />
              )}
            </Field>
            <Field
              label={label("programs.fields.priorityProgram")}
              optionalLabel={t("common.optional")}
              error={msg(errors.priorityProgramId)}
            >
              {({ id, describedBy, invalid }) => (
                <Select
                  id={id}
                  value={v.priorityProgramId}
                  onChange={(e) => set("priorityProgramId", e.target.value)}
                  aria-describedby={describedBy}
                  invalid={invalid}
                >
                  <option value="">{t("programs.fields.priorityProgramNone")}</option>
                  {(priorities.data ?? []).map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
          </div>
        </CardSection>
        <CardSection title={t("programs.sections.where")} description={t("programs.fields.areasHint")}>
          <Field label={label("programs.fields.areas")} error={msg(errors.areaCodes)}>
            {({ id, describedBy, invalid }) => (
              <AreaPicker
                inputId={id}
                homeProvince={homeProvince}
                homeProvinceName={homeProvinceName}
                value={v.areas}
                onChange={(areas) => set("areas", areas)}
                invalid={invalid}
                describedBy={describedBy}
              />
            )}
          </Field>
        </CardSection>
        <CardSection title={t("programs.sections.when")}>
          <div className="grid gap-5 sm:grid-cols-2">
            <Field label={label("programs.fields.startDate")} error={msg(errors.startDate)}>
              {({ id, describedBy, invalid }) => (
                <Input
                  id={id}
                  type="date"
                  value={v.startDate}
                  onChange={(e) => set("startDate", e.target.value)}
                  aria-describedby={describedBy}
                  invalid={invalid}
                />
              )}
            </Field>
            <Field label={label("programs.fields.endDate")} error={msg(errors.endDate)}>
              {({ id, describedBy, invalid }) => (
                <Input
                  id={id}
                  type="date"
                  value={v.endDate}
                  min={v.startDate || undefined}
                  onChange={(e) => set("endDate", e.target.value)}
                  aria-describedby={describedBy}
                  invalid={invalid}
                />
              )}
            </Field>
            <Field label={label("programs.fields.budget")} hint={t("programs.fields.budgetHint")} error={msg(errors.budgetIdr)}>
              {({ id, describedBy, invalid }) => (
                <div className="relative">
                  <span className="pointer-events-none absolute inset-y-0 left-3 flex items-center text-sm text-slate-500">Rp</span>
                  <Input
                    id={id}
                    inputMode="numeric"
                    value={v.budget}
                    onChange={(e) => set("budget", e.target.value)}
                    onBlur={() => {
                      const n = parseWholeNumber(v.budget);
                      if (Number.isFinite(n)) setV((old) => ({ ...old, budget: formatNumber(n) }));
                    }}
                    aria-describedby={describedBy}
                    invalid={invalid}
                    className="pl-10 tabular-nums"
                  />
                </div>
              )}
            </Field>
            <Field label={label("programs.fields.beneficiaries")} error={msg(errors.plannedBeneficiaries)}>
              {({ id, describedBy, invalid }) => (
                <Input
                  id={id}
                  inputMode="numeric"
                  value={v.beneficiaries}
                  onChange={(e) => set("beneficiaries", e.target.value)}
                  aria-describedby={describedBy}
                  invalid={invalid}
                  className="tabular-nums"
                />
              )}
            </Field>
          </div>
        </CardSection>
      </Card>
      <LiveOverlapCheck values={v} excludeId={existing?.id} onMatches={setMatches} />
      <div className="sticky bottom-0 mt-4 flex items-center justify-end gap-2 border-t border-slate-200 bg-slate-50/95 py-3 backdrop-blur">
        {matches > 0 ? (
          <a href="#live-check" className="mr-auto text-sm font-medium text-amber-800 hover:underline" data-testid="live-check-count">
            ⚠ {t("review.liveCount", { n: matches })}
          </a>
        ) : null}
        <LinkButton href={existing ? `/programs/${existing.id}` : "/programs"} variant="secondary">
          {t("common.cancel")}
        </LinkButton>
        <Button type="submit" disabled={pending}>
          {pending ? t("common.saving") : existing ? t("programs.actions.saveChanges") : t("programs.actions.saveDraft")}
        </Button>
      </div>
    </form>
  );
}
