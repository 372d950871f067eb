import { describe, expect, it } from "vitest";
import { ancestorCodes, areaLevel, areasShareGround, isWithin, NATIONAL } from "./areas";

describe("isWithin", () => {
  it("holds for the area itself and anything inside it", () => {
    expect(isWithin("64", "64")).toBe(true);
    expect(isWithin("64.08", "64")).toBe(true);
    expect(isWithin("64.72.01.1001", "64.72")).toBe(true);
    expect(isWithin("64.72.01.1001", "64.72.01.1001")).toBe(true);
  });

  it("compares whole segments, never string prefixes", () => {
    expect(isWithin("64.1", "64.11")).toBe(false);
    expect(isWithin("64.11", "64.1")).toBe(false);
    expect(isWithin("640", "64")).toBe(false);
    expect(isWithin("64.08.10", "64.08.1")).toBe(false);
  });

  it("does not hold for a containing or neighbouring area", () => {
    expect(isWithin("64", "64.08")).toBe(false);
    expect(isWithin("64.72", "64.08")).toBe(false);
    expect(isWithin("65", "64")).toBe(false);
  });

  it("puts everything within the national jurisdiction, and the nation within nothing smaller", () => {
    for (const code of ["11", "64", "64.08", "64.72.01.1001", NATIONAL]) expect(isWithin(code, NATIONAL)).toBe(true);
    expect(isWithin(NATIONAL, "64")).toBe(false);
  });
});

describe("areasShareGround", () => {
  it("holds in both directions when one area contains the other", () => {
    expect(areasShareGround("64", "64.08.10.2001")).toBe(true);
    expect(areasShareGround("64.08.10.2001", "64")).toBe(true);
    expect(areasShareGround("64.08", "64.08")).toBe(true);
    expect(areasShareGround(NATIONAL, "64.72")).toBe(true);
    expect(areasShareGround("64.72", NATIONAL)).toBe(true);
  });

  it("does not hold for siblings or look-alike codes", () => {
    expect(areasShareGround("64.08", "64.72")).toBe(false);
    expect(areasShareGround("64.1", "64.11")).toBe(false);
    expect(areasShareGround("64", "65")).toBe(false);
  });
});

describe("ancestorCodes and areaLevel", () => {
  it("lists the containing areas outermost first", () => {
    expect(ancestorCodes("64.72.01.1001")).toEqual(["64", "64.72", "64.72.01"]);
    expect(ancestorCodes("64.08")).toEqual(["64"]);
    expect(ancestorCodes("64")).toEqual([]);
  });

  it("counts the levels of the hierarchy", () => {
    expect(["64", "64.72", "64.72.01", "64.72.01.1001"].map(areaLevel)).toEqual([1, 2, 3, 4]);
  });
});
