"use client";

import { useState, type FormEvent } from "react";
import { KNOWN_AUDIT_ACTIONS, auditActionLabel } from "@/lib/audit/details";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import type { SearchAuditInput } from "@/server/audit/audit.schemas";

export type AuditFilterValues = Omit<SearchAuditInput, "page">;

type Field = "q" | "action" | "actorEmail" | "from" | "to";

/** The log's filters; empty fields are left out, as the procedure expects. */
export function AuditFilters({ onApply, error }: { onApply: (v: AuditFilterValues) => void; error: string | null }) {
  const { t, locale } = useI18n();
  const [values, setValues] = useState<Record<Field, string>>({ q: "", action: "", actorEmail: "", from: "", to: "" });
  const set = (k: Field) => (e: { target: { value: string } }) => setValues({ ...values, [k]: e.target.value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const pick = (k: Field) => values[k].trim() || undefined;
    onApply({ q: pick("q"), action: pick("action"), actorEmail: pick("actorEmail"), from: pick("from"), to: pick("to") });
  };
  const options = [...KNOWN_AUDIT_ACTIONS].sort((a, b) => auditActionLabel(t, locale, a).localeCompare(auditActionLabel(t, locale, b)));

  return (
    <form
      role="search"
      onSubmit={submit}
      className="mb-4 grid gap-3 rounded-xl border border-slate-200 bg-white p-3 shadow-sm sm:grid-cols-2 lg:grid-cols-6"
    >
      <Input
        type="search"
        aria-label={t("audit.search")}
        placeholder={t("audit.search")}
        value={values.q}
        onChange={set("q")}
        maxLength={100}
        className="lg:col-span-2"
      />
      <Select aria-label={t("audit.action")} value={values.action} onChange={set("action")}>
        <option value="">{t("audit.allActions")}</option>
        {options.map((a) => (
          <option key={a} value={a}>
            {auditActionLabel(t, locale, a)}
          </option>
        ))}
      </Select>
      <Input
        type="search"
        aria-label={t("audit.actorEmail")}
        placeholder={t("audit.actorEmail")}
        value={values.actorEmail}
        onChange={set("actorEmail")}
        maxLength={200}
      />
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <span className="shrink-0">{t("audit.from")}</span>
        <Input type="date" value={values.from} onChange={set("from")} invalid={Boolean(error && values.from)} />
      </label>
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <span className="shrink-0">{t("audit.to")}</span>
        <Input type="date" value={values.to} onChange={set("to")} invalid={Boolean(error && values.to)} />
      </label>
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
