"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { formatNumber, parseWholeNumber } from "@/lib/format";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { reportRealizationSchema } from "@/server/realization/realization.schemas";
import { useTRPC } from "../../../_trpc/client";
import { FormFooter } from "../../admin/_components/form-actions";
import { useFormErrors } from "../../admin/_components/use-form-errors";

const FIELDS = ["reachedBeneficiaries", "realizedBudgetIdr", "note"] as const;

interface Props {
  id: string;
  version: number;
  isReported: boolean;
  initial: { reachedBeneficiaries: number | null; realizedBudgetIdr: number | null };
}

const shown = (n: number | null) => (n === null ? "" : formatNumber(n));

/**
 * The typed figure as a number: whole numbers with or without thousands dots ("1.250.000"); a
 * decimal comma ("12,5") is read as the fraction it is, so the message says "whole rupiah" or
 * "whole number" rather than "not a number".
 */
function readFigure(text: string): number {
  const whole = parseWholeNumber(text);
  const bare = text.trim().replace(/^Rp\s*/i, "");
  if (!Number.isNaN(whole) || !/^-?[\d.\s]+,\d+$/.test(bare)) return whole;
  return Number(bare.replace(/[\s.]/g, "").replace(",", "."));
}

/** The owning company's report of what the program delivered, opened from a button under the figures. */
export function RealizationForm({ id, version, isReported, initial }: Props) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const errors = useFormErrors(FIELDS);
  const [isOpen, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const [v, setV] = useState({ reached: shown(initial.reachedBeneficiaries), budget: shown(initial.realizedBudgetIdr), note: "" });
  const formId = useId();
  // After a refusal, the first field marked invalid gets the focus, so its message is read out.
  // Found by id rather than a ref: the mutation's callbacks are built while rendering, where refs
  // must not be read (react-hooks/refs).
  const focusFirstInvalid = () =>
    requestAnimationFrame(() => document.getElementById(formId)?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  const report = useMutation(
    trpc.realization.report.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.programs.pathKey() });
        setOpen(false);
        setSaved(true);
        // The note belongs to this report (it is in the audit log); the next report starts without it.
        setV((old) => ({ ...old, note: "" }));
        router.refresh();
      },
      onError: (err) => {
        errors.fail(err, { isUpdate: true });
        focusFirstInvalid();
      },
    }),
  );

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const input = {
      id,
      version,
      reachedBeneficiaries: readFigure(v.reached),
      realizedBudgetIdr: readFigure(v.budget),
      note: v.note,
    };
    if (!errors.validate(reportRealizationSchema, input)) {
      focusFirstInvalid();
      return;
    }
    report.mutate(input);
  }

  const set = (key: keyof typeof v) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    setV((old) => ({ ...old, [key]: e.target.value }));
  const tidy = (key: "reached" | "budget") => () => {
    const n = parseWholeNumber(v[key]);
    if (Number.isFinite(n)) setV((old) => ({ ...old, [key]: formatNumber(n) }));
  };

  if (!isOpen) {
    return (
      <div className="mt-4 space-y-3 border-t border-slate-100 pt-4">
        {saved ? (
          <Alert tone="success" label="realization-saved">
            {t("realization.saved")}
          </Alert>
        ) : null}
        <p className="text-sm text-slate-600">{t("realization.ownerHint")}</p>
        <Button
          variant={isReported ? "secondary" : "primary"}
          onClick={() => {
            setSaved(false);
            setOpen(true);
          }}
        >
          {isReported ? t("realization.update") : t("realization.report")}
        </Button>
      </div>
    );
  }
  return (
    <form
      id={formId}
      onSubmit={onSubmit}
      noValidate
      className="mt-4 space-y-4 border-t border-slate-100 pt-4"
      aria-label={t("realization.report")}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("realization.fields.reachedBeneficiaries")} error={errors.errorFor("reachedBeneficiaries")}>
          {({ id: fieldId, describedBy, invalid }) => (
            <Input
              id={fieldId}
              inputMode="numeric"
              value={v.reached}
              onChange={set("reached")}
              onBlur={tidy("reached")}
              aria-describedby={describedBy}
              invalid={invalid}
              className="tabular-nums"
            />
          )}
        </Field>
        <Field
          label={t("realization.fields.realizedBudgetIdr")}
          hint={t("realization.fields.realizedBudgetHint")}
          error={errors.errorFor("realizedBudgetIdr")}
        >
          {({ id: fieldId, describedBy, invalid }) => (
            <div className="relative">
              <span className="pointer-events-none absolute inset-y-0 left-3 flex items-center text-sm text-slate-500">Rp</span>
              <Input
                id={fieldId}
                inputMode="numeric"
                value={v.budget}
                onChange={set("budget")}
                onBlur={tidy("budget")}
                aria-describedby={describedBy}
                invalid={invalid}
                className="pl-10 tabular-nums"
              />
            </div>
          )}
        </Field>
      </div>
      <Field
        label={t("realization.fields.note")}
        optionalLabel={t("common.optional")}
        hint={t("realization.fields.noteHint")}
        error={errors.errorFor("note")}
      >
        {({ id: fieldId, describedBy, invalid }) => (
          <Textarea
            id={fieldId}
            value={v.note}
            onChange={set("note")}
            aria-describedby={describedBy}
            invalid={invalid}
            className="min-h-20"
          />
        )}
      </Field>
      <FormFooter error={errors.formError} pending={report.isPending} onCancel={() => setOpen(false)} submitLabel={t("realization.submit")} />
    </form>
  );
}
