"use client";

import { useQuery } from "@tanstack/react-query";
import { formatDateTime } from "@/lib/format";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Card, CardSection } from "@/components/ui/card";
import { useTRPC } from "../../../_trpc/client";

export interface OfficerAnswer {
  programId: string;
  versionNo: number;
  kind: "seen" | "different" | null;
  note: string | null;
  matches: { programId: string; title: string }[] | null;
  submittedAt: Date | string;
  submittedByName: string | null;
}

/** What the proposer answered about the matches when they submitted, newest version first. */
export function OfficerAnswers({ answers, titleOf }: { answers: OfficerAnswer[]; titleOf?: (programId: string) => string | undefined }) {
  const { t, locale } = useI18n();
  if (answers.length === 0) return null;
  return (
    <Card data-testid="officer-answers">
      <CardSection title={t("matches.officerAnswer")}>
        <ul className="space-y-3 text-sm">
          {answers.map((a) => (
            <li key={`${a.programId}-${a.versionNo}`} className="rounded-lg border border-slate-200 bg-slate-50 p-3">
              {titleOf?.(a.programId) ? <p className="mb-1 font-medium text-slate-900">{titleOf(a.programId)}</p> : null}
              <p className="text-slate-800">{a.kind === "different" ? t("matches.answerDifferent") : t("matches.answerSeen")}</p>
              {a.note ? <blockquote className="mt-1 whitespace-pre-line border-l-4 border-brand-600 pl-3 text-slate-900">{a.note}</blockquote> : null}
              {a.matches && a.matches.length > 0 ? (
                <p className="mt-1 text-xs text-slate-600">{t("matches.answeredMatches", { list: a.matches.map((m) => m.title).join("; ") })}</p>
              ) : null}
              <p className="mt-1 text-xs text-slate-500">
                {t("matches.answerVersion", { n: a.versionNo, date: formatDateTime(a.submittedAt, locale), name: a.submittedByName ?? "—" })}
              </p>
            </li>
          ))}
        </ul>
      </CardSection>
    </Card>
  );
}

/** The program review page's block: the proposer's answers to the matches for this program. */
export function ProgramOfficerAnswers({ programId }: { programId: string }) {
  const trpc = useTRPC();
  const { data } = useQuery(trpc.reviews.acknowledgements.queryOptions({ programId }));
  return data ? <OfficerAnswers answers={data} /> : null;
}
