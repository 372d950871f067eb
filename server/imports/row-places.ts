// The places of a row: one locations cell, or a place written over separate columns (Desa,
// Kecamatan, Kabupaten/Kota, Provinsi) put together so the resolver reads each village with its
// district and regency around it. A name that fits several areas is asked, never guessed. Pure.
import { readCellText, type Cell } from "./cells";
import { placeLabel, resolvePlaces, type PlaceCandidate, type PlaceIndex } from "@/server/places/resolve";
import type { PlaceAsk, PlaceChoice, PreviewMessage } from "./preview.schemas";

export interface PlaceCells {
  locations: Cell;
  village: Cell;
  district: Cell;
  regency: Cell;
  province: Cell;
}

const LEVEL_WORD = /\b(?:kec|kecamatan|kab|kabupaten|kota|kotamadya|prov|provinsi|propinsi)\b\.?/i;
const text = (c: Cell) => readCellText(c).replace(/[ \t]+/g, " ").trim();

/**
 * One text for the resolver: each village (or the locations cell's places) followed by the
 * district, regency and province columns as context: "Kampung Baru, Kec. Sambutan, Kota
 * Samarinda; Sungai Kapih, Kec. Sambutan, Kota Samarinda". Empty when the row names no place.
 */
export function composePlaceText(c: PlaceCells): string {
  const district = text(c.district);
  const context = [district && !LEVEL_WORD.test(district) ? `Kec. ${district}` : district, text(c.regency), text(c.province)].filter(Boolean);
  const finest = text(c.village) || text(c.locations);
  if (!finest) return context.join(", ");
  if (context.length === 0) return finest;
  // A cell that writes its own context ("Desa A, Kec. B") keeps its commas; otherwise commas list places.
  const places = LEVEL_WORD.test(finest) ? finest.split(/[;\n]+/) : finest.split(/[;,\n]+/);
  return places
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => [p, ...context].join(", "))
    .join("; ");
}

const choiceOf = (c: PlaceCandidate): PlaceChoice => ({ code: c.code, label: c.label });

export interface RowPlaces {
  areas: PlaceChoice[];
  asks: PlaceAsk[];
  messages: PreviewMessage[];
}

const NOTE_LEVEL = { spelling: "warning", "higher-level": "info", "outside-within": "warning", "outside-context": "warning", "level-mismatch": "warning" } as const;

// "Kec. Muara Kaman", "Kabupaten Kutai Timur", "Kota Bontang", "Desa Sepaso" in a title line,
// up to a dash, comma, bracket, "Tahun" or a number.
const TITLE_PLACE = /\b(?:kecamatan|kec\.?|kabupaten|kab\.?|kota|desa|kelurahan|kel\.)\s+\p{L}[\p{L} .'-]*?(?=\s*(?:[-–—,;:()/]|\btahun\b|\bt\.?a\.?\b|\d|$))/giu;

/**
 * The one area the lines above a table name ("Rekap Penerima Bansos per Desa - Kec. Muara Kaman
 * - Tahun 2025"): the finest of the places written with their level word, when they all lie along
 * one line of areas (a district and its regency); null when they name none, or areas apart.
 */
export function documentAreaOf(titleLines: readonly string[], index: PlaceIndex, within: readonly string[]): PlaceChoice | null {
  const found: PlaceChoice[] = [];
  for (const line of titleLines) {
    for (const m of line.matchAll(TITLE_PLACE)) {
      const r = resolvePlaces(m[0].trim(), index, { within });
      const part = r.parts[0];
      if (r.parts.length === 1 && r.codes.length === 1 && part && (part.status === "code" || (part.status === "resolved" && !part.note))) {
        found.push({ code: part.code, label: part.label });
      }
    }
  }
  if (found.length === 0) return null;
  const finest = found.reduce((a, b) => (b.code.length > a.code.length ? b : a));
  return found.every((a) => finest.code === a.code || finest.code.startsWith(`${a.code}.`)) ? finest : null;
}

/**
 * Resolves the row's places; `chosen` holds the person's answers to earlier asks, by ask index.
 * A name that fits several areas of which exactly one lies in `documentArea` (the area the title
 * above the table names) is taken as that one, and said; else it is asked.
 */
export function readRowPlaces(
  placeText: string,
  index: PlaceIndex,
  within: readonly string[],
  chosen: Record<string, string> = {},
  documentArea: PlaceChoice | null = null,
): RowPlaces {
  const out: RowPlaces = { areas: [], asks: [], messages: [] };
  if (!placeText) {
    out.messages.push({ field: "locations", level: "error", message: "errors.importPlaceMissing" });
    return out;
  }
  const add = (a: PlaceChoice) => {
    if (!out.areas.some((x) => x.code === a.code)) out.areas.push(a);
  };
  for (const part of resolvePlaces(placeText, index, { within }).parts) {
    if (part.status === "code" || part.status === "resolved") {
      add({ code: part.code, label: part.label });
      const note = part.status === "resolved" ? part.note : undefined;
      if (note) {
        out.messages.push({ field: "locations", level: NOTE_LEVEL[note], message: `importNotes.place_${note.replace("-", "_")}`, params: { place: part.text, area: part.label } });
      }
      continue;
    }
    const candidates = (part.status === "ambiguous" ? part.candidates : part.suggestions).map(choiceOf);
    const inDocument = documentArea && part.status === "ambiguous" ? candidates.filter((c) => c.code === documentArea.code || c.code.startsWith(`${documentArea.code}.`)) : [];
    if (inDocument.length === 1 && inDocument[0]) {
      add(inDocument[0]);
      out.messages.push({ field: "locations", level: "info", message: "importNotes.placeFromTitle", params: { place: part.text, area: inDocument[0].label, document: documentArea?.label ?? "" } });
      continue;
    }
    const askIndex = out.asks.length;
    const answer = chosen[String(askIndex)] ?? null;
    out.asks.push({ text: part.text, candidates, chosen: answer });
    if (answer) {
      add({ code: answer, label: candidates.find((c) => c.code === answer)?.label ?? placeLabel(index, answer) ?? answer });
      continue;
    }
    if (part.status === "ambiguous") {
      out.messages.push({
        field: "locations",
        level: "warning",
        message: "errors.importPlaceAmbiguous",
        params: { place: part.text, count: String(candidates.length) },
        candidates,
      });
    } else {
      out.messages.push({
        field: "locations",
        level: "error",
        message: candidates.length ? "errors.importPlaceUnknownSuggest" : "errors.importPlaceUnknown",
        params: { place: part.text, suggestions: candidates.slice(0, 3).map((c) => c.label).join("; ") },
        ...(candidates.length ? { candidates } : {}),
      });
    }
  }
  if (out.areas.length > 100) out.messages.push({ field: "locations", level: "error", message: "errors.areasTooMany" });
  return out;
}
