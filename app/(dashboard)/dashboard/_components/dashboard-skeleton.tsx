import { getTranslator } from "@/server/i18n/locale";
import { Card, CardSection } from "@/components/ui/card";

/** A grey block where a figure or chart will be; `className` gives its size. */
function Block({ className }: { className: string }) {
  return <span className={`block animate-pulse rounded-md bg-slate-100 motion-reduce:animate-none ${className}`} />;
}

const FIGURES = ["programs", "companies", "budget", "planned", "reached", "flags"] as const;

/**
 * What the dashboard shows while its summary is computed: the layout of the figures below the
 * filters (the same grids, cards and titles, grey blocks for the numbers, the map and the bars), so
 * the page does not jump when they arrive. Hidden from screen readers, which hear "Memuat…" instead.
 */
export async function DashboardSkeleton() {
  const { t } = await getTranslator();
  const bars = (n: number) => (
    <div className="min-h-40 space-y-2">
      {Array.from({ length: n }, (_, i) => (
        <div key={i} className="h-11 px-1 pt-1">
          <Block className="h-3.5 w-3/4" />
          <Block className="mt-2 h-2 w-full rounded-full" />
        </div>
      ))}
    </div>
  );
  const chart = (title: string, n: number, className?: string) => (
    <Card className={className}>
      <CardSection title={title}>
        {bars(n)}
        <Block className="mt-3 h-4 w-40" />
      </CardSection>
    </Card>
  );
  return (
    <div data-testid="dashboard-skeleton">
      <p role="status" className="sr-only">
        {t("common.loading")}
      </p>
      <div aria-hidden="true">
        <ul className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
          {FIGURES.map((f) => (
            <li key={f} className="h-full rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
              <span className="block text-xs font-medium uppercase tracking-wide text-slate-500">{t(`dashboard.figures.${f}`)}</span>
              <Block className="mt-1 h-8 w-20" />
            </li>
          ))}
        </ul>
        {/* Where the line on figures without a budget or beneficiaries usually is. */}
        <Block className="mt-2 h-4 w-1/2" />
        <div className="mt-6 grid items-start gap-6 lg:grid-cols-5">
          <Card className="lg:col-span-3">
            <CardSection title={t("dashboard.byArea")}>
              {/* Hint (two lines), the area's name, the measure switch, then the map. */}
              <Block className="h-4 w-full" />
              <Block className="mt-1 h-4 w-1/3" />
              <Block className="mt-4 h-5 w-48" />
              <Block className="mt-3 h-7 w-64" />
              {/* The tiles and their legend (about 330 px at 390 and at 1366 px wide), then the notes under them. */}
              <Block className="mt-3 h-80 w-full rounded-lg" />
              <Block className="mt-3 h-4 w-2/3" />
            </CardSection>
          </Card>
          {chart(t("dashboard.bySector"), 7, "lg:col-span-2")}
        </div>
        <div className="mt-6 grid items-start gap-6 lg:grid-cols-3">
          {chart(t("dashboard.byStatus"), 5)}
          {chart(t("dashboard.byYear"), 2)}
          {chart(t("dashboard.byAreaTable"), 10)}
        </div>
      </div>
    </div>
  );
}
