"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { translateServerKey } from "@/lib/i18n/core";
import { Alert } from "@/components/ui/alert";
import { Button, LinkButton } from "@/components/ui/button";
import type { TransitionAction } from "@/server/reviews/transitions";
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
}

/** The owner's moves on a program (edit, submit, start, complete, withdraw), each confirmed first. */
export function ProgramActions({ id, version, canEdit, actions, reviewHref }: Props) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState<OwnerAction | null>(null);
  const [error, setError] = useState<string | null>(null);
  const move = useMutation(
    trpc.reviews.transition.mutationOptions({
      onSuccess: async (_r, vars) => {
        await queryClient.invalidateQueries({ queryKey: trpc.programs.pathKey() });
        await queryClient.invalidateQueries({ queryKey: trpc.reviews.pathKey() });
        setConfirming(null);
        router.replace(`/programs/${id}?done=${vars.action}`);
        router.refresh();
      },
      onError: (err) => setError(translateServerKey(t, locale, describeError(err).message, "errors.internal")),
    }),
  );
  const own = OWNER_ACTIONS.filter((a) => actions.includes(a));
  if (!canEdit && own.length === 0 && !reviewHref) return null;
  return (
    <div className="space-y-3">
      {error ? (
        <Alert tone="error" label="action-error">
          {error}
        </Alert>
      ) : null}
      {confirming ? (
        <div className="rounded-xl border border-amber-200 bg-amber-50 p-4" role="group" aria-label={t(`lifecycle.actions.${confirming}`)}>
          <p className="text-sm text-amber-900">{t(`lifecycle.confirm.${confirming}`)}</p>
          <div className="mt-3 flex flex-wrap gap-2">
            <Button
              variant={confirming === "withdraw" ? "danger" : "primary"}
              onClick={() => move.mutate({ id, version, action: confirming, note: "" })}
              disabled={move.isPending}
            >
              {move.isPending ? t("common.saving") : t(`lifecycle.actions.${confirming}`)}
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
              {t("programs.actions.edit")}
            </LinkButton>
          ) : null}
          {own.map((a) => (
            <Button key={a} variant={a === "withdraw" ? "danger" : "primary"} onClick={() => setConfirming(a)}>
              {t(`lifecycle.actions.${a}`)}
            </Button>
          ))}
        </div>
      )}
    </div>
  );
}
