import "server-only";
import { isSumUnknown } from "@/lib/figure-gaps";
import { createTranslator, type Locale } from "@/lib/i18n/translate";
import type { TargetingView } from "@/server/targeting/targeting.queries";
import type { ExportedFile } from "./programs.export";
import { writeTable, type Cell } from "./table";


// Column names of the file, as identifiers (like the program export), in each language.
const HEADERS: Record<Locale, string[]> = {
  id: [
    "kode_wilayah",
    "nama_wilayah",
    "persentase_penduduk_miskin",
    "tahun_persentase",
    "sumber_persentase",
    "jumlah_penduduk_miskin",
    "tahun_jumlah",
    "sumber_jumlah",
    "jumlah_program",
    "anggaran_rp",
    "rencana_penerima_manfaat",
    "rp_per_penduduk_miskin",
    "penerima_per_penduduk_miskin",
    "titik_kosong",
    "penumpukan",
    "program_tanpa_anggaran",
    "program_tanpa_jumlah_penerima",
    "bagian_rp_dibagi_bagian_penduduk_miskin",
    "kurang_terlayani",
  ],
  en: [
    "area_code",
    "area_name",
    "poverty_rate_pct",
    "poverty_rate_year",
    "poverty_rate_source",
    "poor_people",
    "poor_people_year",
    "poor_people_source",
    "programs",
    "budget_idr",
    "planned_beneficiaries",
    "rupiah_per_poor_person",
    "beneficiaries_per_poor_person",
    "blank_spot",
    "pile_up",
    "programs_without_budget",
    "programs_without_beneficiaries",
    "share_of_rp_over_share_of_poor",
    "under_served",
  ],
};

/** The rows of the targeting table as the page shows them; ratios rounded (whole rupiah, 3 decimals). */
export function targetingExportRows(view: TargetingView, locale: Locale): Cell[][] {
  const t = createTranslator(locale);
  return view.areas.map((a) => [
    a.code,
    a.name,
    a.povertyRate?.value ?? null,
    a.povertyRate?.year ?? null,
    a.povertyRate?.source ?? null,
    a.poorPeople?.value ?? null,
    a.poorPeople?.year ?? null,
    a.poorPeople?.source ?? null,
    a.programs,
    // The sums leave out programs without the figure (counted in the last two columns); an area
    // none of whose programs states it has no sum: an empty cell, never 0.
    isSumUnknown(a.programs, a.withoutBudget) ? null : a.budgetIdr,
    isSumUnknown(a.programs, a.withoutBeneficiaries) ? null : a.plannedBeneficiaries,
    a.rupiahPerPoorPerson === null ? null : Math.round(a.rupiahPerPoorPerson),
    a.beneficiariesPerPoorPerson === null ? null : Math.round(a.beneficiariesPerPoorPerson * 1000) / 1000,
    // No mark is an empty cell, not an empty string, so Excel's "(Blanks)" filter and COUNTA see it as empty.
    a.isBlankSpot ? t("targeting.blankSpot") : null,
    a.pileUp.length ? a.pileUp.map((r) => t(`targeting.pileUpReasons.${r}`)).join("; ") : null,
    a.withoutBudget,
    a.withoutBeneficiaries,
    a.servedRatio === null ? null : Math.round(a.servedRatio * 100) / 100,
    a.isUnderServed ? t("targeting.underServed") : null,
  ]);
}

/** The targeting table as CSV (UTF-8 with BOM, for Excel) or XLSX; empty cells where no figure was published. */
export async function exportTargeting(view: TargetingView, format: "csv" | "xlsx", locale: Locale): Promise<ExportedFile> {
  const header = HEADERS[locale];
  const rows = targetingExportRows(view, locale);
  const name = `sasaran-kemiskinan-${view.focus.code}-${view.year ?? "semua-tahun"}`;
  const formats: Record<number, string> = { 1: "@", 3: "0.00", 6: "#,##0", 9: "#,##0", 10: "#,##0", 11: "#,##0", 12: "#,##0", 13: "0.000", 17: "0.00" };
  const file = await writeTable(header, rows, format, createTranslator(locale)("targeting.sheetName"), formats);
  return { ...file, filename: `${name}.${format}`, rows: rows.length, truncated: false };
}
