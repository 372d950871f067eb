import "server-only";
import ExcelJS from "exceljs";

export type Cell = string | number | null;

/**
 * One CSV cell. Text that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`,
 * a tab or a carriage return) gets a leading apostrophe, so a program title or a source typed by
 * a user cannot become a formula on a reviewer's machine; XLSX cells are typed text and need none.
 */
export function csvCell(v: Cell): string {
  if (v === null) return "";
  if (typeof v === "number") return String(v);
  const text = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One table as CSV (with a BOM so Excel reads UTF-8) or as an XLSX sheet; numbers stay numbers. */
export async function writeTable(
  header: string[],
  rows: Cell[][],
  format: "csv" | "xlsx",
  sheetName: string,
  /** XLSX only: Excel number formats by 1-based column (`"@"` text, `"#,##0"`, `"0.00"`). */
  numberFormats: Record<number, string> = {},
): Promise<{ body: Uint8Array<ArrayBuffer> | string; contentType: string }> {
  if (format === "csv") {
    return {
      body: "\uFEFF" + [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n",
      contentType: "text/csv; charset=utf-8",
    };
  }
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(sheetName.slice(0, 31));
  sheet.addRow(header).font = { bold: true };
  for (const r of rows) sheet.addRow(r);
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  for (const [col, fmt] of Object.entries(numberFormats)) sheet.getColumn(Number(col)).numFmt = fmt;
  return {
    body: new Uint8Array(await wb.xlsx.writeBuffer()),
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  };
}
