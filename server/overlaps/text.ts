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
  tahun bulan minggu hari juta miliar ribu rupiah rp total sekitar rata sebesar senilai berjumlah
  program kegiatan csr tjsl pt cv tbk persero perusahaan perseroan bumn dinas pemerintah pemkab pemkot pemprov provinsi kabupaten kota
  kecamatan kelurahan desa kampung dusun rt rw wilayah daerah lokasi setempat sekitar kawasan area
  tahap periode fase lanjutan baru kembali ke-
  panjang lebar tinggi ukuran meter km kilometer kg liter ekor titik lembar pcs`.split(/\s+/),
);

/**
 * English function words and the English words every CSR text uses: companies write English
 * too, and "the" or "and" must not make a food package look like an outing.
 */
const ENGLISH_STOP_WORDS = new Set(
  `a an the and or nor but of to in on at for with without by from as into onto over under about above below after before
  between through during within across along around among upon via per than then so too very also just only even both
  each every all any some such no not own same other another more most less least many much few several
  is are was were be been being am has have had having do does did doing will would shall should can could may might must
  this that these those it its they them their theirs we us our ours you your yours he him his she her hers who whom whose
  which what when where why how there here while if because until unless although though
  programme program programs programmes project projects activity activities company companies csr tjsl
  village villages ward wards district districts subdistrict regency regencies city cities province provinces area areas
  region regions local community communities year years month months week weeks day days phase stage new
  people person persons unit units total approximately approx around about idr rupiah rp`.split(/\s+/),
);
for (const w of ENGLISH_STOP_WORDS) STOP_WORDS.add(w);

/** Stems that carry little about what a program does (help, improve, support...). Weighted down, not removed. */
const GENERIC_STEMS = new Set(
  `bantu tingkat kembang daya laksana dukung fasilitas sarana prasarana serah salur alur bagi beri sedia ada kelola
  masyarakat warga kelompok manfaat terima sasar mitra sama kerja giat tolong upaya wujud optimal kuat capai hasil
  dampak butuh layan ikut libat rangka dorong adakan paket keluarga kepala bangun buat ada latih terampil skill skills`.split(/\s+/),
);

/**
 * Who a program serves, rather than what it does. The target group field already compares
 * the who; in the text these words would make a scholarship look like olympiad coaching
 * (both "siswa sekolah"), so they count for less.
 */
const AUDIENCE_TERMS = new Set(
  `pelajar sekolah mahasiswa balita anak warga perempuan ibu bapak keluarga nelayan tani pemuda lansia disabilitas yatim miskin
  guru umkm korban bumil remaja dewasa lakilaki pria ternak`.split(/\s+/),
);

export const GENERIC_WEIGHT = 0.3;
export const AUDIENCE_WEIGHT = 0.4;
/**
 * Numbers help (the same 3.000 seedlings, the same Rp 1,5 juta per child) but must not make two
 * activities alike by themselves: a count of 30 is common, a year is shared by everything that
 * runs in it.
 */
export const NUMBER_WEIGHT = 0.4;
export const SMALL_NUMBER_WEIGHT = 0.15;
export const YEAR_WEIGHT = 0.1;

function numberWeight(value: number, written: string): number {
  if (/^(19|20)\d\d$/.test(written)) return YEAR_WEIGHT;
  return value < 10 ? SMALL_NUMBER_WEIGHT : NUMBER_WEIGHT;
}

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

function normalise(text: string): string {
  let s = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
  s = s.replace(/&/g, " dan ");
  for (const [re, to] of ABBREVIATIONS) s = s.replace(re, to);
  return s;
}

const split = (s: string) =>
  s
    .replace(/[^a-z0-9]+/g, " ")
    .split(" ")
    .filter((w) => w.length > 0);

/** Lower case, no diacritics, abbreviations expanded, punctuation gone: the words as a list. */
export function rawWords(text: string): string[] {
  return split(normalise(text));
}

/**
 * A written number with separators as one word: "3.000" and "3,000" → "3000", "1,5" and "1.5" →
 * "1p5" (the decimal kept for a multiplier that follows: "1,5 juta"). Dates and codes
 * ("14.07.2025", "64.02.05") are left alone and fall apart into their digits.
 */
function joinNumber(m: string): string {
  const groups = m.split(/[.,]/);
  const [first, ...rest] = groups;
  if (!first || first.length > 3) return m;
  if (rest.every((g) => g.length === 3)) return groups.join("");
  const last = rest[rest.length - 1] ?? "";
  if (last.length <= 2 && rest.slice(0, -1).every((g) => g.length === 3)) return `${groups.slice(0, -1).join("")}p${last}`;
  return m;
}

/**
 * The words of a text for comparison: as `rawWords`, and numbers kept whole ("3.000", "1,5"),
 * reduplication written with a 2 spelled out ("ibu2" → "ibu ibu"). `rawWords` stays as it is,
 * because program fingerprints are made of it.
 */
export function analysisWords(text: string): string[] {
  const s = normalise(text)
    .replace(/\b([a-z]{2,})2\b/g, "$1 $1")
    .replace(/\d+(?:[.,]\d+)+/g, joinNumber);
  return split(s);
}

const UNITS: Record<string, number> = {
  nol: 0,
  satu: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
  setengah: 0.5,
};
/** Words that are a whole number by themselves ("se-" + a power). */
const SE_SMALL: Record<string, number> = { sepuluh: 10, sebelas: 11, seratus: 100 };
const SE_BIG: Record<string, number> = { seribu: 1e3, sejuta: 1e6, semiliar: 1e9 };
const BIG: Record<string, number> = {
  ribu: 1e3,
  rb: 1e3,
  juta: 1e6,
  miliar: 1e9,
  milyar: 1e9,
  triliun: 1e12,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
};
const DIGITS = /^(\d+)(?:p(\d+))?(rb|ribu|juta|jt)?$/;

/**
 * The number that starts at `i`, spelled or in digits, with its multipliers: "3.000", "3000",
 * "3 ribu", "tiga ribu", "3rb" → 3000; "1,5 juta", "satu setengah juta" → 1500000;
 * "dua ratus lima puluh" → 250. Null when no number starts there.
 */
export function parseNumber(words: readonly string[], i: number): { value: number; length: number } | null {
  let total = 0;
  let group = 0;
  let unit: number | null = null;
  let any = false;
  let j = i;
  for (; j < words.length; j++) {
    const w = words[j] ?? "";
    const digits = DIGITS.exec(w);
    if (digits) {
      if (unit !== null || group !== 0) break;
      unit = Number(`${digits[1]}.${digits[2] ?? "0"}`);
      any = true;
      if (digits[3]) {
        total += unit * (BIG[digits[3] === "jt" ? "juta" : digits[3]] ?? 1);
        unit = null;
      }
      continue;
    }
    const u = UNITS[w];
    if (u !== undefined) {
      if (w === "setengah" && unit !== null && unit % 1 === 0) unit += 0.5;
      else if (unit !== null) break;
      else unit = u;
      any = true;
      continue;
    }
    const small = SE_SMALL[w];
    if (small !== undefined) {
      if (unit !== null) break;
      group += small;
      any = true;
      continue;
    }
    const seBig = SE_BIG[w];
    if (seBig !== undefined) {
      if (unit !== null || group !== 0) break;
      total += seBig;
      any = true;
      continue;
    }
    if (w === "belas" || w === "puluh" || w === "ratus") {
      if (unit === null) break;
      group += w === "belas" ? 10 + unit : unit * (w === "puluh" ? 10 : 100);
      unit = null;
      continue;
    }
    const big = BIG[w];
    if (big !== undefined && (unit !== null || group !== 0)) {
      total += (group + (unit ?? 0)) * big;
      group = 0;
      unit = null;
      continue;
    }
    break;
  }
  if (!any) return null;
  return { value: Math.round((total + group + (unit ?? 0)) * 100) / 100, length: j - i };
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
 * numbers normalised ("3.000", "3 ribu", "tiga ribu" → "3000"), stop words dropped (Indonesian
 * and English), generic words marked.
 */
export function analyzeText(text: string, thesaurus: Thesaurus): Token[] {
  const words = analysisWords(text);
  const stems = words.map(stem);
  const out: Token[] = [];
  for (let i = 0; i < words.length;) {
    const hit = thesaurus.match(words, stems, i);
    if (hit) {
      out.push({ term: hit.concept, weight: weightOf(hit.concept), surface: words.slice(i, i + hit.length).join(" ") });
      i += hit.length;
      continue;
    }
    const num = parseNumber(words, i);
    if (num) {
      const written = words.slice(i, i + num.length).join(" ");
      // Shown to a reviewer as written, or in Indonesian notation where the digits lost their dots ("3.000").
      const surface = /^\d+$/.test(written) && !/^(19|20)\d\d$/.test(written) ? num.value.toLocaleString("id-ID") : written;
      out.push({ term: String(num.value), weight: numberWeight(num.value, written), surface });
      i += num.length;
      continue;
    }
    const w = words[i] ?? "";
    const s = stems[i] ?? "";
    i++;
    if (STOP_WORDS.has(w) || STOP_WORDS.has(s) || s.length < 2 || /\d/.test(w)) continue;
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
