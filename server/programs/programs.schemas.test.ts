import { describe, expect, it } from "vitest";
import { parseOptionalWholeNumber } from "@/lib/format";
import { createProgramSchema, listInputFromSearch } from "./programs.schemas";

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

describe("the form's figures as the schema reads them", () => {
  // What the program form sends: the typed text through parseOptionalWholeNumber.
  const typed = (budget: string, beneficiaries: string) =>
    createProgramSchema.safeParse({
      title: "Bantuan Perahu untuk Nelayan Muara Badak",
      description: "Pengadaan 10 perahu ketinting bagi kelompok nelayan  pesisir, dgn pendampingan.",
      sector: "economy",
      targetGroupText: "nelayan  Muara Badak",
      areaCodes: ["64.02.11.2001"],
      startDate: "2026-03-01",
      endDate: "2026-09-30",
      budgetIdr: parseOptionalWholeNumber(budget),
      plannedBeneficiaries: parseOptionalWholeNumber(beneficiaries),
    });

  it("keeps blank figures as null (not known yet), never 0", () => {
    const r = typed("  ", "");
    expect(r.success && [r.data.budgetIdr, r.data.plannedBeneficiaries]).toEqual([null, null]);
    const filled = typed("Rp 1.250.000.000", " 40 ");
    expect(filled.success && [filled.data.budgetIdr, filled.data.plannedBeneficiaries]).toEqual([1_250_000_000, 40]);
  });

  it("still refuses junk with errors.number beside the field", () => {
    const r = typed("dua juta", "empat puluh");
    expect(r.success).toBe(false);
    const issues = r.success ? [] : r.error.issues.map((i) => [i.path[0], i.message]);
    expect(issues).toEqual([
      ["budgetIdr", "errors.number"],
      ["plannedBeneficiaries", "errors.number"],
    ]);
  });
});
