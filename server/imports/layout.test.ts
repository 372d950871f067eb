import { describe, expect, it } from "vitest";
import type { Cell, SheetRow } from "./cells";
import { readHeaderCell } from "./columns";
import { detectLayout } from "./layout";

const sheet = (...rows: Cell[][]): SheetRow[] => rows.map((cells, i) => ({ row: i + 1, cells }));
const columnsOf = (rows: SheetRow[]) => detectLayout(rows)?.columns.map((c) => [c.name, c.column]);

describe("reading the columns of a sheet written for people", () => {
  it("finds the header under title rows, skips a row of column numbers, and reads the year of the title", () => {
    const rows = sheet(
      ["DAFTAR PROGRAM CSR PT ALFA TAMBANG TAHUN 2025"],
      ["Kota Bontang"],
      ["No", "Nama Program", "Lokasi / Desa", "Kecamatan", "Kabupaten/Kota", "Anggaran (Rp)", "Jumlah Penerima Manfaat (orang)", "Keterangan"],
      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"],
      [1, "Posyandu lansia", "Guntung", "Bontang Utara", "Bontang", 1000, 10, null],
    );
    const layout = detectLayout(rows);
    expect(layout).toMatchObject({ headerRow: 3, firstDataIndex: 4, titleYear: 2025 });
    expect(columnsOf(rows)).toEqual([
      ["No", "row_no"],
      ["Nama Program", "title"],
      ["Lokasi / Desa", "locations"],
      ["Kecamatan", "district"],
      ["Kabupaten/Kota", "regency"],
      ["Anggaran (Rp)", "budget_idr"],
      ["Jumlah Penerima Manfaat (orang)", "beneficiaries"],
      ["Keterangan", "notes"],
    ]);
  });

  it("reads a second header row under a merged 'Lokasi' (the merge repeats it in each cell)", () => {
    // Merged down, the first columns repeat in the second row, which then names the most columns.
    const merged = sheet(
      ["Kegiatan", "Sasaran", "Lokasi", "Lokasi", "Lokasi", "Waktu Pelaksanaan"],
      ["Kegiatan", "Sasaran", "Desa/Kelurahan", "Kecamatan", "Kabupaten/Kota", "Waktu Pelaksanaan"],
      ["PMT balita", "balita", "Guntung", "Bontang Utara", "Bontang", "2025"],
    );
    expect(detectLayout(merged)).toMatchObject({ headerRow: 2, firstDataIndex: 2 });
    expect(detectLayout(merged)?.columns.map((c) => c.column)).toEqual(["title", "target_group", "village", "district", "regency", "period"]);
    // Not merged down: the first row is the header and the second refines the group.
    const split = sheet(
      ["Kegiatan", "Sasaran", "Bidang", "Lokasi", null, null, "Waktu Pelaksanaan"],
      [null, null, null, "Desa/Kelurahan", "Kecamatan", "Kabupaten/Kota", null],
      ["PMT balita", "balita", "Kesehatan", "Guntung", "Bontang Utara", "Bontang", "2025"],
    );
    expect(detectLayout(split)).toMatchObject({ headerRow: 1, firstDataIndex: 2 });
    expect(detectLayout(split)?.columns.map((c) => [c.name, c.column])).toEqual([
      ["Kegiatan", "title"],
      ["Sasaran", "target_group"],
      ["Bidang", "sector"],
      ["Lokasi / Desa/Kelurahan", "village"],
      ["Kecamatan", "district"],
      ["Kabupaten/Kota", "regency"],
      ["Waktu Pelaksanaan", "period"],
    ]);
  });

  it("gives 'Uraian' to the description when another column names the program, and to the title otherwise", () => {
    expect(columnsOf(sheet(["Nama Kegiatan", "Uraian", "Lokasi"]))).toEqual([
      ["Nama Kegiatan", "title"],
      ["Uraian", "description"],
      ["Lokasi", "locations"],
    ]);
    expect(columnsOf(sheet(["No", "Uraian", "Lokasi", "Sektor"]))?.[1]).toEqual(["Uraian", "title"]);
  });

  it("reads 'Penerima Manfaat' as a count when its cells are numbers, as the target group when they are words", () => {
    const header = ["Judul", "Lokasi", "Penerima Manfaat"];
    expect(columnsOf(sheet(header, ["A", "B", "120 orang"], ["C", "D", 40]))?.[2]).toEqual(["Penerima Manfaat", "beneficiaries"]);
    expect(columnsOf(sheet(header, ["A", "B", "lansia"], ["C", "D", "nelayan"]))?.[2]).toEqual(["Penerima Manfaat", "target_group"]);
  });

  it("knows headers as companies write them, and leaves realisation and sentences alone", () => {
    const cases: [string, string[]][] = [
      ["Nama Program", ["title"]],
      ["Sektor/Bidang", ["sector"]],
      ["Bidang", ["sector"]],
      ["Kelompok Sasaran", ["target_group"]],
      ["Sasaran / Penerima Manfaat", ["target_group"]],
      ["Desa/Kelurahan", ["village"]],
      ["Kabupaten/Kota", ["regency"]],
      ["Nilai (Rp)", ["budget_idr"]],
      ["Biaya", ["budget_idr"]],
      ["Total Anggaran CSR 2025 (Rp)", ["budget_idr"]],
      ["Tahun", ["year"]],
      ["Periode", ["period"]],
      ["Waktu Pelaksanaan", ["period"]],
      ["No.", ["row_no"]],
      ["Keterangan", ["notes"]],
      // Companies that report in English.
      ["Program Name", ["title"]],
      ["Name of CSR Project", ["title"]],
      ["Target Beneficiaries", ["target_group"]],
      ["No. of Beneficiaries", ["beneficiaries"]],
      ["Number of beneficiaries (people)", ["beneficiaries"]],
      ["Budget (IDR)", ["budget_idr"]],
      ["Location", ["locations"]],
      ["Sub-district", ["district"]],
      ["Start Date", ["start_date"]],
      ["End Date", ["end_date"]],
      ["Remarks", ["notes"]],
      // Budget documents (RKPD, Renja, DPA).
      ["Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan", ["title"]],
      ["Program/Kegiatan/Sub Kegiatan", ["title"]],
      ["Pagu Indikatif (Rp)", ["budget_idr"]],
      ["Indikator Kinerja", ["target_group"]],
      ["Target", ["target_group", "beneficiaries"]],
      ["Realisasi Anggaran", []],
      ["Program ini dilaksanakan bersama kader posyandu di desa", []],
    ];
    for (const [header, expected] of cases) expect(readHeaderCell(header), header).toEqual(expected);
  });

  it("finds no header in a sheet that names fewer than two known columns", () => {
    expect(detectLayout(sheet(["Catatan rapat"], ["Pembahasan program tahun depan"]))).toBeNull();
  });
});
