"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { parseOptionalWholeNumber } from "@/lib/format";
import { useI18n } from "@/components/i18n/i18n-provider";
import { translateServerKey } from "@/lib/i18n/core";
import { Alert } from "@/components/ui/alert";
import { Button, LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { createProgramSchema } from "@/server/programs/programs.schemas";
import { describeError } from "../../../_trpc/errors";
import { useTRPC } from "../../../_trpc/client";
import type { TargetTerm } from "@/lib/target-groups/infer";
import type { PickedArea } from "./area-picker";
import { LiveOverlapCheck } from "./live-overlap-check";
import { NearbyGovernmentWarning, SupportsSection } from "./nearby-government";
import { WhatSection, WhenSection, WhereSection } from "./program-form-sections";

export interface ProgramFormValues {
  ref: string;
  title: string;
  description: string;
  sector: string;
  /** A category code, or "" for none. */
  targetGroup: string;
  /** Who the program is for, in the company's words. */
  targetGroupText: string;
  /** The person picked the category (or none) themselves; until then it follows the words. */
  targetGroupChosen: boolean;
  areas: PickedArea[];
  startDate: string;
  endDate: string;
  budget: string;
  beneficiaries: string;
  priorityProgramId: string;
  /** The government activity the program supports (complements), or "". */
  supportsActivityId: string;
  /** How the saved choice reads while it is not among the activities found for the places. */
  supportsActivityLabel: string;
}

export const emptyProgramForm: ProgramFormValues = {
  ref: "",
  title: "",
  description: "",
  sector: "",
  targetGroup: "",
  targetGroupText: "",
  targetGroupChosen: false,
  areas: [],
  startDate: "",
  endDate: "",
  budget: "",
  beneficiaries: "",
  priorityProgramId: "",
  supportsActivityId: "",
  supportsActivityLabel: "",
};

/** The form's text behind each figure the schema checks as a number. */
const TYPED_FIGURES: Record<string, "budget" | "beneficiaries"> = { budgetIdr: "budget", plannedBeneficiaries: "beneficiaries" };

interface Props {
  homeProvince: string;
  homeProvinceName: string;
  initial: ProgramFormValues;
  /** The synonyms the category is suggested from (loadTargetTerms, loaded with the page). */
  targetTerms: readonly TargetTerm[];
  /** Present when editing: the program and the version this copy started from. */
  existing?: { id: string; version: number };
}

/** The officer's program form: validated with the procedure's own schema, errors beside each field. */
export function ProgramForm({ homeProvince, homeProvinceName, initial, targetTerms, existing }: Props) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [v, setV] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const [matches, setMatches] = useState(0);
  // The figures as typed when last checked, to name junk back as it was read (not as since edited).
  const [checkedFigures, setCheckedFigures] = useState({ budget: "", beneficiaries: "" });

  // Nothing typed is lost by an accidental close or reload.
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const set = <K extends keyof ProgramFormValues>(key: K, value: ProgramFormValues[K]) => {
    setV((old) => ({ ...old, [key]: value }));
    setDirty(true);
  };
  const change = (update: (old: ProgramFormValues) => ProgramFormValues) => {
    setV(update);
    setDirty(true);
  };
  const fieldMessage = (field: string) => {
    const key = errors[field];
    // Text that is not a number is named back, so the officer sees what was read.
    const source = TYPED_FIGURES[field];
    const typed = source ? checkedFigures[source].trim() : "";
    if (key === "errors.number" && typed) return t("errors.numberNamed", { value: typed.length > 40 ? `${typed.slice(0, 40)}…` : typed });
    return key ? translateServerKey(t, locale, key, "errors.invalid") : undefined;
  };

  const onSaved = async (id: string) => {
    setDirty(false);
    await queryClient.invalidateQueries({ queryKey: trpc.programs.pathKey() });
    router.push(`/programs/${id}?saved=1`);
    router.refresh();
  };
  const onError = (err: unknown) => {
    const { message, fieldErrors } = describeError(err);
    setErrors(fieldErrors);
    setFormError(translateServerKey(t, locale, message, "errors.internal"));
  };
  const create = useMutation(trpc.programs.create.mutationOptions({ onSuccess: (r) => onSaved(r.id), onError }));
  const update = useMutation(trpc.programs.update.mutationOptions({ onSuccess: (r) => onSaved(r.id), onError }));
  const pending = create.isPending || update.isPending;

  function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    setFormError(null);
    setCheckedFigures({ budget: v.budget, beneficiaries: v.beneficiaries });
    const values = {
      ref: v.ref,
      title: v.title,
      description: v.description,
      sector: v.sector,
      targetGroup: v.targetGroup || null,
      targetGroupText: v.targetGroupText,
      // An empty category the person chose on purpose stays empty; the server would otherwise infer one.
      targetGroupCleared: v.targetGroupChosen && !v.targetGroup,
      areaCodes: v.areas.map((a) => a.code),
      startDate: v.startDate,
      endDate: v.endDate,
      // Blank means "not known yet" (null), never 0; junk stays NaN for the schema to refuse.
      budgetIdr: parseOptionalWholeNumber(v.budget),
      plannedBeneficiaries: parseOptionalWholeNumber(v.beneficiaries),
      priorityProgramId: v.priorityProgramId || null,
      supportsActivityId: v.supportsActivityId || null,
    };
    const parsed = createProgramSchema.safeParse(values);
    if (!parsed.success) {
      const errs: Record<string, string> = {};
      for (const issue of parsed.error.issues) errs[String(issue.path[0] ?? "_")] ??= issue.message;
      setErrors(errs);
      setFormError(t("programs.validationSummary"));
      return;
    }
    setErrors({});
    if (existing) update.mutate({ ...parsed.data, id: existing.id, version: existing.version });
    else create.mutate(parsed.data);
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={existing ? t("programs.editTitle") : t("programs.newTitle")}>
      {formError ? (
        <Alert tone="error" label="form-error" className="mb-4">
          {formError}
        </Alert>
      ) : null}
      <Card>
        <Card>
          <WhatSection v={v} set={set} setV={change} msg={fieldMessage} terms={targetTerms} />
          <WhereSection v={v} set={set} setV={setV} msg={fieldMessage} homeProvince={homeProvince} homeProvinceName={homeProvinceName} />
          <WhenSection v={v} set={set} setV={setV} msg={fieldMessage} />
          <SupportsSection v={v} set={set} msg={fieldMessage} />
        </Card>
      </Card>
      <LiveOverlapCheck values={v} excludeId={existing?.id} onMatches={setMatches} />
      <NearbyGovernmentWarning v={v} />
      <div className="sticky bottom-0 mt-4 flex items-center justify-end gap-2 border-t border-slate-200 bg-slate-50/95 py-3 backdrop-blur">
        {matches > 0 ? (
          <a href="#live-check" className="mr-auto text-sm font-medium text-amber-800 hover:underline" data-testid="live-check-count">
            ⚠ {t("review.liveCount", { n: matches })}
          </a>
        ) : null}
        <LinkButton href={existing ? `/programs/${existing.id}` : "/programs"} variant="secondary">
          {t("common.cancel")}
        </LinkButton>
        <Button type="submit" disabled={pending}>
          {pending ? t("common.saving") : existing ? t("programs.actions.saveChanges") : t("programs.actions.saveDraft")}
        </Button>
      </div>
    </form>
  );
}
