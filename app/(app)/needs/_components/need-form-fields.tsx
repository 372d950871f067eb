"use client";

import { formatNumber, parseWholeNumber } from "@/lib/format";
import { useI18n } from "@/components/i18n/i18n-provider";
import { CardSection } from "@/components/ui/card";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { NEED_SOURCES } from "@/server/needs/needs.schemas";
import { SECTORS, TARGET_GROUPS } from "@/server/programs/programs.schemas";
import { AreaPicker } from "../../programs/_components/area-picker";
import type { NeedFormValues } from "./need-form";

interface Props {
  v: NeedFormValues;
  set: <K extends keyof NeedFormValues>(key: K, value: NeedFormValues[K]) => void;
  /** The translated message for a field's error key. */
  msg: (field: string) => string | undefined;
  homeProvince: string;
  homeProvinceName: string;
}

/** The need's fields in three sections: what, where, and source and budget. */
export function NeedFormFields({ v, set, msg, homeProvince, homeProvinceName }: Props) {
  const { t } = useI18n();
  return (
    <>
      <CardSection title={t("needs.sections.what")}>
        <div className="grid gap-5 sm:grid-cols-2">
          <Field label={t("needs.fields.title")} hint={t("needs.fields.titleHint")} error={msg("title")} className="sm:col-span-2">
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
            label={t("needs.fields.description")}
            hint={t("needs.fields.descriptionHint")}
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
          <Field label={t("needs.fields.sector")} error={msg("sector")}>
            {({ id, describedBy, invalid }) => (
              <Select
                id={id}
                value={v.sector}
                onChange={(e) => set("sector", e.target.value)}
                aria-describedby={describedBy}
                invalid={invalid}
              >
                <option value="">{t("needs.fields.choose")}</option>
                {SECTORS.map((s) => (
                  <option key={s} value={s}>
                    {t(`sectors.${s}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label={t("needs.fields.targetGroup")} error={msg("targetGroup")}>
            {({ id, describedBy, invalid }) => (
              <Select
                id={id}
                value={v.targetGroup}
                onChange={(e) => set("targetGroup", e.target.value)}
                aria-describedby={describedBy}
                invalid={invalid}
              >
                <option value="">{t("needs.fields.choose")}</option>
                {TARGET_GROUPS.map((g) => (
                  <option key={g} value={g}>
                    {t(`targetGroups.${g}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>
      </CardSection>
      <CardSection title={t("needs.sections.where")} description={t("needs.fields.areaHint")}>
        <Field label={t("needs.fields.area")} error={msg("areaCode")}>
          {({ id, describedBy, invalid }) => (
            <AreaPicker
              inputId={id}
              homeProvince={homeProvince}
              homeProvinceName={homeProvinceName}
              value={v.area ? [v.area] : []}
              // One area per need: a new choice replaces the old one.
              onChange={(areas) => set("area", areas.at(-1) ?? null)}
              invalid={invalid}
              describedBy={describedBy}
            />
          )}
        </Field>
      </CardSection>
      <CardSection title={t("needs.sections.source")}>
        <div className="grid gap-5 sm:grid-cols-2">
          <Field label={t("needs.fields.source")} error={msg("source")}>
            {({ id, describedBy, invalid }) => (
              <Select
                id={id}
                value={v.source}
                onChange={(e) => set("source", e.target.value)}
                aria-describedby={describedBy}
                invalid={invalid}
              >
                <option value="">{t("needs.fields.choose")}</option>
                {NEED_SOURCES.map((s) => (
                  <option key={s} value={s}>
                    {t(`needs.sources.${s}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field
            label={t("needs.fields.sourceNote")}
            hint={t("needs.fields.sourceNoteHint")}
            optionalLabel={t("common.optional")}
            error={msg("sourceNote")}
          >
            {({ id, describedBy, invalid }) => (
              <Input
                id={id}
                value={v.sourceNote}
                onChange={(e) => set("sourceNote", e.target.value)}
                aria-describedby={describedBy}
                invalid={invalid}
                maxLength={500}
              />
            )}
          </Field>
          <Field label={t("needs.fields.budget")} hint={t("needs.fields.budgetHint")} error={msg("estimatedBudgetIdr")}>
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
                    if (Number.isFinite(n)) set("budget", formatNumber(n));
                  }}
                  aria-describedby={describedBy}
                  invalid={invalid}
                  className="pl-10 tabular-nums"
                />
              </div>
            )}
          </Field>
          <div className="flex items-start gap-3 sm:col-span-2">
            <input
              id="need-cofunding"
              type="checkbox"
              className="mt-0.5 h-4 w-4 rounded border-slate-300 accent-brand-700"
              checked={v.allowCofunding}
              onChange={(e) => set("allowCofunding", e.target.checked)}
              aria-describedby="need-cofunding-hint"
            />
            <label htmlFor="need-cofunding" className="text-sm text-slate-800">
              <span className="font-medium">{t("needs.fields.allowCofunding")}</span>
              <span id="need-cofunding-hint" className="block text-xs text-slate-500">
                {t("needs.fields.allowCofundingHint")}
              </span>
            </label>
          </div>
        </div>
      </CardSection>
    </>
  );
}
