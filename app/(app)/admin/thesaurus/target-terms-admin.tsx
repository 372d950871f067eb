"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useMemo, useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardSection } from "@/components/ui/card";
import { Field, Input, Select } from "@/components/ui/field";
import { TARGET_GROUPS, type TargetGroup } from "@/lib/enums";
import { translateServerKey } from "@/lib/i18n/core";
import { inferTargetGroup, type TargetTerm } from "@/lib/target-groups/infer";
import { addTargetTermSchema } from "@/server/target-groups/target-groups.schemas";
import { describeError } from "../../../_trpc/errors";
import { useTRPC } from "../../../_trpc/client";

/**
 * The synonyms that suggest a target-group category from a company's words ("lansia" → Lanjut
 * usia), grouped by category, with a box to try words; admins add and remove their own terms.
 */
export function TargetTermsAdmin({ canEdit }: { canEdit: boolean }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const headingId = useId();
  const trialResultId = useId();
  const { data } = useQuery(trpc.targetGroups.terms.queryOptions());
  const [term, setTerm] = useState("");
  const [category, setCategory] = useState("");
  const [submitted, setSubmitted] = useState("");
  const [filter, setFilter] = useState("");
  const [trial, setTrial] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.targetGroups.terms.queryKey() });
  const onError = (err: unknown) => {
    const { message, fieldErrors } = describeError(err);
    setErrors(Object.keys(fieldErrors).length ? fieldErrors : { _: message });
  };
  const add = useMutation(
    trpc.targetGroups.addTerm.mutationOptions({
      onSuccess: async (row) => {
        setTerm("");
        setErrors({});
        setNotice(t("targetTerms.added", { term: row.term }));
        await refresh();
      },
      onError,
    }),
  );
  const remove = useMutation(
    trpc.targetGroups.removeTerm.mutationOptions({
      onSuccess: async (row) => {
        setErrors({});
        setNotice(t("targetTerms.removed", { term: row.term }));
        await refresh();
      },
      onError,
    }),
  );
  const terms: TargetTerm[] = useMemo(() => (data ?? []).map((e) => ({ term: e.term, category: e.category })), [data]);
  const suggestion = trial.trim() ? inferTargetGroup(trial, terms) : null;
  const groups = useMemo(() => {
    const f = filter.trim().toLowerCase();
    const byCategory = new Map<TargetGroup, NonNullable<typeof data>>();
    for (const e of data ?? []) {
      const label = t(`targetGroups.${e.category}`).toLowerCase();
      if (f && !e.term.includes(f) && !label.includes(f)) continue;
      byCategory.set(e.category, [...(byCategory.get(e.category) ?? []), e]);
    }
    return TARGET_GROUPS.filter((g) => byCategory.has(g)).map((g) => [g, byCategory.get(g) ?? []] as const);
  }, [data, filter, t]);
  const msg = (k?: string) => (k ? translateServerKey(t, locale, k, "errors.invalid", { value: submitted.trim() }) : undefined);

  return (
    <section aria-labelledby={headingId} className="mt-10">
      <h2 id={headingId} className="text-lg font-semibold text-slate-900">
        {t("targetTerms.title")}
      </h2>
      <p className="mt-1 max-w-3xl text-sm text-slate-600">{t("targetTerms.subtitle")}</p>
      <div className="mt-4 grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:order-2">
          <Card>
            <CardSection title={t("targetTerms.addTitle")} description={canEdit ? t("targetTerms.addHint") : t("targetTerms.readOnly")}>
              {canEdit ? (
                <form
                  noValidate
                  className="space-y-4"
                  onSubmit={(e) => {
                    e.preventDefault();
                    setNotice(null);
                    setSubmitted(term);
                    const parsed = addTargetTermSchema.safeParse({ term, category });
                    if (!parsed.success) {
                      const errs: Record<string, string> = {};
                      for (const i of parsed.error.issues) errs[String(i.path[0])] ??= i.message;
                      setErrors(errs);
                      return;
                    }
                    add.mutate(parsed.data);
                  }}
                >
                  {errors._ ? (
                    <Alert tone="error" label="target-term-error">
                      {msg(errors._)}
                    </Alert>
                  ) : null}
                  {notice ? (
                    <Alert tone="success" label="target-term-success">
                      {notice}
                    </Alert>
                  ) : null}
                  <Field label={t("targetTerms.term")} hint={t("targetTerms.termHint")} error={msg(errors.term)}>
                    {({ id, describedBy, invalid }) => (
                      <Input id={id} value={term} onChange={(e) => setTerm(e.target.value)} aria-describedby={describedBy} invalid={invalid} />
                    )}
                  </Field>
                  <Field label={t("targetTerms.category")} error={msg(errors.category)}>
                    {({ id, describedBy, invalid }) => (
                      <Select id={id} value={category} onChange={(e) => setCategory(e.target.value)} aria-describedby={describedBy} invalid={invalid}>
                        <option value="">{t("programs.fields.choose")}</option>
                        {TARGET_GROUPS.map((g) => (
                          <option key={g} value={g}>
                            {t(`targetGroups.${g}`)}
                          </option>
                        ))}
                      </Select>
                    )}
                  </Field>
                  <Button type="submit" disabled={add.isPending}>
                    {t("targetTerms.add")}
                  </Button>
                </form>
              ) : null}
            </CardSection>
            <CardSection>
              <Field label={t("targetTerms.tryLabel")} hint={t("targetTerms.tryHint")}>
                {({ id, describedBy }) => (
                  <Input id={id} value={trial} onChange={(e) => setTrial(e.target.value)} aria-describedby={[describedBy, trialResultId].filter(Boolean).join(" ")} />
                )}
              </Field>
              <p id={trialResultId} className="mt-2 text-sm text-slate-700" aria-live="polite" data-testid="target-term-trial">
                {suggestion === null
                  ? null
                  : suggestion.category
                    ? t("targetTerms.tryResult", { category: t(`targetGroups.${suggestion.category}`), term: suggestion.term ?? "" })
                    : t("targetTerms.tryNone")}
              </p>
            </CardSection>
          </Card>
        </div>
        <div className="lg:order-1 lg:col-span-2">
          <Input
            type="search"
            aria-label={t("targetTerms.filter")}
            placeholder={t("targetTerms.filter")}
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            className="mb-4"
          />
          <Card>
            {groups.length === 0 ? <p className="p-4 text-sm text-slate-600">{t("targetTerms.empty")}</p> : null}
            <ul className="divide-y divide-slate-100" data-testid="target-term-groups">
              {groups.map(([g, entries]) => (
                <li key={g} className="px-4 py-3">
                  <div className="text-sm font-semibold text-slate-900">
                    {t(`targetGroups.${g}`)} <span className="font-normal text-slate-500">· {t("targetTerms.count", { n: entries.length })}</span>
                  </div>
                  <ul className="mt-2 flex flex-wrap gap-2">
                    {entries.map((e) => (
                      <li key={e.term} className="inline-flex items-center gap-1 rounded-full bg-slate-50 px-2.5 py-1 text-xs text-slate-800 ring-1 ring-inset ring-slate-200">
                        <span>{e.term}</span>
                        {e.source === "admin" ? (
                          <span className="text-brand-800" title={t("targetTerms.sourceAdmin")}>
                            ★{e.defaultCategory ? ` (${t("targetTerms.overrides", { category: t(`targetGroups.${e.defaultCategory}`) })})` : ""}
                          </span>
                        ) : null}
                        {e.source === "admin" && canEdit ? (
                          <button
                            type="button"
                            onClick={() => remove.mutate({ term: e.term })}
                            disabled={remove.isPending}
                            aria-label={t("targetTerms.removeLabel", { term: e.term })}
                            className="ml-1 rounded-full px-1 text-slate-500 hover:bg-red-50 hover:text-red-700"
                          >
                            ×
                          </button>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </Card>
        </div>
      </div>
    </section>
  );
}
