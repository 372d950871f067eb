import "server-only";
import ExcelJS from "exceljs";
import { createTranslator, type Locale } from "@/lib/i18n/translate";
import { SECTORS, TARGET_GROUPS } from "@/lib/enums";
import { csvCell } from "@/server/exports/table";
import { IMPORT_FIELDS, INDONESIAN_HEADERS, type ImportField } from "./columns";
import { exampleTextCells } from "./template-example";
import { addAreasSheet, addExampleRow, addListsSheet, addProgramValidations, type TemplateArea } from "./template-sheets";

export { isExampleRef } from "./template-example";
export type { TemplateArea };

/** The downloadable templates: Indonesian headers by default, English ones on request. */
export const TEMPLATE_FILES = {
  "impor-program.csv": { format: "csv", lang: "id" },
  "impor-program.xlsx": { format: "xlsx", lang: "id" },
  "program-import.csv": { format: "csv", lang: "en" },
  "program-import.xlsx": { format: "xlsx", lang: "en" },
} as const satisfies Record<string, { format: "csv" | "xlsx"; lang: Locale }>;
export type TemplateFile = keyof typeof TEMPLATE_FILES;

// Own keys only: `toString` is "in" every object.
export const isTemplateFile = (name: string): name is TemplateFile => Object.hasOwn(TEMPLATE_FILES, name);

export function buildTemplateHeader(lang: Locale): string[] {
  return IMPORT_FIELDS.map((f) => (lang === "id" ? INDONESIAN_HEADERS[f] : f));
}

/** A header line with a BOM, so Excel opens the file as UTF-8, then the example row (skipped by the import). */
export function buildCsvTemplate(lang: Locale): string {
  const example = exampleTextCells(createTranslator(lang)("sectors.health"));
  const lines = [buildTemplateHeader(lang), IMPORT_FIELDS.map((f) => csvCell(example[f]))];
  return "\uFEFF" + lines.map((cells) => cells.join(",")).join("\r\n") + "\r\n";
}

// Text columns keep codes such as `64.10` and `007` from being read as numbers. Dates show day
// first, as Indonesians read them; the budget shows as rupiah (the cell stays a number).
const FORMATS: Partial<Record<ImportField, string>> = {
  ref: "@",
  locations: "@",
  start_date: "dd/mm/yyyy",
  end_date: "dd/mm/yyyy",
  budget_idr: '"Rp "#,##0',
  beneficiaries: "#,##0",
};
const WIDTHS: Partial<Record<ImportField, number>> = { title: 40, description: 60, locations: 30, company: 30, target_group: 24 };

function addGuide(wb: ExcelJS.Workbook, lang: Locale, withAreas: boolean) {
  const t = createTranslator(lang);
  const guide = wb.addWorksheet(t("imports.template.sheetGuide"));
  guide.columns = [{ width: 22 }, { width: 90 }];
  const heading = (text: string) => {
    const row = guide.addRow([text]);
    row.font = { bold: true };
  };
  guide.addRow([t("imports.template.exampleNote")]);
  if (withAreas) guide.addRow([t("imports.template.areasNote")]);
  guide.addRow([]);
  heading(t("imports.template.column"));
  const header = buildTemplateHeader(lang);
  IMPORT_FIELDS.forEach((f, i) => guide.addRow([header[i], t(`imports.template.fields.${f}`)]));
  guide.addRow([]);
  heading(t("imports.template.sectors"));
  for (const s of SECTORS) guide.addRow([s, t(`sectors.${s}`)]);
  guide.addRow([]);
  heading(t("imports.template.targetGroups"));
  for (const g of TARGET_GROUPS) guide.addRow([g, t(`targetGroups.${g}`)]);
}

/**
 * The program sheet first (the import reads the first sheet) with an example row and drop-downs,
 * then a guide to the columns and codes, the areas of the forum's province (`areas`, from
 * listTemplateAreas; the sheet is left out when there are none) and the hidden lists.
 */
export async function buildXlsxTemplate(lang: Locale, opts: { areas?: TemplateArea[] } = {}): Promise<Uint8Array<ArrayBuffer>> {
  const t = createTranslator(lang);
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("Program");
  const header = buildTemplateHeader(lang);
  sheet.columns = IMPORT_FIELDS.map((f, i) => ({ header: header[i], key: f, width: WIDTHS[f] ?? 18, style: { numFmt: FORMATS[f] } }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  addExampleRow(sheet, t);
  addGuide(wb, lang, Boolean(opts.areas?.length));
  if (opts.areas?.length) addAreasSheet(wb, opts.areas, t);
  addProgramValidations(sheet, addListsSheet(wb, t), t);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
