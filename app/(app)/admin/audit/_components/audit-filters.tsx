"use client";

import { useId, useState, type FormEvent } from "react";
import { useMessages } from "next-intl";
import { auditActionLabel, knownAuditActions } from "@/lib/audit/details";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";
import { Input, Select } from "@/components/ui/field";
import type { SearchAuditInput } from "@/server/audit/audit.schemas";

export type AuditFilterValues = Omit<SearchAuditInput, "page">;

type Field = "q" | "action" | "actorEmail" | "from" | "to";

/** The log's filters; empty fields are left out, as the procedure expects. */
export function AuditFilters({ onApply, error }: { onApply: (v: AuditFilterValues) => void; error: string | null }) {
  const { t, locale } = useI18n();
  const [values, setValues] = useState<Record<Field, string>>({ q: "", action: "", actorEmail: "", from: "", to: "" });
  const set = (k: Field) => (e: { target: { value: string } }) => setValues((old) => ({ ...old, [k]: e.target.value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const pick = (k: Field) => values[k].trim() || undefined;
    onApply({ q: pick("q"), action: pick("action"), actorEmail: pick("actorEmail"), from: pick("from"), to: pick("to") });
  };
  // The actions the active language's catalog labels (the only catalog this page has).
  const messages = useMessages() as { audit?: { actions?: object } };
  const options = knownAuditActions(messages.audit?.actions ?? {}).sort((a, b) => auditActionLabel(t, locale, a).localeCompare(auditActionLabel(t, locale, b)));

  // Every cell may shrink (min-w-0): a select is otherwise as wide as its longest action label,
  // which pushed the row past the card at 1366 px.
  const uid = useId();
  const cell = "min-w-0 space-y-1 text-sm text-slate-700";
  return (
    <form
      role="search"
      onSubmit={submit}
      className="mb-4 grid gap-3 rounded-xl border border-slate-200 bg-white p-3 shadow-sm sm:grid-cols-2 lg:grid-cols-6"
      data-testid="audit-filters"
    >
      <div className={`${cell} lg:col-span-2`}>
        <label htmlFor={`${uid}-q`} className="block font-medium">
          {t("audit.search")}
        </label>
        <Input id={`${uid}-q`} type="search" value={values.q} onChange={set("q")} maxLength={100} />
      </div>
      <div className={cell}>
        <label htmlFor={`${uid}-action`} className="block font-medium">
          {t("audit.action")}
        </label>
        <Select id={`${uid}-action`} value={values.action} onChange={set("action")} className="w-full truncate">
          <option value="">{t("audit.allActions")}</option>
          {options.map((a) => (
            <option key={a} value={a}>
              {auditActionLabel(t, locale, a)}
            </option>
          ))}
        </Select>
      </div>
      <div className={cell}>
        <label htmlFor={`${uid}-actorEmail`} className="block font-medium">
          {t("audit.actorEmail")}
        </label>
        <Input id={`${uid}-actorEmail`} type="search" value={values.actorEmail} onChange={set("actorEmail")} maxLength={200} />
      </div>
      <div className={cell}>
        <label htmlFor={`${uid}-from`} className="block font-medium">
          {t("audit.from")}
        </label>
        <DateField
          id={`${uid}-from`}
          value={values.from}
          onChange={(d) => setValues((old) => ({ ...old, from: d }))}
          invalid={Boolean(error && values.from)}
        />
      </div>
      <div className={cell}>
        <label htmlFor={`${uid}-to`} className="block font-medium">
          {t("audit.to")}
        </label>
        <DateField
          id={`${uid}-to`}
          value={values.to}
          onChange={(d) => setValues((old) => ({ ...old, to: d }))}
          invalid={Boolean(error && values.to)}
        />
      </div>
      {error ? (
        <p role="alert" className="text-sm text-red-700 sm:col-span-2 lg:col-span-4">
          {error}
        </p>
      ) : null}
      <div className="sm:col-span-2 lg:col-span-6 lg:justify-self-end">
        <Button type="submit" variant="secondary" className="w-full sm:w-auto">
          {t("audit.apply")}
        </Button>
      </div>
    </form>
  );
}
