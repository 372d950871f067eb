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

/**
 * Columns that files written for people have beside the fields: a place written in separate
 * columns (village, district, regency, province), the year or period instead of two dates,
 * remarks, and the row number.
 */
export const EXTRA_COLUMNS = ["village", "district", "regency", "province", "year", "period", "notes", "row_no"] as const;
export type ExtraColumn = (typeof EXTRA_COLUMNS)[number];
export type ImportColumn = ImportField | ExtraColumn;

/** The field a message about a column concerns (a district column speaks for the locations). */
export const FIELD_OF_COLUMN: Record<ExtraColumn, ImportField | null> = {
  village: "locations",
  district: "locations",
  regency: "locations",
  province: "locations",
  year: "start_date",
  period: "start_date",
  notes: "description",
  row_no: null,
};

export const fieldOfColumn = (c: ImportColumn): ImportField | null => ((IMPORT_FIELDS as readonly string[]).includes(c) ? (c as ImportField) : FIELD_OF_COLUMN[c as ExtraColumn]);

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

// Headers as companies write them, compared without case, spaces or punctuation.
const SYNONYMS: Record<ImportColumn, string[]> = {
  ref: ["kode", "kode_program", "program_code", "code", "no_ref", "kode_kegiatan", "id_program", "kode_ref", "nomor_program", "ref_program"],
  company: ["perusahaan", "nama_perusahaan", "company_name", "company", "nama_pt", "pt", "badan_usaha", "nama_badan_usaha"],
  title: ["judul", "judul_program", "nama_program", "program", "nama_kegiatan", "judul_kegiatan", "program_kegiatan", "program_csr", "nama_program_kegiatan", "nama_program_csr", "title", "program_name", "project_name", "activity_name", "program_title", "name_of_program", "activity", "project", "program_kegiatan", "program_kegiatan_sub_kegiatan", "urusan_bidang_urusan_program_kegiatan_sub_kegiatan", "bidang_urusan_program_kegiatan_sub_kegiatan", "program_kegiatan_dan_sub_kegiatan", "kegiatan_sub_kegiatan", "nomenklatur", "uraian_program_kegiatan"],
  description: ["deskripsi", "deskripsi_kegiatan", "deskripsi_program", "uraian_singkat", "rincian_kegiatan", "rincian", "penjelasan", "description", "program_description", "activity_description", "project_description", "details"],
  sector: ["sektor", "bidang", "sektor_bidang", "bidang_sektor", "bidang_kegiatan", "bidang_program", "sektor_program", "pilar", "pilar_csr", "kategori_program", "sector", "pillar", "csr_pillar", "focus_area", "program_sector"],
  target_group: ["kelompok_sasaran", "sasaran", "sasaran_penerima_manfaat", "sasaran_program", "kelompok_penerima_manfaat", "target_sasaran", "sasaran_kegiatan", "target_group", "kelompok_target", "target_beneficiaries", "beneficiary_group", "target_beneficiary", "targeted_beneficiaries", "target_audience", "indikator_kinerja", "indikator", "indikator_sasaran", "indikator_kinerja_sub_kegiatan", "indikator_keluaran"],
  locations: ["location", "lokasi", "kode_wilayah", "kode_lokasi", "wilayah", "lokasi_desa", "lokasi_kegiatan", "lokasi_program", "alamat", "lokasi_pelaksanaan", "tempat", "locations"],
  start_date: ["tanggal_mulai", "tgl_mulai", "mulai", "start", "start_date", "tanggal_awal", "waktu_mulai", "tgl_awal", "date_start", "starting_date", "commencement_date"],
  end_date: ["tanggal_selesai", "tgl_selesai", "selesai", "end", "end_date", "tanggal_akhir", "tanggal_berakhir", "waktu_selesai", "tgl_akhir", "date_end", "finish_date", "completion_date", "ending_date"],
  budget_idr: ["budget", "anggaran", "anggaran_rp", "anggaran_idr", "budget_rp", "nilai", "nilai_rp", "biaya", "biaya_rp", "dana", "dana_rp", "total_anggaran", "jumlah_anggaran", "nilai_program", "rencana_anggaran", "budget_idr", "anggaran_rupiah", "total_budget", "program_budget", "cost", "amount", "planned_budget", "pagu", "pagu_indikatif", "pagu_anggaran", "pagu_dana", "alokasi_anggaran", "alokasi_dana"],
  beneficiaries: ["planned_beneficiaries", "beneficiaries", "jumlah_penerima", "jumlah_penerima_manfaat", "jumlah_penerima_manfaat_orang", "jumlah_sasaran", "jumlah_pm", "target_penerima_manfaat", "jumlah_peserta", "jml_penerima_manfaat", "jumlah_penerima_manfaat_jiwa", "no_of_beneficiaries", "number_of_beneficiaries", "total_beneficiaries", "num_beneficiaries", "beneficiaries_count"],
  village: ["desa", "kelurahan", "desa_kelurahan", "kelurahan_desa", "desa_kel", "kel_desa", "lokasi_desa_kelurahan", "nama_desa", "desa_kampung", "kampung", "village", "village_kelurahan"],
  district: ["kecamatan", "kec", "nama_kecamatan", "lokasi_kecamatan", "district", "sub_district", "subdistrict"],
  regency: ["kabupaten_kota", "kabupaten", "kota", "kab_kota", "kota_kabupaten", "kabupaten_kota_lokasi", "nama_kabupaten", "kab", "regency", "city", "regency_city", "district_city"],
  province: ["provinsi", "prov", "propinsi", "province"],
  year: ["tahun", "tahun_anggaran", "tahun_pelaksanaan", "ta", "tahun_program", "year", "fiscal_year"],
  period: ["periode", "waktu_pelaksanaan", "jadwal", "jadwal_pelaksanaan", "waktu", "periode_pelaksanaan", "pelaksanaan", "bulan_pelaksanaan", "jangka_waktu", "period", "timeline", "schedule", "duration", "implementation_period"],
  notes: ["keterangan", "ket", "catatan", "notes", "remarks", "comments", "note"],
  row_no: ["no", "nomor", "no_urut", "nmr"],
};

/**
 * Headers that can mean two columns, in order of preference: "Uraian" is the activity's name
 * when no other column names it, and its description otherwise; "Penerima Manfaat" is a count
 * when its cells are numbers, and the target group otherwise (see layout.ts).
 */
const AMBIGUOUS: Record<string, ImportColumn[]> = {
  uraian: ["title", "description"],
  uraiankegiatan: ["title", "description"],
  kegiatan: ["title", "description"],
  uraianprogram: ["title", "description"],
  penerimamanfaat: ["beneficiaries", "target_group"],
  penerima: ["beneficiaries", "target_group"],
  sasaranpenerima: ["target_group", "beneficiaries"],
  // A budget document's "Target" is a volume ("120 orang", "87 unit"); a company's, a group of people.
  target: ["target_group", "beneficiaries"],
  targetkinerja: ["beneficiaries", "target_group"],
  volume: ["beneficiaries", "target_group"],
  // English reports write "Beneficiaries" for the people ("Fishermen") as often as for their number.
  beneficiaries: ["beneficiaries", "target_group"],
  beneficiary: ["target_group", "beneficiaries"],
};

/** `Tanggal Mulai`, `tanggal_mulai` and `TANGGAL-MULAI` are one header; so is `Anggaran (Rp)` and `anggaran_rp`. */
export function normalizeHeader(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

const ALL_COLUMNS = [...IMPORT_FIELDS, ...EXTRA_COLUMNS] as const;
const BY_HEADER = new Map<string, ImportColumn>(
  ALL_COLUMNS.flatMap((c) => [c, ...SYNONYMS[c]].map((name) => [normalizeHeader(name), c] as const)),
);

const words = (text: string) =>
  text
    .normalize("NFKC")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** Keyword rules for headers no list can foresee ("Total Anggaran CSR 2025 (Rp)", "Jumlah Penerima Manfaat (KK)"). */
function guessByWords(text: string): ImportColumn | null {
  const w = words(text);
  const has = (...any: string[]) => any.some((x) => w.includes(x));
  // What was spent or reached is not the plan.
  if (has("realisasi", "terealisasi", "capaian", "realization")) return null;
  if (has("anggaran", "biaya", "budget", "pagu") || (has("nilai", "dana") && has("rp", "rupiah", "idr"))) return "budget_idr";
  if (has("jumlah", "jml", "total") && has("penerima", "sasaran", "peserta", "manfaat", "pm", "beneficiaries")) return "beneficiaries";
  if (has("kecamatan")) return "district";
  if (has("kabupaten", "kota") && !has("desa", "kelurahan")) return "regency";
  if (has("desa", "kelurahan")) return "village";
  if (has("lokasi", "wilayah")) return "locations";
  if (has("sasaran")) return "target_group";
  // "Program/Kegiatan/Sub Kegiatan" of a budget document names the activity (not "Bidang").
  if (!has("kode") && has("program") && has("kegiatan", "subkegiatan")) return "title";
  if (has("sektor", "bidang")) return "sector";
  if (has("mulai")) return "start_date";
  if (has("selesai", "berakhir")) return "end_date";
  if (has("periode", "pelaksanaan")) return "period";
  if (has("tahun")) return "year";
  if (has("perusahaan")) return "company";
  if (has("kode") && has("program", "kegiatan")) return "ref";
  if (has("nama", "judul") && has("program", "kegiatan")) return "title";
  // Headers of companies that report in English ("Name of CSR Project", "Target Beneficiaries (people)").
  if (has("beneficiaries", "beneficiary") && has("number", "no", "total", "count", "people", "persons")) return "beneficiaries";
  if (has("target") && has("beneficiaries", "beneficiary", "group")) return "target_group";
  if (has("name", "title") && has("program", "programme", "project", "activity")) return "title";
  if (has("location", "site")) return "locations";
  if (has("start", "commencement")) return "start_date";
  if (has("end", "finish", "completion")) return "end_date";
  if (has("deskripsi", "rincian")) return "description";
  if (has("keterangan", "catatan")) return "notes";
  return null;
}

/** What a header cell may name, best first; empty for a column the import does not use. */
export function readHeaderCell(text: string): ImportColumn[] {
  const key = normalizeHeader(text);
  if (key === "" || key.length > 60) return [];
  const ambiguous = AMBIGUOUS[key];
  if (ambiguous) return ambiguous;
  const exact = BY_HEADER.get(key);
  if (exact) return [exact];
  // A header is a few words; a sentence is data (or a title row) that happens to contain one.
  if (words(text).length > 6) return [];
  const guessed = guessByWords(text);
  return guessed ? [guessed] : [];
}

/** The field a header names, or null for a column the import does not use (a "No." column, say). */
export function mapHeaderToField(text: string): ImportField | null {
  const exact = BY_HEADER.get(normalizeHeader(text));
  return exact && (IMPORT_FIELDS as readonly string[]).includes(exact) ? (exact as ImportField) : null;
}
