import type { ReactNode } from "react";
import { getTranslator } from "@/server/i18n/locale";
import { Card, CardSection } from "@/components/ui/card";
import type { DashboardFilters } from "@/server/dashboard/dashboard.schemas";
import { exportHref } from "./links";

/** A chart with its data a click away as CSV or XLSX. */
export async function ChartCard({
  title,
  chart,
  filters,
  className,
  children,
}: {
  title: string;
  chart: string;
  filters: DashboardFilters;
  className?: string;
  children: ReactNode;
}) {
  const { t } = await getTranslator();
  return (
    <Card className={className}>
      <CardSection title={title}>
        <div className="min-h-40">{children}</div>
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
