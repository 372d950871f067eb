"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { translateServerKey } from "@/lib/i18n/core";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardSection } from "@/components/ui/card";
import { Field, Textarea } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";
import { resolveFlagSchema } from "@/server/overlaps/overlaps.schemas";
import { RESOLUTIONS_BY_KIND, type OverlapKind, type Resolution } from "@/lib/enums";
import { describeError } from "../../../_trpc/errors";
import { useTRPC } from "../../../_trpc/client";

interface Props {
  flag: { id: string; version: number; kind: OverlapKind; a: { id: string; title: string }; b: { id: string; title: string } };
}

/**
 * Resolve as duplicate (one program withdrawn), distinct (with a reason) or collaboration; a repeat
 * as a continuation or a call to coordinate.
 */
export function ResolveForm({ flag }: Props) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [resolution, setResolution] = useState<Resolution | "">("");
  const [withdraw, setWithdraw] = useState("");
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const resolve = useMutation(
    trpc.overlaps.resolve.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.overlaps.pathKey() });
        await queryClient.invalidateQueries({ queryKey: trpc.programs.pathKey() });
        router.refresh();
      },
      onError: (err) => {
        const { message, fieldErrors } = describeError(err);
        setErrors(fieldErrors);
        setFormError(translateServerKey(t, locale, message, "errors.internal"));
      },
    }),
  );
  const msg = (k?: string) => (k ? translateServerKey(t, locale, k, "errors.invalid") : undefined);

  function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const parsed = resolveFlagSchema.safeParse({
      id: flag.id,
      version: flag.version,
      resolution: resolution || undefined,
      note,
      withdrawProgramId: resolution === "duplicate" ? withdraw || undefined : undefined,
    });
    if (!parsed.success) {
      const errs: Record<string, string> = {};
      for (const i of parsed.error.issues) errs[String(i.path[0])] ??= i.message;
      setErrors(errs);
      setFormError(t("errors.validation"));
      return;
    }
    setErrors({});
    setFormError(null);
    resolve.mutate(parsed.data);
  }

  const options = RESOLUTIONS_BY_KIND[flag.kind];
  return (
    <Card>
      <CardSection title={t("review.decide")}>
        <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label={t("review.decide")}>
          {formError ? (
            <Alert tone="error" label="form-error">
              {formError}
            </Alert>
          ) : null}
          <fieldset>
            <legend className="text-sm font-medium text-slate-800">{t("review.decision")}</legend>
            <div className={cn("mt-2 grid gap-2", options.length === 2 ? "sm:grid-cols-2" : "sm:grid-cols-3")}>
              {options.map((o) => (
                <label
                  key={o}
                  className="flex cursor-pointer gap-3 rounded-lg border border-slate-200 p-3 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
                >
                  <input
                    type="radio"
                    name="resolution"
                    value={o}
                    checked={resolution === o}
                    onChange={() => setResolution(o)}
                    className="mt-0.5 accent-brand-700"
                  />
                  <span>
                    <span className="block font-medium text-slate-900">{t(`review.resolutions.${o}`)}</span>
                    <span className="block text-xs text-slate-600">{t(`review.resolutionHints.${o}`)}</span>
                  </span>
                </label>
              ))}
            </div>
            {errors.resolution ? <p className="mt-1 text-sm text-red-700">{msg(errors.resolution)}</p> : null}
          </fieldset>
          {resolution === "duplicate" ? (
            <fieldset aria-describedby={errors.withdrawProgramId ? "withdraw-error" : undefined}>
              <legend className="text-sm font-medium text-slate-800">{t("review.withdrawWhich")}</legend>
              <div className="mt-2 space-y-2">
                {[flag.a, flag.b].map((p) => (
                  <label key={p.id} className="flex items-center gap-2 text-sm text-slate-800">
                    <input
                      type="radio"
                      name="withdraw"
                      value={p.id}
                      checked={withdraw === p.id}
                      onChange={() => setWithdraw(p.id)}
                      className="accent-brand-700"
                    />
                    {p.title}
                  </label>
                ))}
              </div>
              {errors.withdrawProgramId ? (
                <p id="withdraw-error" className="mt-1 text-sm text-red-700">
                  {msg(errors.withdrawProgramId)}
                </p>
              ) : null}
            </fieldset>
          ) : null}
          <Field
            label={resolution === "distinct" ? t("review.reason") : t("review.note")}
            optionalLabel={resolution === "distinct" ? undefined : t("common.optional")}
            error={msg(errors.note)}
          >
            {({ id, describedBy, invalid }) => (
              <Textarea
                id={id}
                rows={3}
                value={note}
                onChange={(e) => setNote(e.target.value)}
                aria-describedby={describedBy}
                invalid={invalid}
              />
            )}
          </Field>
          <div className="flex justify-end">
            <Button type="submit" disabled={resolve.isPending}>
              {resolve.isPending ? t("common.saving") : t("review.submitDecision")}
            </Button>
          </div>
        </form>
      </CardSection>
    </Card>
  );
}
