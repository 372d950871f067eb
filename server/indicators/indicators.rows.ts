import type { IndicatorMeasure } from "@/lib/enums";
import { areaCodeSchema } from "@/server/programs/programs.schemas";
import { MAX_SHEET_DATA_ROWS } from "@/server/imports/imports.schemas";
import { isBlank, parseWholeNumberCell, readCellText, type Cell, type SheetRow } from "@/server/imports/cells";
import { INDICATOR_FIELDS, mapIndicatorHeader, MEASURE_OF_FIELD, type IndicatorField } from "./indicators.columns";

/** One problem in an indicator file: spreadsheet row (null: the whole file), field, column as the file names it, catalog key. */
export interface IndicatorRowError {
  row: number | null;
  field: IndicatorField | null;
  column: string | null;
  message: string;
  params?: Record<string, string>;
}

/** One figure to store: a measure of an area in a year, with its source and the row it came from. */
export interface IndicatorValue {
  row: number;
  areaCode: string;
  year: number;
  measure: IndicatorMeasure;
  value: number;
  source: string;
}

/** The reader already stops there (readSheet); this holds for rows from anywhere else too. */
export const MAX_INDICATOR_ROWS = MAX_SHEET_DATA_ROWS;
export const MIN_INDICATOR_YEAR = 1990;
export const MAX_INDICATOR_YEAR = 2100;
/** More people than live in Indonesia is a typing error, not a figure. */
const MAX_PEOPLE = 400_000_000;

const REQUIRED: IndicatorField[] = ["area_code", "year", "source"];
const VALUE_FIELDS = ["poverty_rate_pct", "poor_people"] as const;

/**
 * `6.11`, `6,11` (Indonesian decimal comma), `6.11%`, `6,11 %` or a numeric cell; anything else
 * is NaN. A percent-formatted XLSX cell arrives as the text it shows (`8.81%`, not 0.0881).
 */
export function parseDecimalCell(c: Cell): number {
  if (typeof c === "number") return c;
  const text = readCellText(c).replace(/\s|%/g, "");
  if (!/^-?\d+([.,]\d+)?$/.test(text)) return Number.NaN;
  return Number(text.replace(",", "."));
}

function readValue(field: (typeof VALUE_FIELDS)[number], c: Cell): number | string {
  if (field === "poverty_rate_pct") {
    const v = parseDecimalCell(c);
    if (Number.isNaN(v)) return "errors.number";
    return v < 0 || v > 100 ? "indicators.errors.percent" : v;
  }
  const v = parseWholeNumberCell(c);
  if (Number.isNaN(v)) return "errors.number";
  if (!Number.isInteger(v)) return "errors.wholeNumber";
  if (v < 0) return "errors.notNegative";
  return v > MAX_PEOPLE ? "errors.beneficiariesTooLarge" : v;
}

export interface ReadIndicatorRows {
  /** Every figure of the file; empty unless every row passed. */
  values: IndicatorValue[];
  errors: IndicatorRowError[];
  /** Data rows in the file. */
  rowCount: number;
  /** Each row's well-formed area code, for the checks that need the database, even when other cells are wrong. */
  areaRows: { row: number; areaCode: string }[];
  /** The column names as the file writes them, for messages. */
  columnNames: Partial<Record<IndicatorField, string>>;
}

/** Errors in reading order: row, then column. */
export function sortIndicatorErrors(errors: IndicatorRowError[]): IndicatorRowError[] {
  const order = (f: IndicatorField | null) => (f ? INDICATOR_FIELDS.indexOf(f) : -1);
  return [...errors].sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || order(a.field) - order(b.field));
}

/**
 * Checks an indicator sheet without the database. The first non-empty row is the header (English
 * or Indonesian names); blank rows are skipped. An empty value cell means "not reported" and
 * yields no figure, never a zero; a row must carry at least one measure, an area code, a year and
 * a source. The same area, year and measure twice in one file is an error, not a silent choice.
 */
export function readIndicatorRows(sheet: SheetRow[]): ReadIndicatorRows {
  const filled = sheet.filter((r) => r.cells.some((c) => !isBlank(c)));
  const [header, ...data] = filled;
  const fileError = (message: string): ReadIndicatorRows => ({
    values: [],
    errors: [{ row: null, field: null, column: null, message }],
    rowCount: data.length,
    areaRows: [],
    columnNames: {},
  });
  if (!header || data.length === 0) return fileError("indicators.errors.empty");
  if (data.length > MAX_INDICATOR_ROWS) return fileError("indicators.errors.tooManyRows");

  const index = new Map<IndicatorField, number>();
  const names = new Map<IndicatorField, string>();
  const errors: IndicatorRowError[] = [];
  header.cells.forEach((cell, i) => {
    const name = readCellText(cell);
    const field = mapIndicatorHeader(name);
    if (!field) return;
    if (index.has(field)) errors.push({ row: header.row, field, column: name, message: "errors.importColumnDuplicate" });
    index.set(field, i);
    names.set(field, name);
  });
  for (const f of REQUIRED) {
    if (!index.has(f)) errors.push({ row: header.row, field: f, column: f, message: "errors.importColumnMissing" });
  }
  // A file of rates only (or of counts only) is fine; one with neither holds no figure.
  if (!VALUE_FIELDS.some((f) => index.has(f))) {
    errors.push({ row: header.row, field: "poverty_rate_pct", column: VALUE_FIELDS.join(" / "), message: "errors.importColumnMissing" });
  }
  const columnNames = Object.fromEntries(names);
  if (errors.length) return { values: [], errors, rowCount: data.length, areaRows: [], columnNames };

  const values: IndicatorValue[] = [];
  const areaRows: { row: number; areaCode: string }[] = [];
  const seen = new Map<string, number>();
  for (const r of data) {
    const cell = (f: IndicatorField): Cell => r.cells[index.get(f) ?? -1] ?? null;
    const fail = (field: IndicatorField, message: string, params?: Record<string, string>) =>
      errors.push({ row: r.row, field, column: names.get(field) ?? field, message, ...(params ? { params } : {}) });
    const before = errors.length;

    const areaCode = readCellText(cell("area_code"));
    if (!areaCode) fail("area_code", "errors.required");
    else if (!areaCodeSchema.safeParse(areaCode).success) fail("area_code", "errors.areaCode");
    else areaRows.push({ row: r.row, areaCode });
    const yearText = readCellText(cell("year"));
    const year = Number(yearText);
    if (!yearText) fail("year", "errors.required");
    else if (!Number.isInteger(year) || year < MIN_INDICATOR_YEAR || year > MAX_INDICATOR_YEAR) fail("year", "errors.year");
    const source = readCellText(cell("source")).replace(/\s+/g, " ");
    if (!source) fail("source", "errors.required");
    else if (source.length > 500) fail("source", "errors.tooLong");

    const measures: { measure: IndicatorMeasure; value: number }[] = [];
    for (const f of VALUE_FIELDS) {
      if (isBlank(cell(f))) continue; // not reported: skipped, never guessed
      const v = readValue(f, cell(f));
      if (typeof v === "string") fail(f, v);
      else measures.push({ measure: MEASURE_OF_FIELD[f], value: v });
    }
    if (VALUE_FIELDS.every((f) => isBlank(cell(f)))) fail("poverty_rate_pct", "indicators.errors.noMeasure");
    if (errors.length > before) continue;

    for (const m of measures) {
      const key = `${areaCode}|${year}|${m.measure}`;
      const first = seen.get(key);
      if (first !== undefined) {
        const field = m.measure === "poverty_rate" ? "poverty_rate_pct" : "poor_people";
        fail(field, "indicators.errors.duplicateRow", { row: String(first) });
        continue;
      }
      seen.set(key, r.row);
      values.push({ row: r.row, areaCode, year, measure: m.measure, value: m.value, source });
    }
  }
  return { values: errors.length ? [] : values, errors: sortIndicatorErrors(errors), rowCount: data.length, areaRows, columnNames };
}

/** A published figure as a page shows it: the value, the year it describes and where it was read. */
export interface Figure {
  value: number;
  year: number;
  source: string;
}
