import "server-only";
import { createTranslator, type Locale } from "@/lib/i18n/translate";
import type { DbOrTx } from "@/db/client";
import type { StaffViewer } from "@/server/auth/viewer";
import { getByArea, getBySector, getByStatus, getByYear, type Bucket } from "@/server/dashboard/dashboard.queries";
import type { Chart, DashboardFilters } from "@/server/dashboard/dashboard.schemas";
import { writeTable, type Cell } from "./table";

/** The data behind one dashboard chart, with the same filters as on screen. */
export async function exportChart(
  db: DbOrTx,
  viewer: StaffViewer,
  chart: Chart,
  filters: DashboardFilters,
  format: "csv" | "xlsx",
  locale: Locale,
) {
  const t = createTranslator(locale);
  const header = [
    t("dashboard.exportColumns.key"),
    t("dashboard.exportColumns.label"),
    t("dashboard.exportColumns.programs"),
    t("dashboard.exportColumns.budget"),
    t("dashboard.exportColumns.beneficiaries"),
  ];
  const row = (b: Bucket, label: string): Cell[] => [b.key, label, b.programs, b.budgetIdr, b.plannedBeneficiaries];
  let rows: Cell[][];
  if (chart === "sector") rows = (await getBySector(db, viewer, filters)).map((b) => row(b, t(`sectors.${b.key as "health"}`)));
  else if (chart === "status") rows = (await getByStatus(db, viewer, filters)).map((b) => row(b, t(`statuses.${b.key as "submitted"}`)));
  else if (chart === "year") rows = (await getByYear(db, viewer, filters)).map((b) => row(b, b.key));
  else {
    const byArea = await getByArea(db, viewer, filters);
    rows = [...byArea.areas.map((a) => row(a, a.name)), row(byArea.wide, t("dashboard.exportColumns.wide"))];
  }
  const file = await writeTable(header, rows, format, chart);
  return { ...file, filename: `dasbor-${chart}-${new Date().toISOString().slice(0, 10)}.${format}`, rows: rows.length };
}
