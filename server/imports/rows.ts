import { createProgramSchema, type CreateProgramInput } from "@/server/programs/programs.schemas";
import { readCellText, isBlank, parseSector, parseTargetGroup, splitLocations, type Cell, type SheetRow } from "./cells";
import { mapHeaderToField, IMPORT_FIELDS, type ImportField } from "./columns";
import type { RowError } from "./import-errors";
import { MAX_SHEET_DATA_ROWS } from "./imports.schemas";
import { isExampleRef } from "./template-example";
import { parseCount, parseDateCell, parseRupiah, type ValueResult } from "./values";

/**
 * A data row as read: what the database checks need (company name, ref, area codes) even when
 * other fields are wrong, so one upload reports every problem; `program` only when the row
 * passed the program rules.
 */
export interface ParsedRow {
  row: number;
  company: string;
  ref: string;
  areaCodes: string[];
  program: (CreateProgramInput & { ref: string }) | null;
}

/** The reader already stops there (readSheet); this holds for rows from anywhere else too. */
export const MAX_IMPORT_ROWS = MAX_SHEET_DATA_ROWS;

const FIELD_OF_INPUT: Record<string, ImportField> = {
  ref: "ref",
  title: "title",
  description: "description",
  sector: "sector",
  targetGroup: "target_group",
  areaCodes: "locations",
  startDate: "start_date",
  endDate: "end_date",
  budgetIdr: "budget_idr",
  plannedBeneficiaries: "beneficiaries",
};

// The form's date picker cannot produce a bad format; a spreadsheet can, so say which format.
const IMPORT_MESSAGE: Record<string, string> = { "errors.date": "errors.importDate" };

interface Columns {
  index: Map<ImportField, number>;
  names: Map<ImportField, string>;
}

function readHeader(header: SheetRow, companyRequired: boolean): { columns: Columns; errors: RowError[] } {
  const index = new Map<ImportField, number>();
  const names = new Map<ImportField, string>();
  const errors: RowError[] = [];
  header.cells.forEach((cell, i) => {
    const name = readCellText(cell);
    const field = mapHeaderToField(name);
    if (!field) return;
    if (index.has(field)) errors.push({ row: header.row, field, column: name, message: "errors.importColumnDuplicate" });
    else {
      index.set(field, i);
      names.set(field, name);
    }
  });
  for (const field of IMPORT_FIELDS) {
    if (index.has(field) || (field === "company" && !companyRequired)) continue;
    errors.push({ row: header.row, field, column: field, message: "errors.importColumnMissing" });
  }
  return { columns: { index, names }, errors };
}

function readRow(sheetRow: SheetRow, columns: Columns, companyRequired: boolean): { parsed: ParsedRow; errors: RowError[] } {
  const cell = (f: ImportField): Cell => {
    const i = columns.index.get(f);
    return i === undefined ? null : (sheetRow.cells[i] ?? null);
  };
  const errorOf = (field: ImportField, message: string, params?: Record<string, string>): RowError => ({
    row: sheetRow.row,
    field,
    column: columns.names.get(field) ?? field,
    message: IMPORT_MESSAGE[message] ?? message,
    ...(params ? { params } : {}),
  });
  const byField = new Map<ImportField, RowError>();
  for (const f of IMPORT_FIELDS) {
    if (f === "company" && !companyRequired) continue;
    if (isBlank(cell(f))) byField.set(f, errorOf(f, "errors.required"));
  }
  // A value the parser refuses is reported with its own message; an unknown one ("belum ada") is
  // still required by the program rules. Either way the schema sees a placeholder and stays quiet.
  const take = <T>(field: ImportField, result: ValueResult<T | null>): T | undefined => {
    if (result.ok && result.value !== null) return result.value;
    if (!byField.has(field)) byField.set(field, result.ok ? errorOf(field, "errors.required") : errorOf(field, result.message, result.params));
    return undefined;
  };
  const ref = readCellText(cell("ref"));
  const areaCodes = splitLocations(cell("locations"));
  const parsed = createProgramSchema.safeParse({
    ref,
    title: readCellText(cell("title")),
    description: readCellText(cell("description")),
    sector: parseSector(cell("sector")),
    targetGroup: parseTargetGroup(cell("target_group")),
    areaCodes,
    startDate: take("start_date", parseDateCell(cell("start_date"), "start")) ?? "",
    endDate: take("end_date", parseDateCell(cell("end_date"), "end")) ?? "",
    budgetIdr: take("budget_idr", parseRupiah(cell("budget_idr"))) ?? Number.NaN,
    plannedBeneficiaries: take("beneficiaries", parseCount(cell("beneficiaries"))) ?? Number.NaN,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = FIELD_OF_INPUT[String(issue.path[0])];
      if (!field || byField.has(field)) continue;
      byField.set(field, errorOf(field, issue.message.startsWith("errors.") ? issue.message : "errors.invalid"));
    }
  }
  const errors = IMPORT_FIELDS.flatMap((f) => byField.get(f) ?? []);
  const program = !errors.length && parsed.success && parsed.data.ref ? { ...parsed.data, ref: parsed.data.ref } : null;
  const company = readCellText(cell("company")).replace(/\s+/g, " ");
  return { parsed: { row: sheetRow.row, company, ref, areaCodes, program }, errors };
}

export interface ReadRows {
  rows: ParsedRow[];
  errors: RowError[];
  /** The column names as the file writes them, for messages. */
  columnNames: Map<ImportField, string>;
}

/**
 * Checks a sheet against the program rules, row by row, without touching the database: the
 * header (first non-empty row) names the columns, blank rows and example rows (ref `CONTOH…`,
 * see isExampleRef) are skipped, and every problem of every row is reported with the row number
 * the user sees. Every other data row is returned.
 */
export function readImportRows(sheet: SheetRow[], opts: { companyRequired: boolean }): ReadRows {
  const filled = sheet.filter((r) => r.cells.some((c) => !isBlank(c)));
  const [header, ...data] = filled;
  const fileError = (message: string): ReadRows => ({
    rows: [],
    errors: [{ row: null, field: null, column: null, message }],
    columnNames: new Map(),
  });
  if (!header || data.length === 0) return fileError("errors.importEmpty");
  if (data.length > MAX_IMPORT_ROWS) return fileError("errors.importTooManyRows");
  const head = readHeader(header, opts.companyRequired);
  if (head.errors.length) return { rows: [], errors: head.errors, columnNames: head.columns.names };
  // The templates' example row (ref CONTOH-1), kept or copied by the person filling them in.
  const refAt = head.columns.index.get("ref") ?? -1;
  const programRows = data.filter((r) => !isExampleRef(readCellText(r.cells[refAt] ?? null)));
  if (programRows.length === 0) return { ...fileError("errors.importEmpty"), columnNames: head.columns.names };
  const rows: ParsedRow[] = [];
  const errors: RowError[] = [];
  for (const r of programRows) {
    const result = readRow(r, head.columns, opts.companyRequired);
    rows.push(result.parsed);
    errors.push(...result.errors);
  }
  return { rows, errors, columnNames: head.columns.names };
}
