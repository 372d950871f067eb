"use client";

import { useQuery } from "@tanstack/react-query";
import { useI18n } from "@/components/i18n/i18n-provider";
import { historyPlace, renderHistory, type Reason } from "@/lib/overlaps/reasons";
import { useTRPC } from "../../../_trpc/client";
import { MatchList } from "../_components/match-list";

/**
 * The warning that follows the program: on a saved draft (or one sent back for revision) the
 * matches the live check finds now, in a region screen readers hear when it fills.
 */
export function SavedMatches({ programId, startDate }: { programId: string; startDate: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const { data, isPending } = useQuery(trpc.overlaps.forSaved.queryOptions({ programId }));
  const conflicts = data?.filter((m) => m.kind !== "repeat") ?? [];
  const history = data?.filter((m) => m.kind === "repeat") ?? [];
  return (
    <div aria-live="polite" className="mb-4 empty:hidden" data-testid="saved-matches-region">
      {isPending ? (
        <p className="text-sm text-slate-500">{t("matches.checking")}</p>
      ) : conflicts.length > 0 ? (
        <section aria-labelledby="saved-matches-title" className="rounded-xl border border-amber-300 bg-amber-50 p-4 sm:p-5" data-testid="saved-matches">
          <h2 id="saved-matches-title" className="text-base font-semibold text-amber-950">
            ⚠ {t("matches.title")} <span className="font-normal">({t("matches.count", { n: conflicts.length })})</span>
          </h2>
          <p className="mt-1 text-sm text-amber-900">{t("matches.body")}</p>
          <MatchList matches={conflicts.map((m) => ({ ...m, reasons: m.reasons as Reason[] }))} />
        </section>
      ) : null}
      {history.length > 0 ? (
        <section aria-labelledby="saved-history-title" className="mt-3 rounded-xl border border-sky-200 bg-sky-50 p-4 text-sm" data-testid="saved-history">
          <h2 id="saved-history-title" className="text-base font-semibold text-sky-950">
            {t("review.historyTitle")}
          </h2>
          <ul className="mt-2 space-y-2">
            {history.map((m) => {
              const place = historyPlace(m.reasons as Reason[]) ?? m.areas[0];
              return (
                <li key={m.programId} className="rounded-lg border border-sky-100 bg-white p-3 text-slate-800">
                  {place
                    ? renderHistory(
                        { place, title: m.title, companyName: m.companyName, startDate: m.startDate, endDate: m.endDate, earlier: m.endDate < startDate },
                        t,
                      )
                    : m.title}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
