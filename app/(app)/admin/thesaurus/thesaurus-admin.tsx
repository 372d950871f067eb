"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { translateServerKey } from "@/lib/i18n/core";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardSection } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Field, Input } from "@/components/ui/field";
import { createThesaurusEntrySchema } from "@/server/overlaps/overlaps.schemas";
import { describeError } from "../../../_trpc/errors";
import { useTRPC } from "../../../_trpc/client";

/** Words that mean the same thing to the overlap detector, grouped by concept; staff add and switch off terms. */
export function ThesaurusAdmin({ canRescan }: { canRescan: boolean }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data } = useQuery(trpc.overlaps.thesaurus.queryOptions());
  const [term, setTerm] = useState("");
  const [concept, setConcept] = useState("");
  const [filter, setFilter] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.overlaps.thesaurus.queryKey() });
  const onError = (err: unknown) => {
    const { message, fieldErrors } = describeError(err);
    setErrors(Object.keys(fieldErrors).length ? fieldErrors : { _: message });
  };
  const add = useMutation(
    trpc.overlaps.addTerm.mutationOptions({
      onSuccess: async () => {
        setTerm("");
        setErrors({});
        setNotice(t("thesaurus.added"));
        await refresh();
      },
      onError,
    }),
  );
  const toggle = useMutation(trpc.overlaps.setTermActive.mutationOptions({ onSuccess: refresh, onError }));
  const rescan = useMutation(trpc.overlaps.rescan.mutationOptions({ onSuccess: () => setNotice(t("thesaurus.rescanStarted")), onError }));
  const groups = useMemo(() => {
    const m = new Map<string, NonNullable<typeof data>>();
    for (const e of data ?? []) {
      if (filter && !e.concept.includes(filter.toLowerCase()) && !e.term.includes(filter.toLowerCase())) continue;
      m.set(e.concept, [...(m.get(e.concept) ?? []), e]);
    }
    return [...m.entries()];
  }, [data, filter]);
  const msg = (k?: string) => (k ? translateServerKey(t, locale, k, "errors.invalid") : undefined);

  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="space-y-6 lg:order-2">
        <Card>
          <CardSection title={t("thesaurus.addTitle")} description={t("thesaurus.addHint")}>
            <form
              noValidate
              className="space-y-4"
              onSubmit={(e) => {
                e.preventDefault();
                setNotice(null);
                const parsed = createThesaurusEntrySchema.safeParse({ term, concept });
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
                <Alert tone="error" label="form-error">
                  {msg(errors._)}
                </Alert>
              ) : null}
              {notice ? (
                <Alert tone="success" label="form-success">
                  {notice}
                </Alert>
              ) : null}
              <Field label={t("thesaurus.term")} hint={t("thesaurus.termHint")} error={msg(errors.term)}>
                {({ id, describedBy, invalid }) => (
                  <Input id={id} value={term} onChange={(e) => setTerm(e.target.value)} aria-describedby={describedBy} invalid={invalid} />
                )}
              </Field>
              <Field label={t("thesaurus.concept")} hint={t("thesaurus.conceptHint")} error={msg(errors.concept)}>
                {({ id, describedBy, invalid }) => (
                  <Input
                    id={id}
                    list="thesaurus-concepts"
                    value={concept}
                    onChange={(e) => setConcept(e.target.value)}
                    aria-describedby={describedBy}
                    invalid={invalid}
                  />
                )}
              </Field>
              <datalist id="thesaurus-concepts">
                {[...new Set((data ?? []).map((e) => e.concept))].map((c) => (
                  <option key={c} value={c} />
                ))}
              </datalist>
              <Button type="submit" disabled={add.isPending}>
                {t("thesaurus.add")}
              </Button>
            </form>
          </CardSection>
          {canRescan ? (
            <CardSection title={t("thesaurus.rescanTitle")} description={t("thesaurus.rescanHint")}>
              <Button variant="secondary" onClick={() => rescan.mutate()} disabled={rescan.isPending}>
                {t("thesaurus.rescan")}
              </Button>
            </CardSection>
          ) : null}
        </Card>
      </div>
      <div className="lg:order-1 lg:col-span-2">
        <Input
          type="search"
          aria-label={t("thesaurus.filter")}
          placeholder={t("thesaurus.filter")}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          className="mb-4"
        />
        <Card>
          <ul className="divide-y divide-slate-100" data-testid="thesaurus-groups">
            {groups.map(([c, entries]) => (
              <li key={c} className="px-4 py-3">
                <div className="text-sm font-semibold text-slate-900">{c}</div>
                <ul className="mt-2 flex flex-wrap gap-2">
                  {entries.map((e) => (
                    <li key={e.id}>
                      <button
                        type="button"
                        onClick={() => toggle.mutate({ id: e.id, isActive: !e.isActive })}
                        title={e.isActive ? t("thesaurus.deactivate") : t("thesaurus.activate")}
                        aria-label={`${e.term}: ${e.isActive ? t("thesaurus.deactivate") : t("thesaurus.activate")}`}
                        className={cn(
                          "rounded-full px-2.5 py-1 text-xs ring-1 ring-inset",
                          e.isActive
                            ? "bg-brand-50 text-brand-900 ring-brand-200 hover:bg-brand-100"
                            : "bg-slate-50 text-slate-500 line-through ring-slate-200",
                        )}
                      >
                        {e.term}
                        {e.source === "staff" ? " ★" : ""}
                      </button>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </div>
  );
}
