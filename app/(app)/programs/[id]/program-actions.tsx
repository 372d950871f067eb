"use client";

import { skipToken, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { translateServerKey } from "@/lib/i18n/core";
import { Alert } from "@/components/ui/alert";
import { Button, LinkButton } from "@/components/ui/button";
import type { TransitionAction } from "@/server/reviews/transitions";
import { acknowledgementSchema, ACK_NOTE_MAX } from "@/server/reviews/reviews.schemas";
import { Field, Textarea } from "@/components/ui/field";
import type { Reason } from "@/lib/overlaps/reasons";
import { MatchList } from "../_components/match-list";
import { describeError } from "../../../_trpc/errors";
import { useTRPC } from "../../../_trpc/client";

type OwnerAction = Extract<TransitionAction, "submit" | "withdraw" | "start" | "complete">;
const OWNER_ACTIONS: OwnerAction[] = ["submit", "start", "complete", "withdraw"];

interface Props {
  id: string;
  version: number;
  canEdit: boolean;
  actions: TransitionAction[];
  /** Staff get a link to the decision page instead of buttons. */
  reviewHref?: string;
  /** draft: the withdraw button deletes the draft; revision_requested: the edit button fixes the program. */
  status?: string;
}

/** The owner's moves on a program (edit, submit, start, complete, withdraw), each confirmed first. */
export function ProgramActions({ id, version, canEdit, actions, reviewHref, status }: Props) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState<OwnerAction | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The submit step shows the matches found now (the same query as the warning on the page) and asks for an answer.
  const canSubmit = actions.includes("submit");
  const { data: found } = useQuery(trpc.overlaps.forSaved.queryOptions(canSubmit ? { programId: id } : skipToken));
  const matches = (found ?? []).filter((m) => m.kind !== "repeat");
  const [answer, setAnswer] = useState<"seen" | "different" | "">("");
  const [reason, setReason] = useState("");
  const [answerErrors, setAnswerErrors] = useState<Record<string, string>>({});
  const answerError = (field: string) => (answerErrors[field] ? translateServerKey(t, locale, answerErrors[field], "errors.invalid") : undefined);
  const move = useMutation(
    trpc.reviews.transition.mutationOptions({
      onSuccess: async (_r, vars) => {
        await queryClient.invalidateQueries({ queryKey: trpc.programs.pathKey() });
        await queryClient.invalidateQueries({ queryKey: trpc.reviews.pathKey() });
        setConfirming(null);
        router.replace(`/programs/${id}?done=${vars.action}`);
        router.refresh();
      },
      onError: (err) => {
        const { message, fieldErrors } = describeError(err);
        if (fieldErrors.acknowledgement || fieldErrors["acknowledgement.note"]) {
          setAnswerErrors(fieldErrors);
          return;
        }
        setError(translateServerKey(t, locale, message, "errors.internal"));
      },
    }),
  );
  const own = OWNER_ACTIONS.filter((a) => actions.includes(a));
  const label = (a: OwnerAction) => (a === "withdraw" && status === "draft" ? t("lifecycle.actions.deleteDraft") : t(`lifecycle.actions.${a}`));
  const confirmText = (a: OwnerAction) => (a === "withdraw" && status === "draft" ? t("lifecycle.confirm.deleteDraft") : t(`lifecycle.confirm.${a}`));
  const askAnswer = confirming === "submit" && matches.length > 0;
  function go(action: OwnerAction) {
    setAnswerErrors({});
    if (action !== "submit" || !askAnswer) return move.mutate({ id, version, action, note: "" });
    const parsed = acknowledgementSchema.safeParse({ kind: answer || undefined, note: answer === "different" ? reason : "" });
    if (!parsed.success) {
      const errs: Record<string, string> = {};
      for (const issue of parsed.error.issues) errs[issue.path[0] === "note" ? "acknowledgement.note" : "acknowledgement"] ??= issue.message;
      setAnswerErrors(errs);
      return;
    }
    move.mutate({ id, version, action, note: "", acknowledgement: parsed.data });
  }
  if (!canEdit && own.length === 0 && !reviewHref) return null;
  return (
    <div className="space-y-3">
      {error ? (
        <Alert tone="error" label="action-error">
          {error}
        </Alert>
      ) : null}
      {confirming ? (
        <div
          className={`rounded-xl border border-amber-200 bg-amber-50 p-4 ${askAnswer ? "sm:min-w-[28rem] sm:max-w-xl" : ""}`}
          role="group"
          aria-label={label(confirming)}
        >
          <p className="text-sm text-amber-900">{confirmText(confirming)}</p>
          {askAnswer ? (
            <div className="mt-3" data-testid="submit-answer">
              <div aria-live="polite">
                <p className="text-sm font-semibold text-amber-950">
                  ⚠ {t("matches.title")} ({t("matches.count", { n: matches.length })})
                </p>
                <MatchList compact matches={matches.map((m) => ({ ...m, reasons: m.reasons as Reason[] }))} />
              </div>
              <fieldset className="mt-4 space-y-2" aria-describedby={answerErrors.acknowledgement ? `${id}-ack-error` : undefined}>
                <legend className="text-sm font-semibold text-slate-900">{t("matches.answerTitle")}</legend>
                <label className="flex items-start gap-2 text-sm text-slate-800">
                  <input type="radio" name="ack" className="mt-0.5" checked={answer === "seen"} onChange={() => setAnswer("seen")} />
                  {t("matches.seen")}
                </label>
                <label className="flex items-start gap-2 text-sm text-slate-800">
                  <input type="radio" name="ack" className="mt-0.5" checked={answer === "different"} onChange={() => setAnswer("different")} />
                  {t("matches.different")}
                </label>
                {answerErrors.acknowledgement ? (
                  <p id={`${id}-ack-error`} className="text-sm text-red-700" data-testid="field-error">
                    {answerError("acknowledgement")}
                  </p>
                ) : null}
              </fieldset>
              {answer === "different" ? (
                <Field label={t("matches.reasonLabel")} hint={t("matches.reasonHint")} error={answerError("acknowledgement.note")} className="mt-3">
                  {({ id: fieldId, describedBy, invalid }) => (
                    <Textarea
                      id={fieldId}
                      aria-describedby={describedBy}
                      invalid={invalid}
                      maxLength={ACK_NOTE_MAX}
                      value={reason}
                      onChange={(e) => setReason(e.target.value)}
                      className="min-h-20"
                    />
                  )}
                </Field>
              ) : null}
            </div>
          ) : null}
          <div className="mt-3 flex flex-wrap gap-2">
            <Button variant={confirming === "withdraw" ? "danger" : "primary"} onClick={() => go(confirming)} disabled={move.isPending}>
              {move.isPending ? t("common.saving") : label(confirming)}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(null)}>
              {t("common.cancel")}
            </Button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          {reviewHref ? <LinkButton href={reviewHref}>{t("lifecycle.review")}</LinkButton> : null}
          {canEdit ? (
            <LinkButton href={`/programs/${id}/edit`} variant="secondary">
              {status === "revision_requested" ? t("programs.actions.revise") : t("programs.actions.edit")}
            </LinkButton>
          ) : null}
          {own.map((a) => (
            <Button key={a} variant={a === "withdraw" ? "danger" : "primary"} onClick={() => setConfirming(a)}>
              {label(a)}
            </Button>
          ))}
        </div>
      )}
    </div>
  );
}
