"use client";

import { GOVERNMENT_FUNDINGS, SECTORS } from "@/lib/enums";
import type { TargetTerm } from "@/lib/target-groups/infer";
import { useI18n } from "@/components/i18n/i18n-provider";
import { CardSection } from "@/components/ui/card";
import { DateField } from "@/components/ui/date-field";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import type { SectionProps } from "../../programs/_components/program-form-sections";
import { TargetGroupFields } from "../../programs/_components/target-group-fields";
import type { GovernmentFormValues, GovSet } from "./government-form";

interface Props {
  v: GovernmentFormValues;
  set: GovSet;
  msg: (field: string) => string | undefined;
}

type TextKey =
  "agency" | "ref" | "programCode" | "programName" | "kegiatanCode" | "kegiatanName" | "subKegiatanCode" | "subKegiatanName" | "sourceName";

function TextField({
  v,
  set,
  msg,
  name,
  label,
  hint,
  optional,
  mono,
  className,
}: Props & { name: TextKey; label: string; hint?: string; optional?: boolean; mono?: boolean; className?: string }) {
  const { t } = useI18n();
  return (
    <Field label={label} hint={hint} error={msg(name)} optionalLabel={optional ? t("common.optional") : undefined} className={className}>
      {({ id, describedBy, invalid }) => (
        <Input
          id={id}
          value={v[name]}
          onChange={(e) => set(name, e.target.value)}
          aria-describedby={describedBy}
          invalid={invalid}
          className={mono ? "font-mono" : undefined}
        />
      )}
    </Field>
  );
}

/** Who runs and funds it, the Permendagri 90/2019 nomenclature, or where the figures come from. */
export function ActivityDetailsSections({ part, ...p }: Props & { part: "who" | "nomenclature" | "source" }) {
  const { t } = useI18n();
  const { v, set, msg } = p;
  if (part === "who")
    return (
      <CardSection title={t("government.sections.who")}>
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField
            {...p}
            name="agency"
            label={t("government.fields.agency")}
            hint={t("government.fields.agencyHint")}
            className="sm:col-span-2"
          />
          <Field label={t("government.fields.funding")} error={msg("funding")}>
            {({ id, describedBy, invalid }) => (
              <Select
                id={id}
                value={v.funding}
                onChange={(e) => set("funding", e.target.value)}
                aria-describedby={describedBy}
                invalid={invalid}
              >
                <option value="">{t("programs.fields.choose")}</option>
                {GOVERNMENT_FUNDINGS.map((f) => (
                  <option key={f} value={f}>
                    {t(`governmentFundings.${f}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <TextField {...p} name="ref" label={t("government.fields.ref")} hint={t("government.fields.refHint")} mono />
        </div>
      </CardSection>
    );
  if (part === "nomenclature")
    return (
      <CardSection title={t("government.sections.nomenclature")} description={t("government.sections.nomenclatureHint")}>
        <div className="grid gap-5 sm:grid-cols-3">
          <TextField {...p} name="programCode" label={t("government.fields.programCode")} optional mono />
          <TextField {...p} name="programName" label={t("government.fields.programName")} optional className="sm:col-span-2" />
          <TextField {...p} name="kegiatanCode" label={t("government.fields.kegiatanCode")} optional mono />
          <TextField {...p} name="kegiatanName" label={t("government.fields.kegiatanName")} optional className="sm:col-span-2" />
          <TextField {...p} name="subKegiatanCode" label={t("government.fields.subKegiatanCode")} optional mono />
          <TextField {...p} name="subKegiatanName" label={t("government.fields.subKegiatanName")} optional className="sm:col-span-2" />
        </div>
      </CardSection>
    );
  return (
    <CardSection title={t("government.sections.source")}>
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField {...p} name="sourceName" label={t("government.fields.sourceName")} hint={t("government.fields.sourceNameHint")} />
        <Field label={t("government.fields.sourceDate")} error={msg("sourceDate")} optionalLabel={t("common.optional")}>
          {({ id, describedBy, invalid }) => (
            <DateField
              id={id}
              value={v.sourceDate}
              onChange={(d) => set("sourceDate", d)}
              aria-describedby={describedBy}
              invalid={invalid}
            />
          )}
        </Field>
      </div>
    </CardSection>
  );
}

/** The activity itself: title, description (may be blank), sector and who it is for. */
export function ActivityWhatSection({ v, set, setV, msg, terms }: Props & Pick<SectionProps, "setV"> & { terms: readonly TargetTerm[] }) {
  const { t } = useI18n();
  return (
    <CardSection title={t("government.sections.what")}>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field label={t("government.fields.title")} hint={t("government.fields.titleHint")} error={msg("title")} className="sm:col-span-2">
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
          label={t("government.fields.description")}
          hint={t("government.fields.descriptionHint")}
          optionalLabel={t("common.optional")}
          error={msg("description")}
          className="sm:col-span-2"
        >
          {({ id, describedBy, invalid }) => (
            <Textarea
              id={id}
              rows={3}
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
      </div>
    </CardSection>
  );
}
