"use client";

import { formatDateTime } from "@/lib/format";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Card, CardSection } from "@/components/ui/card";
import type { Resolution } from "@/lib/enums";

export interface DecisionEvent {
  id: number;
  event: "resolved" | "reopened";
  resolution: Resolution | null;
  note: string | null;
  at: Date | string;
  actorName: string | null;
  changedProgramIds: string[];
  clusterId: string | null;
}

/** Every decision on the pair and every reopening, oldest first: who, when, what, and the note. */
export function DecisionHistory({ decisions, titleOf }: { decisions: DecisionEvent[]; titleOf: (id: string) => string }) {
  const { t, locale } = useI18n();
  const name = (r: Resolution | null) => (r ? t(`decisions.names.${r}`) : "—");
  return (
    <Card>
      <CardSection title={t("decisions.title")}>
        {decisions.length === 0 ? (
          <p className="text-sm text-slate-500">{t("decisions.empty")}</p>
        ) : (
          <ol className="space-y-3 border-l-2 border-slate-200 pl-4 text-sm" data-testid="decision-history">
            {decisions.map((d) => (
              <li key={d.id} className="relative">
                <span aria-hidden="true" className={`absolute -left-[1.4rem] top-1.5 h-2.5 w-2.5 rounded-full ${d.event === "reopened" ? "bg-amber-500" : "bg-brand-600"}`} />
                <p className="text-slate-900">
                  {d.event === "reopened"
                    ? t("decisions.reopened", { programs: d.changedProgramIds.map(titleOf).join(", ") || "—", decision: name(d.resolution) })
                    : t(d.clusterId ? "decisions.resolvedCluster" : "decisions.resolved", {
                        name: d.actorName ?? t("decisions.someone"),
                        decision: name(d.resolution),
                      })}
                </p>
                {d.event === "resolved" && d.note ? <p className="mt-0.5 whitespace-pre-line text-slate-700">“{d.note}”</p> : null}
                <p className="mt-0.5 text-xs text-slate-500">{formatDateTime(d.at, locale)}</p>
              </li>
            ))}
          </ol>
        )}
      </CardSection>
    </Card>
  );
}

/** On a reopened pair: the decision that stood before the material change, with its note. */
export function EarlierDecision({ decisions, titleOf }: { decisions: DecisionEvent[]; titleOf: (id: string) => string }) {
  const { t, locale } = useI18n();
  const last = decisions.at(-1);
  if (!last || last.event !== "reopened") return null;
  const decided = decisions.filter((d) => d.event === "resolved").at(-1);
  return (
    <Alert tone="warning" label="earlier-decision">
      <span className="block font-semibold">{t("decisions.earlierTitle")}</span>
      <span className="mt-1 block">
        {t("decisions.earlierBody", {
          decision: last.resolution ? t(`decisions.names.${last.resolution}`) : "—",
          name: decided?.actorName ?? t("decisions.someone"),
          date: decided ? formatDateTime(decided.at, locale) : "—",
          programs: last.changedProgramIds.map(titleOf).join(", ") || "—",
        })}
      </span>
      {last.note ? (
        <span className="mt-2 block">
          <span className="font-medium">{t("decisions.earlierNote")}</span> “{last.note}”
        </span>
      ) : null}
    </Alert>
  );
}
