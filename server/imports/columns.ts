// The columns of a program import and the header names people write for them.

/** The canonical (English) header, in template order. */
export const IMPORT_FIELDS = [
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
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** The Indonesian header of the templates; any synonym below is accepted as well. */
export const INDONESIAN_HEADERS: Record<ImportField, string> = {
  ref: "kode_program",
  company: "perusahaan",
  title: "judul",
  description: "deskripsi",
  sector: "sektor",
  target_group: "kelompok_sasaran",
  locations: "lokasi",
  start_date: "tanggal_mulai",
  end_date: "tanggal_selesai",
  budget_idr: "anggaran_rp",
  beneficiaries: "penerima_manfaat",
};

const SYNONYMS: Record<ImportField, string[]> = {
  ref: ["kode", "kode_program", "program_code", "code", "no_ref"],
  company: ["perusahaan", "nama_perusahaan", "company_name"],
  title: ["judul", "judul_program", "nama_program", "program"],
  description: ["deskripsi", "deskripsi_kegiatan", "uraian", "uraian_kegiatan"],
  sector: ["sektor"],
  target_group: ["kelompok_sasaran", "sasaran", "target"],
  locations: ["location", "lokasi", "kode_wilayah", "kode_lokasi", "wilayah"],
  start_date: ["tanggal_mulai", "tgl_mulai", "mulai", "start"],
  end_date: ["tanggal_selesai", "tgl_selesai", "selesai", "end"],
  budget_idr: ["budget", "anggaran", "anggaran_rp", "anggaran_idr", "budget_rp"],
  beneficiaries: ["planned_beneficiaries", "penerima_manfaat", "jumlah_penerima", "jumlah_penerima_manfaat"],
};

/** `Tanggal Mulai`, `tanggal_mulai` and `TANGGAL-MULAI` are one header; so is `Anggaran (Rp)` and `anggaran_rp`. */
export function normalizeHeader(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

const BY_HEADER = new Map<string, ImportField>(
  IMPORT_FIELDS.flatMap((f) => [f, ...SYNONYMS[f]].map((name) => [normalizeHeader(name), f] as const)),
);

/** The field a header names, or null for a column the import does not use (a "No." column, say). */
export function mapHeaderToField(text: string): ImportField | null {
  return BY_HEADER.get(normalizeHeader(text)) ?? null;
}
