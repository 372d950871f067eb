import "server-only";
import type ExcelJS from "exceljs";
import { SECTORS, TARGET_GROUPS } from "@/lib/enums";
import type { Translate } from "@/lib/i18n/translate";
import { IMPORT_FIELDS, type ImportField } from "./columns";
import { MAX_SHEET_DATA_ROWS } from "./imports.schemas";
import { EXAMPLE_PROGRAM } from "./template-example";

// The parts of the XLSX template beyond its header: the example row, the drop-downs and the
// sheets they and the locations column draw on.

declare module "exceljs" {
  interface Worksheet {
    /** exceljs writes one validation for a whole range (`E2:E5001`) this way; its types leave it out. */
    dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
  }
}

/** One area of the forum's province as the template lists it. */
export interface TemplateArea {
  code: string;
  name: string;
  /** 1 province, 2 regency/city, 3 district, 4 village. */
  level: number;
  district: string | null;
  regency: string | null;
  /** The signed-in officer's company already has a program there (listed first). */
  usedByCompany: boolean;
}

const EXAMPLE_FONT: Partial<ExcelJS.Font> = { italic: true, color: { argb: "FF808080" } };
const LEVEL_KEYS = { 1: "province", 2: "regency", 3: "district", 4: "village" } as const;

/** `A`…`Z`, enough for the eleven import columns. */
const columnLetter = (field: ImportField) => String.fromCharCode(65 + IMPORT_FIELDS.indexOf(field));
const dateOf = (d: { year: number; month: number; day: number }) => new Date(Date.UTC(d.year, d.month - 1, d.day));

/**
 * Row 2: the example program in grey italics, typed as a person would fill it (dates as dates,
 * the budget as a number shown in rupiah), with a note on its ref that CONTOH rows are skipped.
 */
export function addExampleRow(sheet: ExcelJS.Worksheet, t: Translate) {
  const e = EXAMPLE_PROGRAM;
  const values: Record<ImportField, ExcelJS.CellValue> = {
    ref: e.ref,
    company: e.company,
    title: e.title,
    description: e.description,
    sector: t("sectors.health"),
    target_group: e.target_group,
    locations: e.locations,
    start_date: dateOf(e.start),
    end_date: dateOf(e.end),
    budget_idr: e.budgetIdr,
    beneficiaries: e.beneficiaries,
  };
  const row = sheet.getRow(2);
  IMPORT_FIELDS.forEach((f, i) => {
    const cell = row.getCell(i + 1);
    cell.value = values[f];
    cell.font = EXAMPLE_FONT;
  });
  row.getCell(1).note = t("imports.template.exampleNote");
}

/**
 * A hidden sheet of the labels the drop-downs offer, in the template's language (the import
 * reads labels of both languages and the codes). Returns the ranges for the validations.
 */
export function addListsSheet(wb: ExcelJS.Workbook, t: Translate): { sectors: string; targetGroups: string } {
  const name = t("imports.template.sheetLists");
  const lists = wb.addWorksheet(name, { state: "hidden" });
  lists.getCell("A1").value = t("programs.fields.sector");
  lists.getCell("B1").value = t("programs.fields.targetGroup");
  SECTORS.forEach((s, i) => (lists.getCell(i + 2, 1).value = t(`sectors.${s}`)));
  TARGET_GROUPS.forEach((g, i) => (lists.getCell(i + 2, 2).value = t(`targetGroups.${g}`)));
  return {
    sectors: `'${name}'!$A$2:$A$${SECTORS.length + 1}`,
    targetGroups: `'${name}'!$B$2:$B$${TARGET_GROUPS.length + 1}`,
  };
}

/**
 * Drop-downs on every data row. The sector warns on a value off the list but lets it stand
 * (codes such as `health` and the other language's labels are valid); the target group only
 * suggests, since it may be written in words (`balita stunting`).
 */
export function addProgramValidations(sheet: ExcelJS.Worksheet, ranges: { sectors: string; targetGroups: string }, t: Translate) {
  const rows = (field: ImportField) => `${columnLetter(field)}2:${columnLetter(field)}${MAX_SHEET_DATA_ROWS + 1}`;
  sheet.dataValidations.add(rows("sector"), {
    type: "list",
    allowBlank: true,
    formulae: [ranges.sectors],
    showInputMessage: true,
    promptTitle: t("imports.template.sectorPromptTitle"),
    prompt: t("imports.template.sectorPrompt"),
    showErrorMessage: true,
    errorStyle: "warning",
    errorTitle: t("imports.template.sectorErrorTitle"),
    error: t("imports.template.sectorError"),
  });
  sheet.dataValidations.add(rows("target_group"), {
    type: "list",
    allowBlank: true,
    formulae: [ranges.targetGroups],
    showInputMessage: true,
    promptTitle: t("imports.template.targetPromptTitle"),
    prompt: t("imports.template.targetPrompt"),
    showErrorMessage: false,
    errorStyle: "information",
  });
}

/** The areas of the forum's province, to copy a code or an official name from; the company's own first. */
export function addAreasSheet(wb: ExcelJS.Workbook, areas: TemplateArea[], t: Translate) {
  const sheet = wb.addWorksheet(t("imports.template.sheetAreas"));
  const c = (k: "code" | "name" | "level" | "district" | "regency" | "used") => t(`imports.template.areaColumns.${k}`);
  const withUsed = areas.some((a) => a.usedByCompany);
  sheet.columns = [
    { header: c("code"), width: 16, style: { numFmt: "@" } },
    { header: c("name"), width: 32 },
    { header: c("level"), width: 16 },
    { header: c("district"), width: 24 },
    { header: c("regency"), width: 28 },
    ...(withUsed ? [{ header: c("used"), width: 20 }] : []),
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  for (const a of areas) {
    const level = t(`areaLevels.${LEVEL_KEYS[a.level as keyof typeof LEVEL_KEYS] ?? "village"}`);
    const cells: ExcelJS.CellValue[] = [a.code, a.name, level, a.district ?? "", a.regency ?? ""];
    sheet.addRow(withUsed ? [...cells, a.usedByCompany ? t("imports.template.yes") : ""] : cells);
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: withUsed ? 6 : 5 } };
}
