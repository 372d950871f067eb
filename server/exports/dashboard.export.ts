import "server-only";
import { DEFAULT_TIME_ZONE, todayIn, type IndonesianTimeZone } from "@/lib/time-zone";
import { createTranslator, type Locale } from "@/lib/i18n/translate";
import type { DbOrTx } from "@/db/client";
import type { StaffViewer } from "@/server/auth/viewer";
import { getByArea, getBySector, getByStatus, getByYear, type Bucket } from "@/server/dashboard/dashboard.queries";
import type { Chart, DashboardFilters } from "@/server/dashboard/dashboard.schemas";
import { getWhoWhatWhere } from "@/server/dashboard/who-what-where";
import { isSumUnknown } from "@/lib/figure-gaps";
import { writeTable, type Cell } from "./table";

/** The data behind one dashboard chart, with the same filters as on screen. */
export async function exportChart(
  db: DbOrTx,
  viewer: StaffViewer,
  chart: Chart,
  filters: DashboardFilters,
  format: "csv" | "xlsx",
  locale: Locale,
  /** The viewer's zone: the file name carries the date it is there. */
  zone: IndonesianTimeZone = DEFAULT_TIME_ZONE,
) {
  const t = createTranslator(locale);
  if (chart === "matrix") return exportMatrix(db, viewer, filters, format, locale, zone);
  const header = [
    t("dashboard.exportColumns.key"),
    t("dashboard.exportColumns.label"),
    t("dashboard.exportColumns.programs"),
    t("dashboard.exportColumns.budget"),
    t("dashboard.exportColumns.beneficiaries"),
    t("dashboard.exportColumns.withoutBudget"),
    t("dashboard.exportColumns.withoutBeneficiaries"),
  ];
  // The sums leave out programs whose figure is not known yet; the last two columns say how many.
  // A bucket none of whose programs states the figure has no sum: an empty cell, not 0.
  const sumOf = (sum: number, programs: number, without: number): Cell => (isSumUnknown(programs, without) ? null : sum);
  const row = (b: Bucket, label: string): Cell[] => [
    b.key,
    label,
    b.programs,
    sumOf(b.budgetIdr, b.programs, b.withoutBudget),
    sumOf(b.plannedBeneficiaries, b.programs, b.withoutBeneficiaries),
    b.withoutBudget,
    b.withoutBeneficiaries,
  ];
  let rows: Cell[][];
  if (chart === "sector") rows = (await getBySector(db, viewer, filters)).map((b) => row(b, t(`sectors.${b.key as "health"}`)));
  else if (chart === "status") rows = (await getByStatus(db, viewer, filters)).map((b) => row(b, t(`statuses.${b.key as "submitted"}`)));
  else if (chart === "year") rows = (await getByYear(db, viewer, filters)).map((b) => row(b, b.key));
  else {
    const byArea = await getByArea(db, viewer, filters);
    rows = [...byArea.areas.map((a) => row(a, a.name)), row(byArea.wide, t("dashboard.exportColumns.wide"))];
  }
  const file = await writeTable(header, rows, format, chart);
  return { ...file, filename: `dasbor-${chart}-${todayIn(zone)}.${format}`, rows: rows.length };
}

/** Who does what where, one row per company, area and sector; an unknown budget sum is an empty cell. */
async function exportMatrix(
  db: DbOrTx,
  viewer: StaffViewer,
  filters: DashboardFilters,
  format: "csv" | "xlsx",
  locale: Locale,
  zone: IndonesianTimeZone,
) {
  const t = createTranslator(locale);
  const c = (k: "company" | "areaCode" | "area" | "sector" | "programs" | "budget" | "withoutBudget") => t(`dashboard.matrix.columns.${k}`);
  const header = [c("company"), c("areaCode"), c("area"), c("sector"), c("programs"), c("budget"), c("withoutBudget")];
  const { rows: matrix } = await getWhoWhatWhere(db, viewer, filters);
  const rows: Cell[][] = matrix.map((r) => [
    r.company,
    r.area,
    r.wide ? t("dashboard.matrix.wholeArea", { area: r.areaName }) : r.areaName,
    t(`sectors.${r.sector as "health"}`),
    r.programs,
    r.budgetIdr,
    r.withoutBudget,
  ]);
  const file = await writeTable(header, rows, format, "matrix", { 2: "@", 5: "#,##0", 6: "#,##0", 7: "#,##0" });
  return { ...file, filename: `dasbor-siapa-apa-di-mana-${todayIn(zone)}.${format}`, rows: rows.length };
}
