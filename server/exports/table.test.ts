import { describe, expect, it } from "vitest";
import { readCsvSheet } from "@/server/imports/sheet-csv";
import { csvCell, writeTable } from "./table";

describe("CSV cells", () => {
  it("quotes separators, quotes and line breaks", () => {
    expect(csvCell("Samarinda, Kaltim")).toBe('"Samarinda, Kaltim"');
    expect(csvCell('Program "Sehat"')).toBe('"Program ""Sehat"""');
    expect(csvCell("baris\nkedua")).toBe('"baris\nkedua"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(-5)).toBe("-5");
  });

  it("keeps text that a spreadsheet would run as a formula from being one", () => {
    expect(csvCell("=HYPERLINK(\"http://x\")")).toBe("\"'=HYPERLINK(\"\"http://x\"\")\"");
    expect(csvCell("+62 812")).toBe("'+62 812");
    expect(csvCell("-1 program")).toBe("'-1 program");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("Posyandu =sehat")).toBe("Posyandu =sehat");
  });

  it("writes a whole table with a BOM and CRLF lines", async () => {
    const { body } = await writeTable(["judul", "anggaran_rp"], [["=1+1", 1500000]], "csv", "Program");
    expect(body).toBe("\uFEFFjudul,anggaran_rp\r\n'=1+1,1500000\r\n");
  });

  it("reads back through the importer as it was written, guard and all taken off", async () => {
    const rows = [["=1+1", "-5 kg beras", "Posyandu, Samarinda", "'kutip", 7]];
    const { body } = await writeTable(["a", "b", "c", "d", "e"], rows, "csv", "Program");
    const read = readCsvSheet(new TextEncoder().encode(body as string));
    expect(read[1]?.cells).toEqual(["=1+1", "-5 kg beras", "Posyandu, Samarinda", "'kutip", "7"]);
  });
});
