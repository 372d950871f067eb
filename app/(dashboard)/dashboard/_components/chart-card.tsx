import type { ReactNode } from "react";
import { getTranslator } from "@/server/i18n/locale";
import { Card, CardSection } from "@/components/ui/card";
import type { DashboardFilters } from "@/server/dashboard/dashboard.schemas";
import { exportHref } from "./links";

/** Which programs a figure leaves out for lack of a budget or beneficiaries (see lib/figure-gaps). */
export function GapsNote({ text, testId }: { text: string | null; testId: string }) {
  return text ? (
    <p className="mt-3 text-xs text-slate-600" data-testid={testId}>
      {text}
    </p>
  ) : null;
}

/** A chart with its data a click away as CSV or XLSX, and what its sums leave out. */
export async function ChartCard({
  title,
  chart,
  filters,
  note = null,
  className,
  children,
}: {
  title: string;
  chart: string;
  filters: DashboardFilters;
  /** The programs the chart's sums leave out, said under it. */
  note?: string | null;
  className?: string;
  children: ReactNode;
}) {
  const { t } = await getTranslator();
  return (
    <Card className={className}>
      <CardSection title={title}>
        <div className="min-h-40">{children}</div>
        <GapsNote text={note} testId={`chart-gaps-${chart}`} />
        <p className="mt-3 flex gap-3 text-xs">
          <a href={exportHref(filters, chart, "csv")} className="font-medium text-brand-700 hover:underline" download>
            CSV
          </a>
          <a href={exportHref(filters, chart, "xlsx")} className="font-medium text-brand-700 hover:underline" download>
            XLSX
          </a>
          <span className="text-slate-500">{t("dashboard.exportHint")}</span>
        </p>
      </CardSection>
    </Card>
  );
}
