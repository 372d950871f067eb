"use client";

import { useQuery } from "@tanstack/react-query";
import { formatRupiah } from "@/lib/format";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Card, CardSection } from "@/components/ui/card";
import { useTRPC } from "../../../../_trpc/client";

/** The priority needs from the catalogue this program was adopted for. */
export function NeedsAnswered({ programId }: { programId: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const { data } = useQuery(trpc.needs.forProgram.queryOptions({ programId }));
  return (
    <Card>
      <CardSection title={t("lifecycle.needsTitle")}>
        {!data || data.length === 0 ? (
          <p className="text-sm text-slate-500">{t("lifecycle.needsNone")}</p>
        ) : (
          <ul className="space-y-2 text-sm" data-testid="needs-answered">
            {data.map((n) => (
              <li key={n.id}>
                <span className="font-medium text-slate-900">{n.title}</span>
                <span className="text-slate-500">
                  {" "}
                  · {t(`sectors.${n.sector}`)} · {formatRupiah(n.estimatedBudgetIdr)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </CardSection>
    </Card>
  );
}
