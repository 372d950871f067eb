import { LEVEL_PREFIXES, nameTokens, type LevelPrefix } from "./names";

/**
 * Reads a `locations` cell as people write it into segments (one per place, with its context)
 * and pieces (one name each). `;`, `|` and line breaks separate places; commas and colons
 * separate a name from the larger areas written around it; "dan", "&", "/" list names.
 * Noise (RT/RW numbers, schools, health posts, streets, farmer groups, remarks in brackets)
 * is dropped here, but never when the text is itself the name of an area.
 */

export interface ParsedPiece {
  /** As written, trimmed. */
  raw: string;
  /** A Kemendagri code typed as such, in dotted form. */
  code?: string;
  tokens: string[];
  /** The level word of the previous name in a "dan" list ("Desa A dan B": B is a village too, unless no village B exists). */
  inherited?: LevelPrefix;
}

export interface ParsedSegment {
  raw: string;
  pieces: ParsedPiece[];
  /** Words in brackets: used only to narrow a name down, never as a place of their own. */
  remarks: string[][];
}

/** Whether these name tokens (with any level word) name a known area exactly. */
export type ExactCheck = (tokens: string[]) => boolean;

const CODE = /^\d{2}(?:\.\d{2}(?:\.\d{2}(?:\.\d{4})?)?)?$/;
const BRACKETS = /[([]([^)\]]*)[)\]]/g;
const RT_RW = /\b(?:rt|rw)\s*\.?\s*:?\s*\d+\b(?:\s*\/\s*(?:rw\s*\.?\s*)?\d+\b)?/gi;
const LEADING_FILLER = /^(?:(?:di|lokasi|wilayah|kawasan|seluruh|dan|serta|&|[-–•*·]|\d{1,2}[.)](?=\s))(?:\s+|\s*:\s*|$))+/i;
const SE_PREFIX = /^se-\s*/i;
const TRAILING_FILLER = /(?:^|\s+)(?:dan sekitarnya|sekitarnya|dan lain[- ]lain|dsk|dskt|dll|dst|dkk|dan|serta)\.?$/i;
const NOISE_START =
  /^(?:sd|sdn|sdit|smp|smpn|smpit|sma|sman|smk|smkn|slb|mi|min|mts|mtsn|tk|paud|ponpes|pondok|pesantren|puskesmas|pustu|posyandu|poskesdes|polindes|posbindu|klinik|rs|rsud|masjid|mesjid|musholla|mushola|musala|surau|langgar|gereja|jl|jln|jalan|gg|gang|kelompok|kel\.?\s*tani|poktan|gapoktan|kwt|bank\s+sampah|bumdes|bumdesa|koperasi|kantor|balai|perumahan|perum|komplek|kompleks|blok|dusun|dsn|lingkungan|no|nomor|km|pt|cv|ud|pabrik|pelabuhan|bandara|terminal|pasar)\b/i;
/** A level word inside a piece starts the next (larger) area: "Desa A Kec. B Kab. C". */
const INNER_LEVEL = /\s+(?=(?:kec|kecamatan|kab|kabupaten|kel|kelurahan|desa|ds|prov|provinsi|propinsi|kota|kotamadya)(?:\.|\s)\s*[a-z0-9])/i;
const LIST = /\s+(?:dan|serta)\s+|\s*[&/+]\s*/i;
const DESA_KEL = /\b(?:desa|ds)\s*\/\s*(?:kel|kelurahan)\b\.?|\b(?:kel|kelurahan)\.?\s*\/\s*(?:desa|ds)\b/gi;

/** "6474011004" (a code that lost its dots in a spreadsheet) → "64.74.01.1004". */
function readCode(text: string): string | undefined {
  const t = text.replace(/\s+/g, "");
  if (CODE.test(t)) return t;
  if (/^\d{10}$/.test(t)) return `${t.slice(0, 2)}.${t.slice(2, 4)}.${t.slice(4, 6)}.${t.slice(6)}`;
  return undefined;
}

function cleanPiece(text: string): string {
  let s = text.replace(RT_RW, " ").replace(/\s+/g, " ").trim();
  for (let i = 0; i < 3; i++) {
    const before = s;
    s = s.replace(LEADING_FILLER, "").replace(SE_PREFIX, "").replace(TRAILING_FILLER, "").trim();
    if (s === before) break;
  }
  return s;
}

function leadingPrefix(tokens: readonly string[]): LevelPrefix | undefined {
  const first = tokens[0];
  return first === undefined ? undefined : LEVEL_PREFIXES[first];
}

function isPrefixOnly(tokens: readonly string[]): boolean {
  return tokens.every((t) => LEVEL_PREFIXES[t] !== undefined);
}

/** Splits "Desa A Kec. B" before each level word; a fragment of level words only stays with the next one. */
function splitAtLevelWords(text: string): string[] {
  const out: string[] = [];
  let carry = "";
  for (const frag of text.split(INNER_LEVEL)) {
    const joined = carry ? `${carry} ${frag}` : frag;
    if (isPrefixOnly(nameTokens(joined))) carry = joined;
    else {
      out.push(joined);
      carry = "";
    }
  }
  if (carry) out.push(carry);
  return out;
}

function toPiece(raw: string, inherited?: LevelPrefix): ParsedPiece | null {
  const code = readCode(raw);
  if (code) return { raw, code, tokens: [] };
  const tokens = nameTokens(raw);
  if (tokens.length === 0 || isPrefixOnly(tokens)) return null;
  return { raw, tokens, inherited: leadingPrefix(tokens) ? undefined : inherited };
}

/** One comma-separated piece → the names in it (usually one). */
function readPiece(text: string, isExact: ExactCheck): ParsedPiece[] {
  const cleaned = cleanPiece(text.replace(DESA_KEL, "Desa"));
  if (cleaned === "") return [];
  if (readCode(cleaned)) return [toPiece(cleaned)].filter((p): p is ParsedPiece => p !== null);
  if (isExact(nameTokens(cleaned))) return [toPiece(cleaned)].filter((p): p is ParsedPiece => p !== null);
  let fragments = [cleaned];
  if (NOISE_START.test(cleaned)) {
    // "Posyandu Mawar Kel. Guntung": keep only what follows a level word; "SDN 007 Bontang" goes entirely.
    fragments = splitAtLevelWords(cleaned).slice(1).filter((f) => leadingPrefix(nameTokens(f)));
  }
  const out: ParsedPiece[] = [];
  for (const fragment of fragments) {
    let inherited: LevelPrefix | undefined;
    for (const item of fragment.split(LIST).map(cleanPiece)) {
      if (item === "") continue;
      const parts = isExact(nameTokens(item)) ? [item] : splitAtLevelWords(item);
      for (const part of parts) {
        const piece = toPiece(part.trim(), inherited);
        if (!piece) continue;
        if (!NOISE_START.test(part) || isExact(piece.tokens)) out.push(piece);
        inherited = leadingPrefix(piece.tokens) ?? inherited;
      }
    }
  }
  return out;
}

/** Splits a cell into places; see the module comment for the rules. */
export function parseCell(cell: string, isExact: ExactCheck): ParsedSegment[] {
  const segments: ParsedSegment[] = [];
  for (const rawSegment of cell.split(/[;\n\r|]+/)) {
    const raw = rawSegment.replace(/\s+/g, " ").trim();
    if (raw === "") continue;
    const remarks: string[][] = [];
    const withoutBrackets = raw.replace(BRACKETS, (_, inner: string) => {
      for (const remark of inner.split(/[,:]/)) {
        const tokens = nameTokens(cleanPiece(remark));
        if (tokens.length > 0) remarks.push(tokens);
      }
      return " ";
    });
    const pieces = withoutBrackets.split(/[,:]/).flatMap((p) => readPiece(p, isExact));
    if (pieces.length > 0) segments.push({ raw, pieces, remarks });
  }
  return segments;
}
