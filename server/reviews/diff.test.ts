import { describe, expect, it } from "vitest";
import { diffSnapshots, diffWords, type ProgramSnapshot } from "./diff";

const base: ProgramSnapshot = {
  ref: "MEL-1",
  title: "PMT Balita Desa Embalut",
  description: "Makanan tambahan selama 90 hari.",
  sector: "health",
  targetGroup: "children",
  startDate: "2026-01-01",
  endDate: "2026-06-30",
  budgetIdr: 100_000_000,
  plannedBeneficiaries: 50,
  priorityProgramName: null,
  areas: [{ code: "64.02.16.2003", name: "Embalut" }],
};

describe("version diff", () => {
  it("marks words added and removed, keeping the rest", () => {
    expect(diffWords("makanan tambahan 90 hari", "makanan tambahan lokal 120 hari")).toEqual([
      { op: "same", text: "makanan tambahan " },
      { op: "del", text: "90 " },
      { op: "add", text: "lokal 120 " },
      { op: "same", text: "hari" },
    ]);
  });
  it("lists only the fields that changed", () => {
    const changes = diffSnapshots(base, {
      ...base,
      budgetIdr: 120_000_000,
      endDate: "2026-09-30",
      areas: [...base.areas, { code: "64.02.16.2004", name: "Bukit Raya" }],
    });
    expect(changes.map((c) => c.field)).toEqual(["endDate", "budgetIdr", "areas"]);
    expect(changes.find((c) => c.field === "budgetIdr")).toMatchObject({ before: 100_000_000, after: 120_000_000 });
    expect(changes.find((c) => c.field === "areas")).toMatchObject({ added: [{ code: "64.02.16.2004" }], removed: [] });
    expect(diffSnapshots(base, { ...base })).toEqual([]);
  });
  it("shows the target group in words changing, and an older snapshot without words as none", () => {
    expect(diffSnapshots(base, { ...base, targetGroupText: null })).toEqual([]);
    expect(diffSnapshots({ ...base, targetGroupText: "balita" }, { ...base, targetGroupText: "balita stunting" })).toEqual([
      { field: "targetGroupText", kind: "value", before: "balita", after: "balita stunting" },
    ]);
  });
});
