import "server-only";
import ExcelJS from "exceljs";
import { createTranslator, type Locale } from "@/lib/i18n/translate";
import { SECTORS, TARGET_GROUPS } from "@/lib/enums";
import { IMPORT_FIELDS, INDONESIAN_HEADERS, type ImportField } from "./columns";

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

/** A header line with a BOM, so Excel opens the file as UTF-8. */
export function buildCsvTemplate(lang: Locale): string {
  return "\uFEFF" + buildTemplateHeader(lang).join(",") + "\r\n";
}

// Text columns keep codes such as `64.10` and `007` from being read as numbers.
const FORMATS: Partial<Record<ImportField, string>> = {
  ref: "@",
  locations: "@",
  start_date: "yyyy-mm-dd",
  end_date: "yyyy-mm-dd",
  budget_idr: "#,##0",
  beneficiaries: "#,##0",
};
const WIDTHS: Partial<Record<ImportField, number>> = { title: 40, description: 60, locations: 30, company: 30, target_group: 24 };

function addGuide(wb: ExcelJS.Workbook, lang: Locale) {
  const t = createTranslator(lang);
  const guide = wb.addWorksheet(t("imports.template.sheetGuide"));
  guide.columns = [{ width: 22 }, { width: 90 }];
  const heading = (text: string) => {
    const row = guide.addRow([text]);
    row.font = { bold: true };
  };
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

/** The program sheet first (the import reads the first sheet), then a guide to the columns and codes. */
export async function buildXlsxTemplate(lang: Locale): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("Program");
  const header = buildTemplateHeader(lang);
  sheet.columns = IMPORT_FIELDS.map((f, i) => ({ header: header[i], key: f, width: WIDTHS[f] ?? 18, style: { numFmt: FORMATS[f] } }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  addGuide(wb, lang);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
