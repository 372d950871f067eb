import { isExactName, namedAreaContains } from "./candidates";
import { parseCell } from "./cell-parse";
import { placeLabel, toCandidate, type PlaceIndex } from "./place-lookup";
import type { PlacePart, PlaceResolution, ResolveOptions } from "./place-types";
import { resolveSegment, type Outcome } from "./segment";

/**
 * Turns a spreadsheet `locations` cell into Kemendagri area codes. Pure: build the index once
 * (`buildPlaceIndex`), then resolve cells. The rules, with examples, are in docs/places.md; the
 * one that matters most: a name that fits several areas is never guessed, it comes back as
 * "ambiguous" with the candidates for the person to choose.
 */

export type { AreaRecord, PlaceCandidate, PlaceNote, PlacePart, PlaceResolution, ResolveOptions } from "./place-types";
export type { PlaceIndex } from "./place-lookup";
export { buildPlaceIndex, placeLabel } from "./place-lookup";

function toPart(index: PlaceIndex, text: string, outcome: Outcome): PlacePart {
  const label = (code: string) => placeLabel(index, code) ?? code;
  const note = "note" in outcome && outcome.note ? { note: outcome.note } : {};
  switch (outcome.kind) {
    case "code":
      return { text, status: "code", code: outcome.area.code, label: label(outcome.area.code) };
    case "resolved":
      return { text, status: "resolved", code: outcome.area.code, label: label(outcome.area.code), ...note };
    case "ambiguous":
      return { text, status: "ambiguous", candidates: outcome.cands.map((e) => toCandidate(index, e)), ...note };
    case "unknown":
      return { text, status: "unknown", suggestions: outcome.suggestions.map((e) => toCandidate(index, e)), ...note };
  }
}

const ENGLISH_LEVEL: Record<string, string> = {
  city: "Kota",
  regency: "Kabupaten",
  district: "Kec.",
  subdistrict: "Kec.",
  village: "Desa",
  province: "Provinsi",
};

/**
 * English reports put the level after the name ("Samarinda City", "Kutai Kartanegara Regency",
 * "Muara Badak District"): written the Indonesian way, before the name, the resolver reads the
 * level as it does "Kota Samarinda".
 */
export function levelWordsFirst(cell: string): string {
  return cell.replace(/([^,;\n()]+?)\s+(city|regency|sub-?district|district|village|province)\b\.?/gi, (whole, name: string, word: string) => {
    const level = ENGLISH_LEVEL[word.toLowerCase().replace("-", "")];
    const lead = /^\s*/.exec(name)?.[0] ?? "";
    return level && name.trim() ? `${lead}${level} ${name.trim()}` : whole;
  });
}

/** The places in one cell, in the order written, and the codes of those that resolved. */
export function resolvePlaces(rawCell: string, index: PlaceIndex, opts?: ResolveOptions): PlaceResolution {
  const cell = levelWordsFirst(rawCell);
  const within = opts?.within && opts.within.length > 0 ? opts.within : null;
  const scope = { index, within };
  const parts: PlacePart[] = [];
  const names = {
    isExact: (tokens: string[]) => isExactName(index, tokens),
    contains: (outer: string[], inner: string[]) => namedAreaContains(index, outer, inner),
  };
  for (const segment of parseCell(cell, names)) {
    const places = resolveSegment(segment, scope);
    for (const { piece, outcome } of places) {
      parts.push(toPart(index, places.length === 1 ? segment.raw : piece.raw, outcome));
    }
  }
  const codes: string[] = [];
  for (const p of parts) {
    if ((p.status === "code" || p.status === "resolved") && !codes.includes(p.code)) codes.push(p.code);
  }
  return { parts, codes };
}
