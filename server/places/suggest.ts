import type { PieceMatches } from "./candidates";
import { suggestionDistance } from "./fuzzy";
import { areasInside, findCloseNames, isInsideAny, type AreaEntry, type KeyedEntry, type PlaceIndex } from "./place-lookup";

/** What a resolution runs against: the index and the preferred areas (the forum's province). */
export interface Scope {
  index: PlaceIndex;
  within: readonly string[] | null;
}

const MAX_SUGGESTIONS = 5;
const MAX_CANDIDATES = 25;

/** Preferred areas first, then larger areas, then by code; at most 25 (the person picks one). */
export function sortByWithin(list: readonly AreaEntry[], s: Scope): AreaEntry[] {
  const rank = (e: AreaEntry) => (s.within && isInsideAny(e.code, s.within) ? 0 : 1);
  return [...list]
    .sort((a, b) => rank(a) - rank(b) || a.level - b.level || a.code.localeCompare(b.code))
    .slice(0, MAX_CANDIDATES);
}

export interface CloseMatch {
  entry: AreaEntry;
  distance: number;
  /** Length of the typed compared name this match is close to. */
  keyLength: number;
}

/** Names near any reading of the piece, closest first; at the written level when one is written and anything is there. */
export function closeNamesFor(m: PieceMatches, scope: readonly KeyedEntry[] | null, s: Scope): CloseMatch[] {
  const best = new Map<string, CloseMatch>();
  for (const key of m.keys) {
    for (const c of findCloseNames(s.index, key, scope, suggestionDistance(key.length), scope !== null)) {
      const prev = best.get(c.entry.code);
      if (!prev || c.distance < prev.distance) best.set(c.entry.code, { ...c, keyLength: key.length });
    }
  }
  const all = [...best.values()].sort(
    (a, b) => a.distance - b.distance || a.entry.level - b.entry.level || a.entry.code.localeCompare(b.entry.code),
  );
  const level = m.prefix?.level;
  const atLevel = level ? all.filter((c) => c.entry.level === level) : all;
  return atLevel.length > 0 ? atLevel : all;
}

/** Close spellings inside the preferred areas (the whole country when there are none). */
export function suggestionsFor(m: PieceMatches, s: Scope): AreaEntry[] {
  const scope = s.within ? s.within.flatMap((code) => areasInside(s.index, code)) : null;
  return closeNamesFor(m, scope, s)
    .slice(0, MAX_SUGGESTIONS)
    .map((c) => c.entry);
}
