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
  /** Names listed together ("A dan B") share a group: they are never the context of one another. */
  group?: number;
}

export interface ParsedSegment {
  raw: string;
  pieces: ParsedPiece[];
  /** Words in brackets: used only to narrow a name down, never as a place of their own. */
  remarks: string[][];
}

/** What the reader asks of the area register. */
export interface NameChecks {
  /** These name tokens (with any level word) name a known area exactly. */
  isExact(tokens: string[]): boolean;
  /** Some area named `outer` contains some area named `inner`. */
  contains(outer: string[], inner: string[]): boolean;
}

const MAX_WORDS_TO_SPLIT = 8;

/**
 * "Guntung Bontang Utara" (no comma) → "Guntung" | "Bontang Utara": split only where each part is
 * an exact name and each lies inside the next; the longest first name wins.
 */
function splitByContainment(tokens: string[], names: NameChecks): string[][] | null {
  if (names.isExact(tokens)) return [tokens];
  if (tokens.length > MAX_WORDS_TO_SPLIT) return null;
  for (let k = tokens.length - 1; k >= 1; k--) {
    const head = tokens.slice(0, k);
    if (!names.isExact(head)) continue;
    const rest = splitByContainment(tokens.slice(k), names);
    if (rest?.[0] && names.contains(rest[0], head)) return [head, ...rest];
  }
  return null;
}

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

/** A name (or a code), split further when it holds a name and its context without a comma; the first gets `group`. */
function toPieces(raw: string, names: NameChecks, inherited?: LevelPrefix, group?: number): ParsedPiece[] {
  const code = readCode(raw);
  if (code) return [{ raw, code, tokens: [], group }];
  const tokens = nameTokens(raw);
  if (tokens.length === 0 || isPrefixOnly(tokens)) return [];
  const split = splitByContainment(tokens, names) ?? [tokens];
  return split.map((t, i) => ({
    raw: split.length > 1 ? t.join(" ") : raw,
    tokens: t,
    inherited: i === 0 && !leadingPrefix(t) ? inherited : undefined,
    group: i === 0 ? group : undefined,
  }));
}

/** One comma-separated piece → the names in it (usually one). */
function readPiece(text: string, names: NameChecks, newGroup: () => number): ParsedPiece[] {
  const cleaned = cleanPiece(text.replace(DESA_KEL, "Desa"));
  if (cleaned === "") return [];
  if (readCode(cleaned) || names.isExact(nameTokens(cleaned))) return toPieces(cleaned, names);
  let fragments = [cleaned];
  if (NOISE_START.test(cleaned)) {
    // "Posyandu Mawar Kel. Guntung": keep only what follows a level word; "SDN 007 Bontang" goes entirely.
    fragments = splitAtLevelWords(cleaned).slice(1).filter((f) => leadingPrefix(nameTokens(f)));
  }
  const out: ParsedPiece[] = [];
  for (const fragment of fragments) {
    let inherited: LevelPrefix | undefined;
    const items = fragment.split(LIST).map(cleanPiece).filter((item) => item !== "");
    const group = items.length > 1 ? newGroup() : undefined;
    for (const item of items) {
      const parts = names.isExact(nameTokens(item)) ? [item] : splitAtLevelWords(item);
      for (const [i, part] of parts.entries()) {
        const pieces = toPieces(part.trim(), names, inherited, i === 0 ? group : undefined);
        const [first] = pieces;
        if (!first) continue;
        if (!NOISE_START.test(part) || names.isExact(first.tokens)) out.push(...pieces);
        inherited = leadingPrefix(first.tokens) ?? inherited;
      }
    }
  }
  return out;
}

/** Splits a cell into places; see the module comment for the rules. */
export function parseCell(cell: string, names: NameChecks): ParsedSegment[] {
  const segments: ParsedSegment[] = [];
  let groups = 0;
  const newGroup = () => ++groups;
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
    const pieces = withoutBrackets.split(/[,:]/).flatMap((p) => readPiece(p, names, newGroup));
    if (pieces.length > 0) segments.push({ raw, pieces, remarks });
  }
  return segments;
}
