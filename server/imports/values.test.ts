import { describe, expect, it } from "vitest";
import type { Cell } from "./cells";
import { parseCount, parseRupiah, type ValueResult } from "./values";

const NBSP = "\u00A0";
const NNBSP = "\u202F";

/** What a parser gave, in one comparable shape: the number, null, or the message key. */
const outcome = (r: ValueResult<number | null>) => (r.ok ? r.value : r.message);

// Cells as they arrive from real company sheets: typed, pasted from Word or WhatsApp, exported.
const RUPIAH: [Cell, number | null | string][] = [
  // blank and "not known yet": null, never zero
  [null, null],
  ["", null],
  ["   ", null],
  [NBSP, null],
  ["-", null],
  ["—", null],
  ["–", null],
  ["Rp -", null],
  ["belum ada", null],
  ["Belum Ada", null],
  ["TBD", null],
  ["tbd.", null],
  ["n/a", null],
  ["N/A", null],
  ["?", null],
  ["menyusul", null],
  ["Sesuai RAB", null],
  ["menyesuaikan", null],
  ["Tentatif", null],
  // plain and grouped
  ["0", 0],
  ["150000000", 150_000_000],
  ["150.000.000", 150_000_000],
  ["150,000,000", 150_000_000],
  [`150${NBSP}000${NBSP}000`, 150_000_000],
  [`Rp${NNBSP}150.000.000`, 150_000_000],
  ["1.500", 1_500],
  ["1,500", 1_500],
  ["Rp 1.500.000", 1_500_000],
  ["rp 1.500.000", 1_500_000],
  ["RP1.500.000", 1_500_000],
  ["Rp1.500.000,-", 1_500_000],
  ["Rp 1.500.000,—", 1_500_000],
  ["Rp 1.500.000.-", 1_500_000],
  ["Rp250.000.000,00", 250_000_000],
  ["250.000.000,00", 250_000_000],
  ["IDR 2,500,000", 2_500_000],
  ["IDR 2,500,000.00", 2_500_000],
  ["2.500.000 IDR", 2_500_000],
  ["Rp. 50.000.000", 50_000_000],
  ["Rp.50.000.000", 50_000_000],
  ["Rp: 50.000.000", 50_000_000],
  ["50.000.000 rupiah", 50_000_000],
  ["  Rp   75.000.000  ", 75_000_000],
  ["Rp 150.000.000 (seratus lima puluh juta rupiah)", 150_000_000],
  ["± Rp 150.000.000", 150_000_000],
  ["kurang lebih 150 juta", 150_000_000],
  ["sekitar Rp 1,5 M", 1_500_000_000],
  // units
  ["1,5 M", 1_500_000_000],
  ["Rp 1,5M", 1_500_000_000],
  ["1,5 miliar", 1_500_000_000],
  ["1,5 Miliar", 1_500_000_000],
  ["1.5 milyar", 1_500_000_000],
  ["1,1 M", 1_100_000_000],
  ["2 T", 2_000_000_000_000],
  ["2 triliun", 2_000_000_000_000],
  ["0,25 trilyun", 250_000_000_000],
  ["250 jt", 250_000_000],
  ["250 juta", 250_000_000],
  ["250Jt", 250_000_000],
  ["250 jt.", 250_000_000],
  ["Rp 1.500 juta", 1_500_000_000],
  ["1,25 jt", 1_250_000],
  ["750 rb", 750_000],
  ["750 ribu", 750_000],
  ["750RB", 750_000],
  ["750k", 750_000],
  ["1.5 B", 1_500_000_000],
  // numeric cells
  [150_000_000, 150_000_000],
  [1_500_000.0000001, 1_500_000],
  [1_499_999.999, 1_500_000],
  [0, 0],
  // refused, each with a reason
  [1_500_000.5, "errors.importRupiahNotWhole"],
  [1.5, "errors.importRupiahAmbiguous"],
  [-5, "errors.importNegative"],
  ["1.5", "errors.importRupiahAmbiguous"],
  ["1,5", "errors.importRupiahAmbiguous"],
  ["Rp 2,75", "errors.importRupiahAmbiguous"],
  ["1.500.000,50", "errors.importRupiahNotWhole"],
  ["1,234567 rb", "errors.importRupiahNotWhole"],
  ["1,500 jt", "errors.importDecimalAmbiguous"],
  ["-5.000.000", "errors.importNegative"],
  ["Rp -5.000.000", "errors.importNegative"],
  ["-Rp 5.000.000", "errors.importNegative"],
  ["(Rp 5.000.000)", "errors.importNegative"],
  ["−5000", "errors.importNegative"],
  ["12.34.5", "errors.importRupiah"],
  ["150.000.0000", "errors.importRupiah"],
  ["satu juta", "errors.importRupiah"],
  ["100-150 juta", "errors.importRupiah"],
  ["Rp 150 jt/tahun", "errors.importRupiah"],
  ["150 kg", "errors.importRupiah"],
  ["1e6", "errors.importRupiah"],
  ["tidak ada", "errors.importRupiah"],
  ["9.999.999 T", "errors.importRupiahTooLarge"],
  [new Date(Date.UTC(2026, 0, 1)), "errors.importRupiah"],
  [Number.NaN, "errors.importRupiah"],
];

describe("reading rupiah amounts", () => {
  it("has a table of at least 60 messy cases", () => expect(RUPIAH.length).toBeGreaterThanOrEqual(60));

  it.each(RUPIAH)("%j → %j", (cell, expected) => {
    expect(outcome(parseRupiah(cell))).toBe(expected);
  });

  it("names the value as typed in the message, on one line and cut when long", () => {
    expect(parseRupiah("Rp 1.500.000,50")).toEqual({
      ok: false,
      message: "errors.importRupiahNotWhole",
      params: { value: "Rp 1.500.000,50" },
    });
    const r = parseRupiah(`kira-kira\n${"sangat ".repeat(20)}mahal`);
    expect(r.ok ? null : r.params?.value).toMatch(/^kira-kira sangat .{40,}…$/);
    expect(r.ok ? null : r.params?.value).toHaveLength(60);
  });
});

const COUNTS: [Cell, number | null | string][] = [
  [null, null],
  ["", null],
  ["-", null],
  ["belum ada", null],
  ["0", 0],
  ["1250", 1_250],
  ["1.250", 1_250],
  ["1,250", 1_250],
  [`1${NBSP}250`, 1_250],
  ["1250 orang", 1_250],
  ["1.250 Orang", 1_250],
  ["1250org", 1_250],
  ["± 300", 300],
  ["±300 jiwa", 300],
  ["~ 300", 300],
  ["kurang lebih 300 orang", 300],
  ["120 balita", 120],
  ["120 balita stunting", 120],
  ["45 lansia", 45],
  ["300 peserta.", 300],
  ["1,5 rb", 1_500],
  ["1,5 ribu orang", 1_500],
  ["2 juta jiwa", 2_000_000],
  [300, 300],
  [299.9999999, 300],
  ["300 KK", "errors.importCountUnit"],
  ["300 kk", "errors.importCountUnit"],
  ["250 rumah tangga miskin", "errors.importCountUnit"],
  ["12 kelompok", "errors.importCountUnit"],
  ["5 desa", "errors.importCountUnit"],
  ["1,5", "errors.importCountNotWhole"],
  ["1250,5", "errors.importCountNotWhole"],
  [12.5, "errors.importCountNotWhole"],
  ["-3", "errors.importNegative"],
  [-3, "errors.importNegative"],
  ["1,500 rb", "errors.importDecimalAmbiguous"],
  ["> 300", "errors.importCount"],
  ["banyak", "errors.importCount"],
  ["100-200", "errors.importCount"],
  [new Date(Date.UTC(2026, 0, 2)), "errors.importCount"],
];

describe("reading counts of people", () => {
  it.each(COUNTS)("%j → %j", (cell, expected) => {
    expect(outcome(parseCount(cell))).toBe(expected);
  });

  it("names the unit that is not people, as typed", () => {
    expect(parseCount("300 KK")).toEqual({ ok: false, message: "errors.importCountUnit", params: { value: "300 KK", unit: "KK" } });
  });
});
