import { splitTargetWords } from "./normalise";

// Whether two programs serve the same people, read from their target groups in words, for the
// overlap detector: "nelayan" and "nelayan Muara Badak" are the same people, "ibu hamil" and
// "ibu rumah tangga" are not. Pure; the category comparison lives beside it in scoring.

/** Words that say nothing about who is served: function words, "warga", administrative places, counts. */
const NOT_TARGET_WORDS = new Set(
  `dan di ke dari yang untuk bagi serta atau para kaum se sekitar setempat lokal umum seluruh semua sebanyak
  warga masyarakat penduduk kelompok orang jiwa kk
  desa kelurahan kel kecamatan kec kabupaten kab kota kampung kp dusun rt rw provinsi wilayah daerah kawasan ring
  the and of for in with people community communities residents`.split(/\s+/),
);

/** Short forms written for a group, read as its full words so "Poktan X" meets "kelompok tani X". */
const SHORT_FORMS: Record<string, string[]> = {
  poktan: ["tani"],
  gapoktan: ["tani"],
  kwt: ["wanita", "tani"],
  pokdakan: ["pembudidaya", "ikan"],
  bumil: ["ibu", "hamil"],
  busui: ["ibu", "menyusui"],
  nakes: ["tenaga", "kesehatan"],
  ponpes: ["pondok", "pesantren"],
  anjal: ["anak", "jalanan"],
};

/** The words of a target group that name the people: "Para nelayan di Desa Tanjung Limau" → nelayan, tanjung, limau. */
export function targetContentWords(text: string | null | undefined): Set<string> {
  const words = splitTargetWords(text ?? "").flatMap((w) => SHORT_FORMS[w] ?? [w]);
  return new Set(words.filter((w) => !NOT_TARGET_WORDS.has(w) && !/^\d+$/.test(w)));
}

/** Share of the shorter list of words the other must also have to count as the same people. */
export const SAME_TARGET_WORDS = 0.75;

/**
 * The words two target groups share, when they share enough to be the same people (most of the
 * shorter one's words, place names of either program left out); null otherwise.
 */
export function sharedTargetWords(a: ReadonlySet<string>, b: ReadonlySet<string>, places: ReadonlySet<string> = new Set()): string[] | null {
  const x = [...a].filter((w) => !places.has(w));
  const y = new Set([...b].filter((w) => !places.has(w)));
  if (x.length === 0 || y.size === 0) return null;
  const shared = x.filter((w) => y.has(w));
  return shared.length / Math.min(x.length, y.size) >= SAME_TARGET_WORDS ? shared : null;
}
