import { describe, expect, it } from "vitest";
import { listInputFromSearch } from "./programs.schemas";

describe("the list's filters from a URL", () => {
  it("reads what is valid and drops the rest, so a hand-edited link still shows a list", () => {
    expect(listInputFromSearch({ sector: "health", area: "64.08", year: "2026", company: "nope", status: "bogus", page: "2" })).toEqual({
      sector: "health",
      area: "64.08",
      year: 2026,
      page: 2,
    });
    expect(listInputFromSearch({ sector: ["education", "health"], q: "  posyandu " })).toEqual({ sector: "education", q: "  posyandu " });
  });

  it("keeps `whole` only with an area: programs for the area as a whole need an area", () => {
    expect(listInputFromSearch({ area: "64.08", whole: "1" })).toEqual({ area: "64.08", whole: true });
    expect(listInputFromSearch({ whole: "1" })).toEqual({});
    expect(listInputFromSearch({ area: "64.08", whole: "yes" })).toEqual({ area: "64.08" });
  });
});
