import { keyOfTokens, LEVEL_PREFIXES, type LevelPrefix } from "./names";
import { isInside, type AreaEntry, type PlaceIndex } from "./place-lookup";

function prefixOf(token: string | undefined): LevelPrefix | undefined {
  return token === undefined ? undefined : LEVEL_PREFIXES[token];
}

/** One way to read a written name: the compared name and the level word that came before it. */
interface Reading {
  key: string;
  prefix?: LevelPrefix;
}

/**
 * The ways to read "Desa Kampung Baru": "baru" as a village, "kampungbaru" as a village, and,
 * because "Desa" also starts real names, "desakampungbaru" at any level. The level is the one
 * of the first (outermost) level word.
 */
function readingsOf(tokens: readonly string[]): Reading[] {
  let k = 0;
  while (k < 3 && prefixOf(tokens[k])) k++;
  const first = prefixOf(tokens[0]);
  const out: Reading[] = [];
  for (let j = k; j >= 1; j--) {
    const rest = tokens.slice(j);
    if (rest.length > 0) out.push({ key: keyOfTokens(rest), prefix: first });
  }
  if (!first || first.alsoName) out.push({ key: keyOfTokens(tokens) });
  return out;
}

export interface PieceMatches {
  /** Areas with exactly this name, at the level the text names (any level when it names none). */
  cands: AreaEntry[];
  /** The matches came from a reading with a level word, so the level preference does not apply. */
  hinted: boolean;
  /** When nothing matches at the named level: the same name at other levels ("Kec. Guntung"). */
  mismatch: AreaEntry[];
  /** The level word written (or carried over from the previous name in a list). */
  prefix?: LevelPrefix;
  /** Compared names to look for close spellings. */
  keys: string[];
}

function atLevel(list: readonly AreaEntry[], prefix: LevelPrefix): AreaEntry[] {
  const same = list.filter((e) => e.level === prefix.level);
  if (!prefix.kind) return same;
  // "Kab. Bogor" vs "Kota Bogor": the written kind wins when both exist; "Kab. Balikpapan" still finds the city.
  const sameKind = same.filter((e) => e.kind === prefix.kind);
  return sameKind.length > 0 ? sameKind : same;
}

function matchReadings(index: PlaceIndex, readings: readonly Reading[]): PieceMatches {
  const cands = new Map<string, AreaEntry>();
  const mismatch = new Map<string, AreaEntry>();
  let hinted = false;
  for (const r of readings) {
    const list = index.byKey.get(r.key) ?? [];
    if (r.prefix) {
      const found = atLevel(list, r.prefix);
      if (found.length > 0) hinted = true;
      for (const e of found) cands.set(e.code, e);
      for (const e of list) mismatch.set(e.code, e);
    } else for (const e of list) cands.set(e.code, e);
  }
  return {
    cands: [...cands.values()],
    hinted,
    mismatch: cands.size === 0 ? [...mismatch.values()] : [],
    prefix: readings.find((r) => r.prefix)?.prefix,
    keys: [...new Set(readings.map((r) => r.key))],
  };
}

/** Every area the written name can mean, read as described in docs/places.md. */
export function matchPiece(index: PlaceIndex, tokens: readonly string[], inherited?: LevelPrefix): PieceMatches {
  const readings = readingsOf(tokens);
  if (inherited) {
    const withInherited = matchReadings(index, [{ key: keyOfTokens(tokens), prefix: inherited }]);
    if (withInherited.cands.length > 0) return withInherited;
  }
  return matchReadings(index, readings);
}

export function isExactName(index: PlaceIndex, tokens: readonly string[]): boolean {
  return matchPiece(index, tokens).cands.length > 0;
}

/** Some area named `outer` (a regency, district...) contains some area named `inner`. */
export function namedAreaContains(index: PlaceIndex, outer: readonly string[], inner: readonly string[]): boolean {
  const containers = matchPiece(index, outer).cands.filter((e) => e.level < 4);
  if (containers.length === 0) return false;
  return matchPiece(index, inner).cands.some((e) => containers.some((c) => c.level < e.level && isInside(e.code, c.code)));
}
