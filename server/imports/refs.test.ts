import { describe, expect, it } from "vitest";
import { assignRefs, makeRef } from "./refs";
import type { ReadRow } from "./row-read";

const row = (n: number, title: string, givenRef: string | null, place = "Guntung", company = "a"): ReadRow =>
  ({
    preview: { row: n, ref: "", title, startDate: "2025-03-01", messages: [] },
    companyText: company,
    givenRef,
    firstPlaceText: place,
    refMessages: [],
    decisions: {},
  }) as unknown as ReadRow;

describe("refs of imported rows", () => {
  it("makes the same ref from the same title, place and year, whatever the case and spacing", () => {
    expect(makeRef("Posyandu  Lansia", "Kel. Guntung", "2025-03-01")).toBe(makeRef("posyandu lansia", "kel guntung", "2025-12-01"));
    expect(makeRef("Posyandu Lansia", "Kel. Guntung", "2025-03-01")).toMatch(/^IMP-[2-9A-HJ-NP-Z]{8}$/);
    expect(makeRef("Posyandu Lansia", "Kel. Guntung", "2026-03-01")).not.toBe(makeRef("Posyandu Lansia", "Kel. Guntung", "2025-03-01"));
  });

  it("refuses a written ref used twice for one company, and numbers made refs that meet", () => {
    const rows = [row(2, "A", "X-1"), row(3, "B", "X-1"), row(4, "B", "X-1", "Guntung", "b"), row(5, "Sama", null), row(6, "Sama", null)];
    assignRefs(rows, (r) => r.companyText, true);
    expect(rows.map((r) => r.preview.ref)).toEqual(["X-1", "X-1", "X-1", rows[3]?.preview.ref, `${rows[3]?.preview.ref}-2`]);
    expect(rows[1]?.preview.messages).toEqual([{ field: "ref", level: "error", message: "errors.importRefDuplicateRow", params: { value: "X-1", row: "2" } }]);
    expect(rows[2]?.preview.messages).toEqual([]); // another company's X-1
    expect(rows[4]?.refMessages.map((m) => m.message)).toEqual(["importNotes.refMade"]);
  });
});
