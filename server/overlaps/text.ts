import { Stemmer } from "sastrawijs";
import type { Thesaurus } from "./thesaurus";

// Indonesian text normalisation for comparing CSR program descriptions. Pure functions: no
// database, no clock. The same text and thesaurus always give the same tokens.

/** Abbreviations CSR officers write, expanded before tokenising (the dot is optional). */
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bds\.?(?=\s|$)/g, "desa "],
  [/\bkel\.?(?=\s|$)/g, "kelurahan "],
  [/\bkec\.?(?=\s|$)/g, "kecamatan "],
  [/\bkab\.?(?=\s|$)/g, "kabupaten "],
  [/\bprov\.?(?=\s|$)/g, "provinsi "],
  [/\bkp\.?(?=\s|$)/g, "kampung "],
  [/\btj\.?(?=\s|$)/g, "tanjung "],
  [/\b(?:sei|sg)\.?(?=\s|$)/g, "sungai "],
  [/\bjt\.?(?=\s|$)/g, "juta "],
  [/\bm(?:ily|lyr|lr)\.?(?=\s|$)/g, "miliar "],
  [/\bkpd\b/g, "kepada "],
  [/\bdgn\b/g, "dengan "],
  [/\byg\b/g, "yang "],
  [/\butk\b/g, "untuk "],
  [/\bdr\b/g, "dari "],
  [/\bdlm\b/g, "dalam "],
  [/\bsbg\b/g, "sebagai "],
  [/\bthd\b/g, "terhadap "],
  [/\bthn\b/g, "tahun "],
  [/\bbln\b/g, "bulan "],
  [/\bmsy\b|\bmasy\.?(?=\s|$)/g, "masyarakat "],
  [/\bpddk\b/g, "penduduk "],
  [/\bklp\b|\bkel\.\s*tani\b/g, "kelompok "],
  [/\bs\/d\b/g, " sampai "],
  [/\bdll\b|\bdsb\b|\bdst\b/g, " "],
];

/** Function words and words every CSR text uses; they say nothing about the activity. */
const STOP_WORDS = new Set(
  `yang dan di ke dari untuk dengan pada bagi dalam oleh atau serta ini itu tersebut sebagai akan juga kepada para
  sebanyak melalui agar supaya sehingga karena adalah ialah yaitu yakni bahwa tidak belum sudah telah masih lebih
  setiap tiap semua seluruh berbagai beberapa banyak sejumlah antara hingga sampai selama sejak mulai secara terhadap
  tentang atas bawah per an se nya pun lah kah ada dapat bisa jadi harus perlu guna demi buah orang jiwa unit kk
  tahun bulan minggu hari juta miliar ribu rupiah rp total sekitar rata
  program kegiatan csr tjsl pt cv tbk persero perusahaan perseroan bumn dinas pemerintah pemkab pemkot pemprov provinsi kabupaten kota
  kecamatan kelurahan desa kampung dusun rt rw wilayah daerah lokasi setempat sekitar kawasan area
  tahap periode fase lanjutan baru kembali ke-`.split(/\s+/),
);

/** Stems that carry little about what a program does (help, improve, support...). Weighted down, not removed. */
const GENERIC_STEMS = new Set(
  `bantu tingkat kembang daya laksana dukung fasilitas sarana prasarana serah salur alur bagi beri sedia ada kelola
  masyarakat warga kelompok manfaat terima sasar mitra sama kerja giat tolong upaya wujud optimal kuat capai hasil
  dampak butuh layan ikut libat rangka dorong adakan paket keluarga kepala bangun buat ada`.split(/\s+/),
);

/**
 * Who a program serves, rather than what it does. The target group field already compares
 * the who; in the text these words would make a scholarship look like olympiad coaching
 * (both "siswa sekolah"), so they count for less.
 */
const AUDIENCE_TERMS = new Set(
  `pelajar sekolah mahasiswa balita anak warga perempuan ibu bapak keluarga nelayan tani pemuda lansia disabilitas yatim miskin
  guru umkm korban bumil remaja dewasa lakilaki pria`.split(/\s+/),
);

export const GENERIC_WEIGHT = 0.3;
export const AUDIENCE_WEIGHT = 0.4;

let stemmer: Stemmer | null = null;
const stemCache = new Map<string, string>();

/** Sastrawi's dictionary-based Indonesian stemmer, memoised (words repeat a lot). */
export function stem(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  stemmer ??= new Stemmer();
  const s = word.length <= 3 || /\d/.test(word) ? word : stemmer.stem(word) || word;
  if (stemCache.size > 200_000) stemCache.clear();
  stemCache.set(word, s);
  return s;
}

/** Lower case, no diacritics, abbreviations expanded, punctuation gone: the words as a list. */
export function rawWords(text: string): string[] {
  let s = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
  s = s.replace(/&/g, " dan ");
  for (const [re, to] of ABBREVIATIONS) s = s.replace(re, to);
  return s
    .replace(/[^a-z0-9]+/g, " ")
    .split(" ")
    .filter((w) => w.length > 0);
}

export interface Token {
  /** The stem, or the thesaurus concept a phrase stands for (`lansia` for "lanjut usia"). */
  term: string;
  /** 1 for words about the activity; less for generic words and words about the audience. */
  weight: number;
  /** The words as written, to show a reviewer ("perbaikan", not the stem "baik"). */
  surface: string;
}

function weightOf(term: string): number {
  if (GENERIC_STEMS.has(term)) return GENERIC_WEIGHT;
  if (AUDIENCE_TERMS.has(term)) return AUDIENCE_WEIGHT;
  return 1;
}

/**
 * The meaningful terms of a text: words stemmed, thesaurus phrases replaced by their concept,
 * numbers and stop words dropped, generic words marked.
 */
export function analyzeText(text: string, thesaurus: Thesaurus): Token[] {
  const words = rawWords(text).filter((w) => !/^\d+$/.test(w));
  const stems = words.map(stem);
  const out: Token[] = [];
  for (let i = 0; i < words.length;) {
    const hit = thesaurus.match(words, stems, i);
    if (hit) {
      out.push({ term: hit.concept, weight: weightOf(hit.concept), surface: words.slice(i, i + hit.length).join(" ") });
      i += hit.length;
      continue;
    }
    const w = words[i] ?? "";
    const s = stems[i] ?? "";
    i++;
    if (STOP_WORDS.has(w) || STOP_WORDS.has(s) || s.length < 2) continue;
    out.push({ term: s, weight: weightOf(s), surface: w });
  }
  return out;
}

/** The terms of an area name ("Sungai Kunjang" → sungai, kunjang), to leave places out of text similarity. */
export function placeTerms(name: string): string[] {
  return rawWords(name)
    .filter((w) => !STOP_WORDS.has(w))
    .map(stem);
}
