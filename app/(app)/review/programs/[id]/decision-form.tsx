"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { translateServerKey } from "@/lib/i18n/core";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardSection } from "@/components/ui/card";
import { Field, Textarea } from "@/components/ui/field";
import { TRANSITIONS } from "@/server/reviews/transitions";
import { describeError } from "../../../../_trpc/errors";
import { useTRPC } from "../../../../_trpc/client";
import { refreshUnread } from "../../../_components/unread-count";

type Decision = "approve" | "request_revision" | "reject";
const DECISIONS: Decision[] = ["approve", "request_revision", "reject"];

interface Props {
  id: string;
  version: number;
  /** Why approving is not possible yet (the forum requires figures the program lacks); null when it is. */
  approveBlocked: string | null;
}

/** Approve, ask for a revision, or reject, with a note the company reads. */
export function DecisionForm({ id, version, approveBlocked }: Props) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [note, setNote] = useState("");
  const [noteError, setNoteError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const blockedId = useId();
  const decide = useMutation(
    trpc.reviews.transition.mutationOptions({
      onSuccess: async (_r, vars) => {
        // Every cached answer may have changed, the notification bell's count too.
        await Promise.all([queryClient.invalidateQueries(), refreshUnread()]);
        router.push(`/programs/${id}?done=${vars.action}`);
        router.refresh();
      },
      onError: (err) => {
        const { message, fieldErrors } = describeError(err);
        setNoteError(fieldErrors.note ? translateServerKey(t, locale, fieldErrors.note, "errors.invalid") : undefined);
        setFormError(translateServerKey(t, locale, message, "errors.internal"));
      },
    }),
  );
  const send = (action: Decision) => {
    setFormError(null);
    // The same rule the server applies, checked first so the message appears at once.
    if (TRANSITIONS[action].noteRequired && note.trim().length < 5) {
      setNoteError(t("errors.noteRequired"));
      return;
    }
    setNoteError(undefined);
    decide.mutate({ id, version, action, note });
  };
  return (
    <Card className="border-brand-200">
      <CardSection title={t("lifecycle.decisionTitle")} description={t("lifecycle.decisionHint")}>
        <div className="space-y-4">
          {formError ? (
            <Alert tone="error" label="form-error">
              {formError}
            </Alert>
          ) : null}
          {approveBlocked ? (
            <Alert tone="warning" label="approve-blocked">
              <p id={blockedId}>{approveBlocked}</p>
              <p className="mt-1 text-xs">{t("lifecycle.figuresRule")}</p>
            </Alert>
          ) : null}
          <Field label={t("lifecycle.decisionNote")} error={noteError}>
            {({ id: fieldId, describedBy, invalid }) => (
              <Textarea
                id={fieldId}
                rows={4}
                value={note}
                onChange={(e) => setNote(e.target.value)}
                aria-describedby={describedBy}
                invalid={invalid}
              />
            )}
          </Field>
          <div className="flex flex-wrap gap-2">
            {DECISIONS.map((d) => (
              <Button
                key={d}
                variant={d === "approve" ? "primary" : d === "reject" ? "danger" : "secondary"}
                onClick={() => send(d)}
                disabled={decide.isPending || (d === "approve" && approveBlocked !== null)}
                aria-describedby={d === "approve" && approveBlocked ? blockedId : undefined}
              >
                {t(`lifecycle.actions.${d}`)}
              </Button>
            ))}
          </div>
        </div>
      </CardSection>
    </Card>
  );
}
