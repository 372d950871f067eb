import { rawWords } from "./text";

// Co-funding partners each register the joint activity, often naming the other ("bersama PT
// Semen Kalimantan Perkasa", "kolaborasi ASW"). Pure functions over names and texts.

const LEGAL_WORDS = new Set(["pt", "cv", "tbk", "persero", "perseroda", "perum", "ud", "koperasi", "yayasan", "the", "dan"]);

/** The words that identify a company: "PT Semen Kalimantan Perkasa Tbk" → semen, kalimantan, perkasa. */
export function companyWords(name: string): string[] {
  return rawWords(name).filter((w) => !LEGAL_WORDS.has(w));
}

/** The initials companies go by: "PT Dermaga Kariangau Utama" → "DKU". Only three letters or more count. */
export function companyAcronym(name: string): string | null {
  const words = companyWords(name);
  return words.length >= 3
    ? words
        .map((w) => w[0])
        .join("")
        .toUpperCase()
    : null;
}

/** What identifies a company in a text, worked out once per program rather than once per pair. */
export interface CompanyNames {
  words: string[];
  acronym: string | null;
}

export function companyNames(name: string): CompanyNames {
  return { words: companyWords(name), acronym: companyAcronym(name) };
}

/** A text prepared for `mentions`: its words, and the runs of capital letters it holds ("DKU"). */
export interface MentionIndex {
  words: string[];
  wordSet: Set<string>;
  capitals: Set<string>;
}

export function mentionIndex(text: string): MentionIndex {
  const words = rawWords(text);
  const capitals = new Set<string>();
  for (const run of text.match(/[A-Za-z]+/g) ?? []) if (run.length >= 3 && run === run.toUpperCase()) capitals.add(run);
  return { words, wordSet: new Set(words), capitals };
}

/** Whether a prepared text names the company: all its words in a row, or its initials written in capitals. */
export function mentions(text: MentionIndex, company: CompanyNames): boolean {
  const { words } = company;
  if (words.length === 0) return false;
  if (words.every((w) => text.wordSet.has(w))) {
    const tw = text.words;
    outer: for (let i = 0; i + words.length <= tw.length; i++) {
      for (let j = 0; j < words.length; j++) if (tw[i + j] !== words[j]) continue outer;
      return true;
    }
  }
  return company.acronym !== null && text.capitals.has(company.acronym);
}

/** Whether a text names the company: all its words in a row, or its initials written in capitals. */
export function mentionsCompany(text: string, companyName: string): boolean {
  return mentions(mentionIndex(text), companyNames(companyName));
}

/** Words that start the place part of an agency's name: "Dinas Sosial | Kota Balikpapan". */
const AGENCY_PLACE_WORDS = new Set(["kota", "kabupaten", "kab", "provinsi", "prov", "kecamatan", "kec", "desa", "kelurahan", "pemerintah", "pemkab", "pemkot", "pemprov"]);

/**
 * What identifies a government agency in a CSR text: the words of its name before the place
 * ("Dinas Sosial Kota Balikpapan" → dinas sosial; "Dinas PUPR Kabupaten Kutai Kartanegara" →
 * dinas pupr), at least two; and an abbreviation it is written with ("PUPR", "DPMPD"), as initials.
 */
export function agencyNames(agency: string): CompanyNames {
  const words = rawWords(agency);
  const cut = words.findIndex((w, i) => i > 0 && AGENCY_PLACE_WORDS.has(w));
  const head = cut > 0 ? words.slice(0, cut) : words;
  const capitals = (agency.match(/[A-Za-z]+/g) ?? []).filter((r) => r.length >= 3 && r === r.toUpperCase());
  return { words: head.length >= 2 ? head : words, acronym: capitals[0] ?? companyAcronym(agency) };
}
