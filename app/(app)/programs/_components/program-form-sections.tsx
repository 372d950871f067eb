"use client";

import { useQuery } from "@tanstack/react-query";
import { formatNumber, parseWholeNumber } from "@/lib/format";
import { useI18n } from "@/components/i18n/i18n-provider";
import { CardSection } from "@/components/ui/card";
import { DateField } from "@/components/ui/date-field";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import type { TargetTerm } from "@/lib/target-groups/infer";
import { SECTORS } from "@/server/programs/programs.schemas";
import { useTRPC } from "../../../_trpc/client";
import { AreaPicker } from "./area-picker";
import type { ProgramFormValues } from "./program-form";
import { TargetGroupFields } from "./target-group-fields";

export interface SectionProps {
  v: ProgramFormValues;
  set: <K extends keyof ProgramFormValues>(key: K, value: ProgramFormValues[K]) => void;
  setV: (update: (old: ProgramFormValues) => ProgramFormValues) => void;
  /** The message for a field's error key, translated. */
  msg: (field: string) => string | undefined;
}

/** What the program is: title, description, sector, target group, code, priority program. */
export function WhatSection({ v, set, setV, msg, terms }: SectionProps & { terms: readonly TargetTerm[] }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const priorities = useQuery(trpc.priorityPrograms.list.queryOptions({}));
  return (
    <CardSection title={t("programs.sections.what")}>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field label={t("programs.fields.title")} hint={t("programs.fields.titleHint")} error={msg("title")} className="sm:col-span-2">
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
          label={t("programs.fields.description")}
          hint={t("programs.fields.descriptionHint")}
          error={msg("description")}
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
        <Field label={t("programs.fields.sector")} error={msg("sector")}>
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
        <TargetGroupFields v={v} setV={setV} msg={msg} terms={terms} />
        <Field label={t("programs.fields.ref")} hint={t("programs.fields.refHint")} optionalLabel={t("common.optional")} error={msg("ref")}>
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
        <Field label={t("programs.fields.priorityProgram")} optionalLabel={t("common.optional")} error={msg("priorityProgramId")}>
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
  );
}

/** Where: the area picker. */
export function WhereSection({
  v,
  set,
  msg,
  homeProvince,
  homeProvinceName,
}: SectionProps & { homeProvince: string; homeProvinceName: string }) {
  const { t } = useI18n();
  return (
    <CardSection title={t("programs.sections.where")} description={t("programs.fields.areasHint")}>
      <Field label={t("programs.fields.areas")} error={msg("areaCodes")}>
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
  );
}

/** When and how much: period, budget, planned beneficiaries. */
export function WhenSection({ v, set, setV, msg, beneficiaries }: SectionProps & { beneficiaries?: { label: string; hint: string } }) {
  const { t } = useI18n();
  return (
    <CardSection title={t("programs.sections.when")}>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field label={t("programs.fields.startDate")} error={msg("startDate")}>
          {({ id, describedBy, invalid }) => (
            <DateField id={id} value={v.startDate} onChange={(d) => set("startDate", d)} aria-describedby={describedBy} invalid={invalid} />
          )}
        </Field>
        <Field label={t("programs.fields.endDate")} error={msg("endDate")}>
          {({ id, describedBy, invalid }) => (
            <DateField id={id} value={v.endDate} onChange={(d) => set("endDate", d)} aria-describedby={describedBy} invalid={invalid} />
          )}
        </Field>
        <Field
          label={t("programs.fields.budget")}
          hint={`${t("programs.fields.budgetHint")} ${t("programs.fields.unknownFigureHint")}`}
          error={msg("budgetIdr")}
        >
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
        <Field
          label={beneficiaries?.label ?? t("programs.fields.beneficiaries")}
          hint={beneficiaries?.hint ?? t("programs.fields.unknownFigureHint")}
          error={msg("plannedBeneficiaries")}
        >
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
  );
}
