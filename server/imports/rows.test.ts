import { describe, expect, it } from "vitest";
import type { SheetRow } from "./cells";
import { readImportRows } from "./rows";

const HEADER = [
  "ref",
  "company",
  "title",
  "description",
  "sector",
  "target_group",
  "locations",
  "start_date",
  "end_date",
  "budget_idr",
  "beneficiaries",
];
const good = (ref: string) => [
  ref,
  "PT Alfa",
  "PMT balita",
  "PMT lokal bagi balita gizi kurang di posyandu.",
  "health",
  "children",
  "64.72.01.1001",
  "2026-02-01",
  "2026-11-30",
  "250000000",
  "120",
];
const sheet = (...rows: (string | null)[][]): SheetRow[] => rows.map((cells, i) => ({ row: i + 1, cells }));

describe("validating import rows", () => {
  it("numbers rows as the user sees them: header row 1, first data row 2, blank rows counted", () => {
    const bad = good("A-3");
    bad[7] = "2026-13-01";
    const { rows, errors } = readImportRows(sheet(HEADER, good("A-1"), ["", "", ""], bad), { companyRequired: true });
    expect(rows.map((r) => r.row)).toEqual([2, 4]);
    // The message names the value (it used to say only "invalid date; write YYYY-MM-DD").
    expect(errors).toEqual([
      { row: 4, field: "start_date", column: "start_date", message: "errors.importDateImpossible", params: { value: "2026-13-01" } },
    ]);
  });

  it("reports every problem of a row, by field, with the createProgramSchema rules", () => {
    const row = ["", "PT Alfa", "ab", "pendek", "Tambang", "semua", "64-72", "2026-05-01", "2026-04-01", "-5", "0"];
    const { rows, errors } = readImportRows(sheet(HEADER, row), { companyRequired: true });
    expect(rows[0]?.program).toBeNull();
    expect(errors.map((e) => [e.field, e.message])).toEqual([
      ["ref", "errors.required"],
      ["title", "errors.titleLength"],
      ["description", "errors.descriptionLength"],
      ["sector", "errors.sector"],
      ["target_group", "errors.targetGroup"],
      ["locations", "errors.areaCode"],
      ["end_date", "errors.dateOrder"],
      ["budget_idr", "errors.importNegative"], // the value parser's message, naming "-5"
      ["beneficiaries", "errors.beneficiariesMin"],
    ]);
  });

  it("reads amounts, counts and dates as Indonesian sheets write them", () => {
    const row = good("A-1");
    [row[7], row[8], row[9], row[10]] = ["1/2/2026", "November 2026", "Rp 1,5 M", "± 1.250 orang"];
    const { rows, errors } = readImportRows(sheet(HEADER, row), { companyRequired: true });
    expect(errors).toEqual([]);
    expect(rows[0]?.program).toMatchObject({ startDate: "2026-02-01", endDate: "2026-11-30", budgetIdr: 1_500_000_000, plannedBeneficiaries: 1250 });
  });

  it("names the value and the fix for a value it cannot read, and still requires an unknown one", () => {
    const row = good("A-1");
    [row[7], row[8], row[9], row[10]] = ["31/2/2026", "belum ada", "1,5", "300 KK"];
    const { errors } = readImportRows(sheet(HEADER, row), { companyRequired: true });
    expect(errors.map((e) => [e.field, e.message, e.params ?? null])).toEqual([
      ["start_date", "errors.importDateImpossible", { value: "31/2/2026" }],
      ["end_date", "errors.required", null],
      ["budget_idr", "errors.importRupiahAmbiguous", { value: "1,5" }],
      ["beneficiaries", "errors.importCountUnit", { value: "300 KK", unit: "KK" }],
    ]);
  });

  it("requires the company for admins and the command line, not for officers", () => {
    const row = good("A-1");
    row[1] = "";
    expect(readImportRows(sheet(HEADER, row), { companyRequired: true }).errors).toEqual([
      { row: 2, field: "company", column: "company", message: "errors.required" },
    ]);
    const withoutColumn = sheet(
      HEADER.filter((h) => h !== "company"),
      good("A-1").filter((_, i) => i !== 1),
    );
    expect(readImportRows(withoutColumn, { companyRequired: false }).errors).toEqual([]);
    expect(readImportRows(withoutColumn, { companyRequired: true }).errors).toEqual([
      { row: 1, field: "company", column: "company", message: "errors.importColumnMissing" },
    ]);
  });

  it("names missing and doubled columns on the header row, and ignores unknown ones", () => {
    const header = ["No", ...HEADER.filter((h) => h !== "budget_idr"), "Judul"];
    const { errors } = readImportRows(sheet(header, ["1", ...good("A-1")]), { companyRequired: true });
    expect(errors).toEqual([
      { row: 1, field: "title", column: "Judul", message: "errors.importColumnDuplicate" },
      { row: 1, field: "budget_idr", column: "budget_idr", message: "errors.importColumnMissing" },
    ]);
  });

  it("refuses a file with a header only", () => {
    expect(readImportRows(sheet(HEADER), { companyRequired: true }).errors).toEqual([
      { row: null, field: null, column: null, message: "errors.importEmpty" },
    ]);
  });
});
