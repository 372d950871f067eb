"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Field, Input, Textarea } from "@/components/ui/field";
import { createPriorityProgramSchema, updatePriorityProgramSchema } from "@/server/priority-programs/priority-programs.schemas";
import { useTRPC } from "../../../../_trpc/client";
import { FormFooter } from "../../_components/form-actions";
import { normaliseCode } from "../../_components/jurisdiction";
import type { PriorityProgram } from "../../_components/types";
import { useFormErrors } from "../../_components/use-form-errors";

const FIELDS = ["name", "description", "jurisdiction", "isActive"] as const;

interface Props {
  /** The program to edit; absent for a new one (new programs start active). */
  program?: PriorityProgram;
  defaultJurisdiction: string;
  onSaved: () => void;
  onCancel: () => void;
}

export function PriorityForm({ program, defaultJurisdiction, onSaved, onCancel }: Props) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errors = useFormErrors(FIELDS);
  // On the mutation itself, so the list refreshes even if the dialog closes before the answer.
  const refresh = { onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.priorityPrograms.list.queryKey() }) };
  const create = useMutation(trpc.priorityPrograms.create.mutationOptions(refresh));
  const update = useMutation(trpc.priorityPrograms.update.mutationOptions(refresh));
  const pending = create.isPending || update.isPending;

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const values = {
      name: String(form.get("name") ?? ""),
      description: String(form.get("description") ?? ""),
      jurisdiction: normaliseCode(String(form.get("jurisdiction") ?? "")) ?? "",
    };
    if (program) {
      const input = { ...values, id: program.id, version: program.version, isActive: form.get("isActive") === "on" };
      if (!errors.validate(updatePriorityProgramSchema, input)) return;
      update.mutate(input, { onSuccess: onSaved, onError: (err) => errors.fail(err, { isUpdate: true }) });
    } else {
      if (!errors.validate(createPriorityProgramSchema, values)) return;
      create.mutate(values, { onSuccess: onSaved, onError: (err) => errors.fail(err) });
    }
  }

  const isActiveError = errors.errorFor("isActive");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field label={t("admin.priorityName")} error={errors.errorFor("name")}>
        {({ id, describedBy, invalid }) => (
          <Input
            id={id}
            name="name"
            required
            defaultValue={program?.name ?? ""}
            autoComplete="off"
            aria-describedby={describedBy}
            invalid={invalid}
          />
        )}
      </Field>
      <Field label={t("admin.priorityDescription")} optionalLabel={t("common.optional")} error={errors.errorFor("description")}>
        {({ id, describedBy, invalid }) => (
          <Textarea id={id} name="description" defaultValue={program?.description ?? ""} aria-describedby={describedBy} invalid={invalid} />
        )}
      </Field>
      <Field label={t("admin.jurisdiction")} hint={t("admin.jurisdictionHint")} error={errors.errorFor("jurisdiction")}>
        {({ id, describedBy, invalid }) => (
          <Input
            id={id}
            name="jurisdiction"
            required
            defaultValue={program?.jurisdiction ?? defaultJurisdiction}
            autoComplete="off"
            spellCheck={false}
            className="font-mono"
            aria-describedby={describedBy}
            invalid={invalid}
          />
        )}
      </Field>
      {program ? (
        <div className="space-y-1.5">
          <label className="flex items-center gap-2 text-sm text-slate-800">
            <input
              type="checkbox"
              name="isActive"
              defaultChecked={program.isActive}
              className="h-4 w-4 rounded border-slate-300 accent-brand-700"
              aria-invalid={isActiveError ? true : undefined}
            />
            {t("admin.priorityActive")}
          </label>
          {isActiveError ? (
            <p className="text-sm text-red-700" data-testid="field-error">
              {isActiveError}
            </p>
          ) : null}
        </div>
      ) : null}
      <FormFooter error={errors.formError} pending={pending} onCancel={onCancel} />
    </form>
  );
}
