import { describe, expect, it } from "vitest";
import { cellsToHide, type LineCell } from "./suppression";

const cell = (key: string, companyIds: string[], programs = companyIds.length): LineCell => ({ key, companyIds, programs });
const sorted = (s: Set<string>) => [...s].sort();

describe("small-cell suppression of one line", () => {
  it("hides nothing when every non-empty cell comes from 3 companies or more, and never hides an empty cell", () => {
    expect(sorted(cellsToHide([cell("a", ["x", "y", "z"]), cell("b", [], 0), cell("c", ["x", "y", "w", "v"])]))).toEqual([]);
  });

  it("hides a cell of 1 or 2 companies, and with it the smallest shown cell when the hidden ones alone are fewer than 3 companies", () => {
    const line = [cell("one", ["x"]), cell("big", ["p", "q", "r", "s"]), cell("small", ["p", "q", "r"], 5), cell("tie", ["a", "b", "c"], 3)];
    // "one" alone: 1 company. The smallest shown cell is "tie" (3 companies, 3 programs): x + a, b, c = 4.
    expect(sorted(cellsToHide(line))).toEqual(["one", "tie"]);
  });

  it("counts companies across the hidden cells, not per cell: the same company twice is still one", () => {
    const line = [cell("a1", ["x"]), cell("a2", ["x", "y"]), cell("shown", ["p", "q", "r"]), cell("more", ["s", "t", "u", "v"])];
    expect(sorted(cellsToHide(line))).toEqual(["a1", "a2", "shown"]);
    // Two hidden cells of three different companies protect each other.
    expect(sorted(cellsToHide([cell("a", ["x"]), cell("b", ["y", "z"]), cell("c", ["p", "q", "r"])]))).toEqual(["a", "b"]);
  });

  it("hides every non-empty cell when nothing else protects them", () => {
    expect(sorted(cellsToHide([cell("a", ["x"]), cell("b", ["x"]), cell("c", [], 0)]))).toEqual(["a", "b"]);
  });

  it("never lets the total minus the shown cells come from fewer than 3 companies", () => {
    // Every line of up to 5 cells over 4 companies, each cell a subset: check the rule's promise exhaustively.
    const companies = ["w", "x", "y", "z"];
    const subsets = Array.from({ length: 16 }, (_, m) => companies.filter((_, i) => m & (1 << i)));
    for (let i = 0; i < 2000; i++) {
      const line = Array.from({ length: 1 + (i % 5) }, (_, k) => cell(`c${k}`, subsets[(i * 7 + k * 13) % 16] ?? []));
      const hidden = cellsToHide(line);
      const shown = line.filter((c) => !hidden.has(c.key) && c.programs > 0);
      for (const c of shown) expect(new Set(c.companyIds).size).toBeGreaterThanOrEqual(3);
      const rest = new Set(line.filter((c) => hidden.has(c.key)).flatMap((c) => c.companyIds));
      expect(hidden.size === 0 || rest.size >= 3 || shown.length === 0).toBe(true);
    }
  });
});
