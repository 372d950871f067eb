"use client";

import { useId, useMemo } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { inferTargetGroup, type TargetTerm } from "@/lib/target-groups/infer";
import { TARGET_GROUPS } from "@/server/programs/programs.schemas";
import type { SectionProps } from "./program-form-sections";

/**
 * The category the form shows for these words: the person's own choice once they made one
 * (a category, or none on purpose), else the one suggested from the words.
 */
export function followTargetWords(words: string, chosen: boolean, current: string, terms: readonly TargetTerm[]): string {
  return chosen ? current : (inferTargetGroup(words, terms).category ?? "");
}

/**
 * Who the program is for: the company's own words (required unless a category is chosen) and a
 * category suggested live from them with the synonym list the page loaded. The person may change
 * or clear the suggestion; words no synonym knows get a gentle note, never an error.
 */
export function TargetGroupFields({ v, setV, msg, terms }: Pick<SectionProps, "v" | "setV" | "msg"> & { terms: readonly TargetTerm[] }) {
  const { t } = useI18n();
  const noteId = useId();
  const suggestion = useMemo(() => inferTargetGroup(v.targetGroupText, terms), [v.targetGroupText, terms]);
  const hasWords = v.targetGroupText.trim() !== "";
  const differsFromSuggestion = v.targetGroupChosen && suggestion.category !== null && v.targetGroup !== suggestion.category;
  const note = suggestion.category
    ? t("programs.fields.targetGroupSuggested", { category: t(`targetGroups.${suggestion.category}`), term: suggestion.term ?? "" })
    : hasWords
      ? t("programs.fields.targetGroupNoMatch")
      : null;

  return (
    <>
      <Field
        label={t("programs.fields.targetGroup")}
        hint={t("programs.fields.targetGroupHint")}
        error={msg("targetGroupText")}
        className="sm:col-span-2"
      >
        {({ id, describedBy, invalid }) => (
          <Input
            id={id}
            value={v.targetGroupText}
            onChange={(e) => {
              const words = e.target.value;
              setV((old) => ({
                ...old,
                targetGroupText: words,
                targetGroup: followTargetWords(words, old.targetGroupChosen, old.targetGroup, terms),
              }));
            }}
            aria-describedby={[describedBy, note ? noteId : null].filter(Boolean).join(" ") || undefined}
            invalid={invalid}
            maxLength={200}
          />
        )}
      </Field>
      <Field label={t("programs.fields.targetGroupCategory")} hint={t("programs.fields.targetGroupCategoryHint")} error={msg("targetGroup")}>
        {({ id, describedBy, invalid }) => (
          <Select
            id={id}
            value={v.targetGroup}
            onChange={(e) => {
              const category = e.target.value;
              setV((old) => ({ ...old, targetGroup: category, targetGroupChosen: true }));
            }}
            aria-describedby={[describedBy, note ? noteId : null].filter(Boolean).join(" ") || undefined}
            invalid={invalid}
          >
            <option value="">{t("programs.fields.targetGroupNone")}</option>
            {TARGET_GROUPS.map((g) => (
              <option key={g} value={g}>
                {t(`targetGroups.${g}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <div className="flex flex-wrap items-center gap-2 self-end pb-1 text-sm" aria-live="polite" data-testid="target-group-suggestion">
        {note ? (
          <p id={noteId} className={suggestion.category ? "text-brand-900" : "text-slate-600"}>
            {note}
          </p>
        ) : null}
        {differsFromSuggestion ? (
          <Button
            type="button"
            variant="secondary"
            onClick={() => setV((old) => ({ ...old, targetGroup: suggestion.category ?? "", targetGroupChosen: false }))}
          >
            {t("programs.fields.targetGroupUseSuggestion")}
          </Button>
        ) : null}
      </div>
    </>
  );
}
