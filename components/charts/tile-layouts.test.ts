import { describe, expect, it } from "vitest";
import { classify, layoutTiles, legendBounds } from "./tile-layouts";

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
  it("classes values from zero to the maximum", () => {
    expect(classify(0, 100)).toBe(-1);
    expect(classify(100, 100)).toBe(4);
    expect(classify(1, 100)).toBe(0);
    expect(legendBounds(100)[4]).toEqual([80, 100]);
  });
});
