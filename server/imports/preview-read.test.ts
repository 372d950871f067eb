import { describe, expect, it } from "vitest";
import type { Cell, SheetRow } from "./cells";
import { readSheet } from "./sheet";
import { buildMessyXlsx, rowOfRef } from "./messy.fixtures";
import { readForTest } from "./read.fixtures";

const HEADER = ["ref", "company", "title", "description", "sector", "target_group", "locations", "start_date", "end_date", "budget_idr", "beneficiaries"];
const good = (ref: string): Cell[] => [
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
const sheet = (...rows: Cell[][]): SheetRow[] => rows.map((cells, i) => ({ row: i + 1, cells }));

describe("reading a sheet into preview rows (before the database checks)", () => {
  it("numbers rows as the user sees them: header row 1, blank rows counted", () => {
    const bad = good("A-3");
    bad[7] = "2026-13-01";
    const { rows, errors } = readForTest(sheet(HEADER, good("A-1"), ["", "", ""], bad));
    expect(rows.map((r) => r.row)).toEqual([2, 4]);
    expect(errors).toEqual([{ row: 4, field: "start_date", message: "errors.importDateImpossible", params: { value: "2026-13-01" } }]);
  });

  it("reads an English report: 'Beneficiaries' in words is the people, in numbers their count; 'Samarinda City'; 'Q1-Q2 2026'", () => {
    const words = readForTest(
      sheet(
        ["Program Name", "Pillar", "Beneficiaries", "Location", "Timeline", "Budget (IDR)", "No. of Beneficiaries"],
        ["Mangrove rehabilitation", "Environment", "Fishermen", "Muara Badak, Kutai Kartanegara", "2026", "Rp 300,000,000", "80"],
        ["Mobile health clinic", "Health", "Elderly", "Samarinda City", "Q1-Q2 2026", "IDR 1.2 billion", "1200"],
      ),
    );
    expect(words.errors).toEqual([]);
    expect(words.rows.map((r) => [r.targetGroup, r.plannedBeneficiaries, r.areas.map((a) => a.code).join(), r.startDate, r.endDate])).toEqual([
      ["farmers_fishers", 80, "64.02.05", "2026-01-01", "2026-12-31"],
      ["elderly", 1200, "64.72", "2026-01-01", "2026-06-30"],
    ]);
    const numbers = readForTest(
      sheet(["Program Name", "Pillar", "Target group", "Location", "Timeline", "Beneficiaries"], ["Mobile health clinic", "Health", "Elderly", "Samarinda City", "2026", "1,200"]),
    );
    expect(numbers.errors).toEqual([]);
    expect(numbers.rows[0]).toMatchObject({ targetGroup: "elderly", plannedBeneficiaries: 1200 });
  });

  it("takes a name found in several places as the one inside the area the title above the table names, and says so; else asks", () => {
    const row = good("A-1");
    row[6] = "Sedulang";
    const titled = (title: string): SheetRow[] => [{ row: 1, cells: [title] }, ...sheet(HEADER, row).map((r) => ({ ...r, row: r.row + 1 }))];
    const inDistrict = readForTest(titled("Rekap Penerima Bansos per Desa - Kec. Muara Kaman - Tahun 2025"));
    expect(inDistrict.errors).toEqual([]);
    expect(inDistrict.rows[0]?.areas.map((a) => a.code)).toEqual(["64.02.11.2009"]);
    expect(inDistrict.rows[0]?.placeAsks).toEqual([]);
    expect(inDistrict.rows[0]?.messages).toContainEqual(
      expect.objectContaining({ field: "locations", level: "info", message: "importNotes.placeFromTitle", params: expect.objectContaining({ place: "Sedulang" }) }),
    );
    // No area in the title, or two areas apart: the person chooses, as before.
    for (const title of ["Rekap Penerima Bansos per Desa - Tahun 2025", "Program CSR Kota Bontang dan Kabupaten Berau 2025"]) {
      const read = readForTest(titled(title));
      expect(read.rows[0]?.areas).toEqual([]);
      expect(read.rows[0]?.placeAsks.map((a) => a.text)).toEqual(["Sedulang"]);
    }
  });

  it("reads the people from the title when the target group is blank, as a warning to check; refuses a title that names none", () => {
    const named = good("A-1");
    named[2] = "Penyediaan Makanan Korban Bencana Alam";
    named[5] = "";
    const unnamed = good("A-2");
    unnamed[2] = "Perbaikan gedung serbaguna";
    unnamed[5] = "";
    const { rows, errors } = readForTest(sheet(HEADER, named, unnamed));
    expect(rows[0]).toMatchObject({ targetGroup: "disaster_victims", targetGroupText: null, targetGroupInferred: true });
    expect(rows[0]?.messages.filter((m) => m.field === "target_group")).toEqual([
      expect.objectContaining({ level: "warning", message: "importNotes.targetFromTitle", params: expect.objectContaining({ term: expect.stringMatching(/korban bencana/i) }) }),
    ]);
    expect(errors).toEqual([{ row: 3, field: "target_group", message: "errors.targetGroupRequired" }]);
  });

  it("reports every problem of a row beside its field, naming the value", () => {
    const row: Cell[] = ["", "PT Alfa", "ab", "pendek", "Tambang", "", "64-72", "2026-05-01", "2026-04-01", "-5", "0"];
    const { rows, errors } = readForTest(sheet(HEADER, row));
    expect(errors.map((e) => [e.field, e.message, e.params ?? null])).toEqual([
      ["title", "errors.importTitleLength", { value: "ab" }],
      ["sector", "errors.importSectorUnknown", { value: "Tambang" }],
      ["target_group", "errors.targetGroupRequired", null],
      ["locations", "errors.importPlaceUnknown", { place: "64-72", suggestions: "" }],
      ["end_date", "errors.importDateOrder", { start: "2026-05-01", end: "2026-04-01" }],
      ["budget_idr", "errors.importNegative", { value: "-5" }],
    ]);
    // A blank ref gets a made one; 0 people is read as not known yet.
    expect(rows[0]?.ref).toMatch(/^IMP-/);
    expect(rows[0]?.plannedBeneficiaries).toBeNull();
  });

  it("reads amounts, counts, dates, places and target groups as Indonesian sheets write them", () => {
    const row = good("A-1");
    [row[5], row[6], row[7], row[8], row[9], row[10]] = ["balita stunting", "Kel. Guntung, Kec. Bontang Utara", "1/2/2026", "November 2026", "Rp 1,5 M", "± 1.250 orang"];
    const { rows, errors } = readForTest(sheet(HEADER, row));
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({
      startDate: "2026-02-01",
      endDate: "2026-11-30",
      budgetIdr: 1_500_000_000,
      plannedBeneficiaries: 1250,
      areas: [{ code: "64.74.01.1004", label: "Kel. Guntung, Kec. Bontang Utara, Kota Bontang, Kalimantan Timur" }],
      targetGroupText: "balita stunting",
      targetGroup: "children",
      targetGroupInferred: true,
    });
  });

  it("refuses a file without a title or a place column, naming what to add", () => {
    expect(readForTest(sheet(["ref", "judul", "sektor"], ["A-1", "PMT balita", "Kesehatan"])).errors).toEqual([
      { row: null, field: "locations", message: "errors.importPlaceColumnMissing" },
    ]);
    expect(readForTest(sheet(["catatan"], ["apa saja"])).errors).toEqual([{ row: null, field: null, message: "errors.importHeaderNotFound" }]);
  });

  it("reads the messy plan's layout, leaves out headings and the JUMLAH line, and gives section sectors", async () => {
    const read = readForTest(await readSheet("rencana.xlsx", await buildMessyXlsx()));
    expect(read.rows).toHaveLength(32);
    expect(read.fileMessages.map((m) => m.message)).toEqual([
      "importNotes.columnsRead",
      "importNotes.rowsLeftOut_total",
      "importNotes.rowsLeftOut_heading",
    ]);
    const byRow = new Map(read.rows.map((r) => [r.row, r]));
    expect(byRow.get(rowOfRef("ALFA-25-001"))?.messages.find((m) => m.field === "sector")).toMatchObject({
      level: "info",
      message: "importNotes.sectorFromSection",
      params: { sector: "@sectors.health" },
    });
    expect(byRow.get(rowOfRef("ALFA-25-028"))?.description).toBe("Pelatihan menjahit dan bantuan mesin jahit\nKeterangan: Dana sharing dengan Pemkot");
  });
  it("leaves out a totals line written in the title column, but not a program whose title starts with Total", () => {
    const total: Cell[] = ["", "", "TOTAL", "", "", "", "", "", "", "1.250.000.000", "1.400"];
    const jumlah: Cell[] = ["", "", "Jumlah Anggaran :", "", "", "", "", "", "", "900000000", ""];
    const program = good("A-2");
    program[2] = "Total Quality Management untuk UMKM binaan";
    const placed = good("A-3");
    placed[2] = "JUMLAH"; // a place says it is a program row, however odd its title
    const read = readForTest(sheet(HEADER, good("A-1"), program, placed, total, jumlah));
    expect(read.rows.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(read.fileMessages.find((m) => m.message === "importNotes.rowsLeftOut_total")?.params).toEqual({ rows: "5, 6" });
  });
});
