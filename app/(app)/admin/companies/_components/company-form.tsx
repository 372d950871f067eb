"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Field, Input } from "@/components/ui/field";
import { createCompanySchema, updateCompanySchema } from "@/server/companies/companies.schemas";
import { useTRPC } from "../../../../_trpc/client";
import { FormFooter } from "../../_components/form-actions";
import { splitCodes } from "../../_components/jurisdiction";
import type { ManagedCompany } from "../../_components/types";
import { useFormErrors } from "../../_components/use-form-errors";

const FIELDS = ["name", "legalName", "businessSector", "contactName", "contactEmail", "contactPhone", "jurisdictions"] as const;

interface Props {
  /** The company to edit; absent for a new one. */
  company?: ManagedCompany;
  defaultJurisdiction: string;
  onSaved: () => void;
  onCancel: () => void;
}

/** One form for adding and editing a company, checked with the procedures' own schemas. */
export function CompanyForm({ company, defaultJurisdiction, onSaved, onCancel }: Props) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errors = useFormErrors(FIELDS);
  // On the mutation itself, so the lists refresh even if the dialog closes before the answer.
  // Users too: the user list shows each officer's company name.
  const refresh = {
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.companies.list.queryKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.users.list.queryKey() }),
      ]),
  };
  const create = useMutation(trpc.companies.create.mutationOptions(refresh));
  const update = useMutation(trpc.companies.update.mutationOptions(refresh));
  const pending = create.isPending || update.isPending;

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "");
    const values: z.input<typeof createCompanySchema> = {
      name: text("name"),
      legalName: text("legalName"),
      businessSector: text("businessSector"),
      contactName: text("contactName"),
      contactEmail: text("contactEmail").trim(),
      contactPhone: text("contactPhone"),
      jurisdictions: splitCodes(text("jurisdictions")),
    };
    if (company) {
      const input = { ...values, id: company.id, version: company.version };
      if (!errors.validate(updateCompanySchema, input)) return;
      update.mutate(input, { onSuccess: onSaved, onError: (err) => errors.fail(err, { isUpdate: true }) });
    } else {
      if (!errors.validate(createCompanySchema, values)) return;
      create.mutate(values, { onSuccess: onSaved, onError: (err) => errors.fail(err) });
    }
  }

  const text = (
    name: (typeof FIELDS)[number],
    label: string,
    value: string | null | undefined,
    extra: React.InputHTMLAttributes<HTMLInputElement> = {},
  ) => (
    <Field label={label} error={errors.errorFor(name)} optionalLabel={name === "name" ? undefined : t("common.optional")}>
      {({ id, describedBy, invalid }) => (
        <Input id={id} name={name} defaultValue={value ?? ""} aria-describedby={describedBy} invalid={invalid} {...extra} />
      )}
    </Field>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {text("name", t("admin.companyName"), company?.name, { required: true, autoComplete: "off" })}
      {text("legalName", t("admin.legalName"), company?.legalName, { autoComplete: "off" })}
      {text("businessSector", t("admin.businessSector"), company?.businessSector, { autoComplete: "off" })}
      <div className="grid gap-4 sm:grid-cols-2">
        {text("contactName", t("admin.contactName"), company?.contactName, { autoComplete: "off" })}
        {text("contactPhone", t("admin.contactPhone"), company?.contactPhone, { type: "tel", inputMode: "tel", autoComplete: "off" })}
      </div>
      {text("contactEmail", t("admin.contactEmail"), company?.contactEmail, { type: "email", inputMode: "email", autoComplete: "off" })}
      <Field label={t("admin.forums")} hint={t("admin.forumsHint")} error={errors.errorFor("jurisdictions")}>
        {({ id, describedBy, invalid }) => (
          <Input
            id={id}
            name="jurisdictions"
            required
            defaultValue={company ? company.jurisdictions.join(", ") : defaultJurisdiction}
            aria-describedby={describedBy}
            invalid={invalid}
            autoComplete="off"
            spellCheck={false}
            className="font-mono"
          />
        )}
      </Field>
      <FormFooter error={errors.formError} pending={pending} onCancel={onCancel} />
    </form>
  );
}
