import "server-only";
import ExcelJS from "exceljs";

export type Cell = string | number | null;

/** One table as CSV (with a BOM so Excel reads UTF-8) or as an XLSX sheet; numbers stay numbers. */
export async function writeTable(
  header: string[],
  rows: Cell[][],
  format: "csv" | "xlsx",
  sheetName: string,
): Promise<{ body: Uint8Array<ArrayBuffer> | string; contentType: string }> {
  if (format === "csv") {
    const cell = (v: Cell) => (v === null ? "" : typeof v === "number" ? String(v) : /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    return {
      body: "\uFEFF" + [header, ...rows].map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n",
      contentType: "text/csv; charset=utf-8",
    };
  }
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(sheetName.slice(0, 31));
  sheet.addRow(header).font = { bold: true };
  for (const r of rows) sheet.addRow(r);
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  return {
    body: new Uint8Array(await wb.xlsx.writeBuffer()),
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  };
}
