// Tile-grid cartograms: every area one equal tile, placed roughly where it lies. No map tiles,
// no boundary files: they work offline and keep small cities (Bontang) as visible as large
// regencies (Kutai Kartanegara). Hand-placed for Kalimantan Timur; other sets fall back to a
// grid in Kemendagri code order, which runs roughly west to east for provinces.

export interface TilePosition {
  col: number;
  row: number;
}

const KALTIM: Record<string, TilePosition> = {
  "64.03": { col: 2, row: 0 }, // Berau
  "64.11": { col: 0, row: 1 }, // Mahakam Ulu
  "64.08": { col: 2, row: 1 }, // Kutai Timur
  "64.07": { col: 0, row: 2 }, // Kutai Barat
  "64.02": { col: 1, row: 2 }, // Kutai Kartanegara
  "64.72": { col: 2, row: 2 }, // Samarinda
  "64.74": { col: 3, row: 2 }, // Bontang
  "64.01": { col: 0, row: 3 }, // Paser
  "64.09": { col: 1, row: 3 }, // Penajam Paser Utara
  "64.71": { col: 2, row: 3 }, // Balikpapan
};

/** Where each code's tile goes, and the grid's size. */
export function layoutTiles(codes: string[]): { positions: Map<string, TilePosition>; cols: number; rows: number } {
  if (codes.length > 0 && codes.every((c) => c in KALTIM)) {
    const positions = new Map(codes.map((c) => [c, KALTIM[c] as TilePosition]));
    return { positions, cols: 4, rows: 4 };
  }
  const sorted = [...codes].sort();
  const cols = sorted.length > 20 ? 8 : Math.max(1, Math.ceil(Math.sqrt(sorted.length * 1.5)));
  const positions = new Map(sorted.map((c, i) => [c, { col: i % cols, row: Math.floor(i / cols) }]));
  return { positions, cols, rows: Math.ceil(sorted.length / cols) };
}

/** Five classes from light to dark; equal steps from zero to the largest value. */
export const SCALE = ["#e6f4f1", "#afe4d9", "#5fbfab", "#1f9e89", "#12524a"] as const;
export const EMPTY_FILL = "#f1f5f9";
export const DARK_TEXT = "#0f172a";
export const LIGHT_TEXT = "#ffffff";

/**
 * The text colour on a tile of that class (-1: no value): whichever of dark and white reads at
 * 4.5:1 or more. Dark on the four lighter fills (5.4:1 at #1f9e89, where white was 3.3:1), white on
 * the darkest (9.0:1).
 */
export function tileTextColor(cls: number): string {
  return cls >= SCALE.length - 1 ? LIGHT_TEXT : DARK_TEXT;
}

export function classify(value: number, max: number): number {
  if (value <= 0 || max <= 0) return -1;
  return Math.min(SCALE.length - 1, Math.floor((value / max) * SCALE.length - 1e-9));
}

/** The legend's class bounds for the current maximum. */
export function legendBounds(max: number): [number, number][] {
  return SCALE.map((_, i) => [(max * i) / SCALE.length, (max * (i + 1)) / SCALE.length]);
}

/**
 * The legend for whole numbers (program counts, people): the counts each colour really holds, so
 * no count appears under two colours; colours that no whole number falls in are left out.
 */
export function wholeLegend(max: number): { cls: number; lo: number; hi: number }[] {
  return legendBounds(max).flatMap(([lo, hi], cls) => {
    const first = Math.floor(lo + 1e-9) + 1;
    const last = Math.floor(hi + 1e-9);
    return first <= last && classify(first, max) === cls ? [{ cls, lo: first, hi: last }] : [];
  });
}
