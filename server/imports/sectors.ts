// The sector of a row as companies write it: "Pendidikan", "Bidang Kesehatan Masyarakat",
// "Ekonomi/UMKM", "A. LINGKUNGAN HIDUP". Pure: used by the import and its tests.
import { SECTORS, type Sector } from "@/lib/enums";

/** Words that name a sector on their own; a cell naming two sectors ("Sosial Ekonomi") is not guessed. */
const SECTOR_WORDS: Record<string, Sector> = {
  ekonomi: "economy",
  economy: "economy",
  economic: "economy",
  umkm: "economy",
  ukm: "economy",
  kewirausahaan: "economy",
  pendidikan: "education",
  edukasi: "education",
  education: "education",
  literasi: "education",
  kesehatan: "health",
  health: "health",
  kesmas: "health",
  lingkungan: "environment",
  environment: "environment",
  konservasi: "environment",
  kehutanan: "environment",
  sosial: "social",
  social: "social",
  kemasyarakatan: "social",
  keagamaan: "social",
  kemanusiaan: "social",
  sanitasi: "health",
  gizi: "health",
  infrastruktur: "infrastructure",
  infrastructure: "infrastructure",
  sarpras: "infrastructure",
  bencana: "disaster",
  kebencanaan: "disaster",
  disaster: "disaster",
};

/**
 * Fields with no sector of their own, and the sector the forum files them under. A row read
 * this way says so (an info beside the sector), so the officer can change it.
 */
const FILED_UNDER: Record<string, Sector> = {
  // Sport, youth, arts and religion: social.
  olahraga: "social",
  kepemudaan: "social",
  pemuda: "social",
  seni: "social",
  kesenian: "social",
  religi: "social",
  agama: "social",
  sport: "social",
  sports: "social",
  youth: "social",
  religious: "social",
  culture: "social",
  // Farming, fishing and tourism are livelihoods: economy.
  pertanian: "economy",
  perikanan: "economy",
  peternakan: "economy",
  perkebunan: "economy",
  pariwisata: "economy",
  agriculture: "economy",
  tourism: "economy",
  livelihood: "economy",
  livelihoods: "economy",
};

/** Several words together: "sarana prasarana" is infrastructure, "pemberdayaan ekonomi" economy. */
const SECTOR_PHRASES: [RegExp, Sector][] = [
  [/\bsarana\b.*\bprasarana\b/, "infrastructure"],
  [/\bpemberdayaan masyarakat\b/, "economy"],
  [/\bbudaya\b/, "social"],
];

/** Words around a sector name that say nothing about which one it is. */
const FILLER = new Set(["bidang", "sektor", "pilar", "program", "csr", "dan", "the", "sector", "a", "b", "c", "d", "e", "i", "ii", "iii", "iv", "v", "vi", "vii"]);

const tokensOf = (text: string) =>
  text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter((w) => w && !FILLER.has(w) && !/^\d+$/.test(w));

export type SectorReading = { sector: Sector; filedUnder?: true } | { sector: null; reason: "blank" | "unknown" | "ambiguous" };

/** The sector a cell names, or why none: blank, unknown words, or words of two sectors. */
export function readSector(text: string): SectorReading {
  const tokens = tokensOf(text);
  if (tokens.length === 0) return { sector: null, reason: "blank" };
  const found = new Set<Sector>();
  for (const t of tokens) {
    const s = SECTOR_WORDS[t] ?? (SECTORS as readonly string[]).find((code) => code === t);
    if (s) found.add(s as Sector);
  }
  if (found.size === 0) {
    const joined = tokens.join(" ");
    for (const [pattern, sector] of SECTOR_PHRASES) if (pattern.test(joined)) found.add(sector);
  }
  if (found.size === 1) return { sector: [...found][0] as Sector };
  if (found.size === 0) {
    const filed = new Set(tokens.map((t) => FILED_UNDER[t]).filter((x): x is Sector => x !== undefined));
    if (filed.size === 1) return { sector: [...filed][0] as Sector, filedUnder: true };
    if (filed.size > 1) return { sector: null, reason: "ambiguous" };
  }
  return { sector: null, reason: found.size === 0 ? "unknown" : "ambiguous" };
}

/**
 * Words of a program's title that point to one sector when the file has no sector at all:
 * "Beasiswa", "Posyandu", "Sumur bor". Only a clear single hint counts; the row then carries a
 * warning saying the sector was read from the title.
 */
const TITLE_HINTS: [RegExp, Sector][] = [
  [/\b(beasiswa|sekolah|guru|siswa|murid|paud|literasi|perpustakaan|pendidikan|santri|mahasiswa)\b/, "education"],
  [/\b(posyandu|stunting|gizi|puskesmas|kesehatan|pmt|imunisasi|sanitasi|jamban|balita|lansia sehat|pengobatan|donor darah)\b/, "health"],
  [/\b(umkm|ukm|usaha|wirausaha|koperasi|pelatihan kerja|pemasaran|ekonomi|budidaya|peternakan|pertanian|nelayan|bumdes)\b/, "economy"],
  [/\b(penghijauan|mangrove|bibit pohon|penanaman pohon|bank sampah|sampah|konservasi|lingkungan|reboisasi)\b/, "environment"],
  [/\b(jalan|jembatan|sumur bor|air bersih|drainase|rehab gedung|renovasi|pembangunan gedung|listrik|infrastruktur)\b/, "infrastructure"],
  [/\b(bencana|banjir|kebakaran|longsor|tanggap darurat|evakuasi)\b/, "disaster"],
  [/\b(santunan|sembako|yatim|bedah rumah|rumah layak huni|rtlh|disabilitas|panti|sosial)\b/, "social"],
];

/** The sector a title suggests, when exactly one kind of word in it does. */
export function guessSectorFromTitle(title: string): Sector | null {
  const text = title.normalize("NFKC").toLowerCase();
  const found = new Set(TITLE_HINTS.filter(([p]) => p.test(text)).map(([, s]) => s));
  return found.size === 1 ? ([...found][0] as Sector) : null;
}
