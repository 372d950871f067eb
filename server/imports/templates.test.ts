import { describe, expect, it } from "vitest";
import { readImportRows } from "./rows";
import { readSheet } from "./sheet";
import { buildCsvTemplate, buildXlsxTemplate } from "./templates";

// A template that the import would not read back is worse than none.
describe("import templates", () => {
  it.each(["id", "en"] as const)("reads back the %s templates' headers as every column", async (lang) => {
    const csv = await readSheet("t.csv", new TextEncoder().encode(buildCsvTemplate(lang) + "A-1\r\n"));
    const xlsx = await readSheet("t.xlsx", await buildXlsxTemplate(lang));
    for (const sheet of [csv, xlsx]) {
      const withRow = [...sheet.slice(0, 1), { row: 2, cells: ["A-1"] }];
      const { errors } = readImportRows(withRow, { companyRequired: true });
      // Only the blank cells of the data row are wrong; no header is missing or unknown.
      expect(errors.every((e) => e.row === 2 && e.message === "errors.required")).toBe(true);
      expect(errors).toHaveLength(10);
    }
    expect(csv[0]?.cells[0]).toBe(lang === "id" ? "kode_program" : "ref");
  });
});
