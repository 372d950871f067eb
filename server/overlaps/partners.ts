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

/** Whether a text names the company: all its words in a row, or its initials written in capitals. */
export function mentionsCompany(text: string, companyName: string): boolean {
  const words = companyWords(companyName);
  if (words.length === 0) return false;
  const textWords = rawWords(text);
  outer: for (let i = 0; i + words.length <= textWords.length; i++) {
    for (let j = 0; j < words.length; j++) if (textWords[i + j] !== words[j]) continue outer;
    return true;
  }
  const acronym = companyAcronym(companyName);
  return acronym !== null && new RegExp(`(^|[^A-Za-z])${acronym}([^A-Za-z]|$)`).test(text);
}
