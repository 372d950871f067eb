"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Field, Select } from "@/components/ui/field";
import { adoptNeedSchema, linkAdoptionSchema } from "@/server/needs/needs.schemas";
import { useTRPC } from "../../../_trpc/client";
import { FormFooter } from "../../admin/_components/form-actions";
import { useFormErrors } from "../../admin/_components/use-form-errors";
import type { NeedItem } from "./types";

const FIELDS = ["programId"] as const;

interface Props {
  need: NeedItem;
  /** adopt: take the need on; link: change the program of an adoption already made. */
  mode: "adopt" | "link";
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** Chooses one of the company's programs (or none) and adopts the need, or changes the link. */
export function AdoptForm({ need, mode, onDone, onCancel }: Props) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errors = useFormErrors(FIELDS);
  const programs = useQuery(trpc.needs.linkablePrograms.queryOptions());
  const [programId, setProgramId] = useState(need.myAdoption?.programId ?? "");
  // Refresh the catalogue whatever the answer: a refusal (taken meanwhile) changes the card too.
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.needs.pathKey() });
  const adopt = useMutation(trpc.needs.adopt.mutationOptions({ onSettled: refresh }));
  const link = useMutation(trpc.needs.link.mutationOptions({ onSettled: refresh }));
  const pending = adopt.isPending || link.isPending;

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const input = { needId: need.id, programId: programId || null };
    if (mode === "adopt") {
      if (!errors.validate(adoptNeedSchema, input)) return;
      adopt.mutate(input, { onSuccess: () => onDone(t("needs.adopted")), onError: (err) => errors.fail(err) });
    } else {
      if (!errors.validate(linkAdoptionSchema, input)) return;
      link.mutate(input, { onSuccess: () => onDone(t("needs.linked")), onError: (err) => errors.fail(err) });
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {mode === "adopt" ? <p className="text-sm text-slate-700">{t("needs.adoptBody")}</p> : null}
      <Field label={t("needs.program")} hint={t("needs.programHint")} error={errors.errorFor("programId")}>
        {({ id, describedBy, invalid }) => (
          <Select id={id} value={programId} onChange={(e) => setProgramId(e.target.value)} aria-describedby={describedBy} invalid={invalid}>
            <option value="">{t("needs.programNone")}</option>
            {(programs.data ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.title} ({p.ref}, {t(`statuses.${p.status}`)})
              </option>
            ))}
          </Select>
        )}
      </Field>
      <FormFooter
        error={errors.formError}
        pending={pending}
        onCancel={onCancel}
        submitLabel={mode === "adopt" ? t("needs.confirmAdopt") : t("needs.saveLink")}
      />
    </form>
  );
}
