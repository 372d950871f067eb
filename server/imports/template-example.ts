// The example program the templates carry under their header, and the rule that keeps it out of
// an import. Pure: the import pipeline skips example rows with isExampleRef.
import type { ImportField } from "./columns";

/**
 * Whether a row is an example to skip: its ref starts with `CONTOH` (or `EXAMPLE`), as the
 * templates' example row does, in any case and followed by anything but a letter (`CONTOH-1`,
 * `contoh 2`; not `CONTOHKU`). People keep the example while filling in their own rows, and some
 * copy it to add more; importing it as a program would be worse than skipping it silently.
 */
export function isExampleRef(ref: string): boolean {
  return /^(?:contoh|example)(?![a-z])/i.test(ref.normalize("NFKC").trim());
}

/**
 * A realistic Kaltim program as a company would write it (in Indonesian, whatever the header
 * language): target group in words, the village by its name, the budget with `Rp`. The XLSX
 * template gets typed cells (a date, a number formatted as rupiah); the CSV the text a person types.
 */
export const EXAMPLE_PROGRAM = {
  ref: "CONTOH-1",
  company: "PT Contoh Energi Kaltim",
  title: "Posyandu balita stunting Desa Sungai Meriam",
  description:
    "Pemberian makanan tambahan (PMT) lokal, kelas gizi untuk ibu balita, dan pemantauan tumbuh kembang bulanan di 4 posyandu desa, bersama Puskesmas Anggana dan kader desa.",
  target_group: "balita stunting",
  locations: "Desa Sungai Meriam, Kec. Anggana, Kukar",
  start: { year: 2027, month: 2, day: 1 },
  end: { year: 2027, month: 12, day: 31 },
  budgetIdr: 150_000_000,
  beneficiaries: 120,
} as const;

const pad = (n: number) => String(n).padStart(2, "0");

/** The example as CSV text cells, by field; the sector is a label of the template's language. */
export function exampleTextCells(sectorLabel: string): Record<ImportField, string> {
  const e = EXAMPLE_PROGRAM;
  return {
    ref: e.ref,
    company: e.company,
    title: e.title,
    description: e.description,
    sector: sectorLabel,
    target_group: e.target_group,
    locations: e.locations,
    start_date: `${pad(e.start.day)}/${pad(e.start.month)}/${e.start.year}`,
    end_date: `${pad(e.end.day)}/${pad(e.end.month)}/${e.end.year}`,
    budget_idr: "Rp 150.000.000",
    beneficiaries: String(e.beneficiaries),
  };
}
