import { normalizeHeader } from "@/server/imports/columns";

// The columns of an indicator import (BPS poverty figures) and the header names people write for them.

/** The canonical (English) header, in template order: the format of db/seed/data/kaltim-poverty.csv. */
export const INDICATOR_FIELDS = ["area_code", "area_name", "year", "poverty_rate_pct", "poor_people", "source"] as const;
export type IndicatorField = (typeof INDICATOR_FIELDS)[number];

/** The Indonesian header of the template; any synonym below is accepted as well. */
export const INDONESIAN_INDICATOR_HEADERS: Record<IndicatorField, string> = {
  area_code: "kode_wilayah",
  area_name: "nama_wilayah",
  year: "tahun",
  poverty_rate_pct: "persentase_penduduk_miskin",
  poor_people: "jumlah_penduduk_miskin",
  source: "sumber",
};

const SYNONYMS: Record<IndicatorField, string[]> = {
  area_code: ["kode_wilayah", "kode", "kode_daerah", "kode_kemendagri", "code"],
  area_name: ["nama_wilayah", "wilayah", "nama_daerah", "kabupaten_kota", "name"],
  year: ["tahun", "periode"],
  poverty_rate_pct: ["persentase_penduduk_miskin", "persentase_kemiskinan", "tingkat_kemiskinan", "poverty_rate", "p0"],
  poor_people: ["jumlah_penduduk_miskin", "penduduk_miskin", "jumlah_miskin", "poor_population"],
  source: ["sumber", "sumber_data", "referensi"],
};

/** Which measure each value column fills. */
export const MEASURE_OF_FIELD = { poverty_rate_pct: "poverty_rate", poor_people: "poor_people" } as const;

const BY_HEADER = new Map<string, IndicatorField>(
  INDICATOR_FIELDS.flatMap((f) => [f, ...SYNONYMS[f]].map((name) => [normalizeHeader(name), f] as const)),
);

/** The field a header names, or null for a column the import does not use. */
export function mapIndicatorHeader(text: string): IndicatorField | null {
  return BY_HEADER.get(normalizeHeader(text)) ?? null;
}

/** The template's header line in one language. */
export function indicatorTemplateHeader(lang: "id" | "en"): string[] {
  return INDICATOR_FIELDS.map((f) => (lang === "id" ? INDONESIAN_INDICATOR_HEADERS[f] : f));
}
