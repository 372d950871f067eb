import { describe, expect, it } from "vitest";
import { classify, EMPTY_FILL, layoutTiles, legendBounds, SCALE, tileTextColor, wholeLegend } from "./tile-layouts";

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe("tile-grid cartogram", () => {
  it("places Kaltim's ten regencies and cities by hand, each on its own tile", () => {
    const codes = ["64.01", "64.02", "64.03", "64.07", "64.08", "64.09", "64.11", "64.71", "64.72", "64.74"];
    const { positions } = layoutTiles(codes);
    const cells = new Set([...positions.values()].map((p) => `${p.col},${p.row}`));
    expect(cells.size).toBe(10);
    expect(positions.get("64.03")?.row).toBe(0); // Berau in the north
  });
  it("lays out any other set in code order without overlaps", () => {
    const codes = Array.from({ length: 18 }, (_, i) => `64.02.${String(i + 1).padStart(2, "0")}`);
    const { positions, cols } = layoutTiles(codes);
    expect(new Set([...positions.values()].map((p) => `${p.col},${p.row}`)).size).toBe(18);
    expect(positions.get("64.02.01")).toEqual({ col: 0, row: 0 });
    expect(cols).toBeGreaterThan(1);
  });
  it("prints every tile's text at 4.5:1 or more on its fill, empty tiles included", () => {
    const fills: [number, string][] = [[-1, EMPTY_FILL], ...SCALE.map((c, i) => [i, c] as [number, string])];
    for (const [cls, fill] of fills) expect(contrast(tileTextColor(cls), fill), `class ${cls} ${fill}`).toBeGreaterThanOrEqual(4.5);
    expect(contrast("#ffffff", "#1f9e89")).toBeLessThan(4.5); // why class 3 prints dark text
  });
  it("classes values from zero to the maximum", () => {
    expect(classify(0, 100)).toBe(-1);
    expect(classify(100, 100)).toBe(4);
    expect(classify(1, 100)).toBe(0);
    expect(legendBounds(100)[4]).toEqual([80, 100]);
  });
  it("names whole ranges for counts, each count under exactly one colour", () => {
    expect(wholeLegend(7)).toEqual([
      { cls: 0, lo: 1, hi: 1 },
      { cls: 1, lo: 2, hi: 2 },
      { cls: 2, lo: 3, hi: 4 },
      { cls: 3, lo: 5, hi: 5 },
      { cls: 4, lo: 6, hi: 7 },
    ]);
    expect(wholeLegend(2)).toEqual([
      { cls: 2, lo: 1, hi: 1 },
      { cls: 4, lo: 2, hi: 2 },
    ]);
    for (const max of [1, 3, 7, 10, 23, 100]) {
      for (let v = 1; v <= max; v++) {
        const hits = wholeLegend(max).filter((c) => v >= c.lo && v <= c.hi);
        expect(hits.map((c) => c.cls)).toEqual([classify(v, max)]);
      }
    }
  });
});
