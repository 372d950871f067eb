import { budgetShortLabel } from "@/lib/program-labels";
import type { Metadata } from "next";
import Link from "next/link";
import { areaName } from "@/lib/areas/area-label";
import { formatDateTime, formatPeriod } from "@/lib/format";
import { getTranslator } from "@/server/i18n/locale";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/server/auth/session";
import { getQueryClient, trpc } from "../../../_trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("lifecycle.queueTitle") };
}

/** Submitted programs in the reviewer's jurisdiction, the longest waiting first. */
export default async function ReviewProgramsPage() {
  await requireRole("reviewer", "admin");
  const { t, locale, timeZone } = await getTranslator();
  const data = await getQueryClient().fetchQuery(trpc.programs.list.queryOptions({ status: "submitted", sort: "waiting", pageSize: 100 }));
  return (
    <>
      <PageHeader title={t("lifecycle.queueTitle")} description={t("lifecycle.queueSubtitle")} />
      {data.items.length === 0 ? (
        <Card className="p-10 text-center text-sm text-slate-600">{t("lifecycle.queueEmpty")}</Card>
      ) : (
        <ul className="space-y-3" data-testid="review-queue">
          {data.items.map((p) => (
            <li key={p.id}>
              <Link
                href={`/review/programs/${p.id}`}
                className="block rounded-xl border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-300"
              >
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <span className="font-medium text-slate-900">{p.title}</span>
                  <Badge tone="teal">{t(`sectors.${p.sector}`)}</Badge>
                </div>
                <div className="mt-1 text-sm text-slate-600">
                  {p.companyName} ·{" "}
                  {p.areas
                    .slice(0, 2)
                    .map((a) => areaName(a, t))
                    .join(", ")}{" "}
                  · {formatPeriod(p.startDate, p.endDate, locale)} · {budgetShortLabel(t, p.budgetIdr, locale)}
                </div>
                {p.submittedAt ? (
                  <div className="mt-1 text-xs text-slate-500">
                    {t("lifecycle.submittedAgo", { date: formatDateTime(p.submittedAt, locale, timeZone) })}
                  </div>
                ) : null}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
