/** One row of the area register (Kemendagri codes: "64", "64.74", "64.74.01", "64.74.01.1004"). */
export interface AreaRecord {
  code: string;
  parentCode: string | null;
  /** 1 province, 2 regency/city, 3 district, 4 village/urban ward. */
  level: number;
  name: string;
}

export interface PlaceCandidate {
  code: string;
  name: string;
  level: number;
  /** Full path for people, innermost first: "Kel. Guntung, Kec. Bontang Utara, Kota Bontang, Kalimantan Timur". */
  label: string;
}

/**
 * Why a part came out as it did, when that is worth telling the person:
 * - "spelling": a name was corrected to the one close spelling inside the area the person named,
 *   or a name was told apart from its namesakes by a close spelling of the area around it;
 * - "higher-level": the name is both a larger area and a village, the text named no level, the larger one was taken;
 * - "outside-within": the name only exists outside the preferred areas (`within`);
 * - "outside-context": the name exists, but not inside the area written after it ("Desa X, Kec. Y");
 * - "level-mismatch": the name exists, but not at the level the text says ("Kec. Guntung" for a village).
 */
export type PlaceNote = "spelling" | "higher-level" | "outside-within" | "outside-context" | "level-mismatch";

export type PlacePart =
  /** The person typed a valid known code. */
  | { text: string; status: "code"; code: string; label: string }
  /** A name resolved to exactly one area. */
  | { text: string; status: "resolved"; code: string; label: string; note?: PlaceNote }
  /** Several areas match: ask, never guess. */
  | { text: string; status: "ambiguous"; candidates: PlaceCandidate[]; note?: PlaceNote }
  /** Nothing matched; close spellings (or the same name elsewhere, see `note`) as suggestions. */
  | { text: string; status: "unknown"; suggestions: PlaceCandidate[]; note?: PlaceNote };

export interface PlaceResolution {
  parts: PlacePart[];
  /** Codes of the resolved and code parts, unique, in order. */
  codes: string[];
}

export interface ResolveOptions {
  /** Prefer areas inside these codes (e.g. ["64"], the forum's province); matches only outside still count, see docs/places.md. */
  within?: readonly string[];
}
