import { describe, expect, it } from "vitest";
import {
  groupByField,
  isBlocking,
  messagesToShow,
  pageCount,
  parseSavedSkips,
  planConfirm,
  planImport,
  programsListHref,
  rowsToSkip,
  skippedDownloadHref,
  toggleSkip,
} from "./preview-plan";

describe("isBlocking", () => {
  it("holds back errors and rows with a place still to choose, not warnings", () => {
    expect(isBlocking({ status: "error", placeAsks: [] })).toBe(true);
    expect(isBlocking({ status: "warning", placeAsks: [{ chosen: null }] })).toBe(true);
    expect(isBlocking({ status: "warning", placeAsks: [{ chosen: "64.74.01.1004" }] })).toBe(false);
    expect(isBlocking({ status: "ok", placeAsks: [] })).toBe(false);
  });
});

describe("planImport", () => {
  it("skips the blocking rows and the chosen ones, each once", () => {
    expect(planImport(147, [2, 5, 9], [])).toEqual({ importing: 144, skipping: 3 });
    expect(planImport(147, [2, 5, 9], new Set([9, 30]))).toEqual({ importing: 143, skipping: 4 });
  });

  it("never skips more rows than the file has", () => {
    expect(planImport(2, [1, 2], [1, 7])).toEqual({ importing: 0, skipping: 2 });
  });
});

describe("planConfirm", () => {
  it("skips the preview's blocking rows and the chosen ones, and sends them once each in file order", () => {
    const preview = { counts: { rows: 147 }, blockingRows: [5, 2, 140] };
    expect(planConfirm(preview, new Set([30, 5]))).toEqual({ importing: 143, skipping: 4, skipRows: [2, 5, 30, 140] });
    expect(planConfirm({ counts: { rows: 3 }, blockingRows: [] }, [])).toEqual({ importing: 3, skipping: 0, skipRows: [] });
  });
});

describe("rowsToSkip", () => {
  it("merges error rows and chosen rows once each, in file order", () => {
    expect(rowsToSkip([14, 2], [9, 2, 30])).toEqual([2, 9, 14, 30]);
    expect(rowsToSkip([], [])).toEqual([]);
  });
});

describe("toggleSkip", () => {
  it("adds and removes without touching the set it was given", () => {
    const before = new Set([4]);
    const added = toggleSkip(before, 7, true);
    expect([...added].sort()).toEqual([4, 7]);
    expect([...toggleSkip(added, 4, false)]).toEqual([7]);
    expect([...before]).toEqual([4]);
  });
});

describe("groupByField", () => {
  it("keeps each field's messages together and the row-wide ones under null", () => {
    const grouped = groupByField([
      { field: "locations", message: "a" },
      { field: null, message: "b" },
      { field: "locations", message: "c" },
      { field: "budget_idr", message: "d" },
    ]);
    expect(grouped.get("locations")?.map((m) => m.message)).toEqual(["a", "c"]);
    expect(grouped.get(null)?.map((m) => m.message)).toEqual(["b"]);
    expect(grouped.get("title")).toBeUndefined();
  });
});

describe("messagesToShow", () => {
  const inferred = { message: "importNotes.targetInferred" };
  const ambiguous = { message: "errors.importPlaceAmbiguous", candidates: [{ code: "64.02.06.1008" }, { code: "64.09.01.1006" }] };
  const overlap = { message: "importNotes.overlapFound" };
  const budget = { message: "importNotes.budgetBlank" };
  const all = [inferred, ambiguous, overlap, budget];

  it("leaves out what the card already shows in its own way", () => {
    const row = { targetGroupInferred: true, placeAsks: [{}], overlaps: [{}] };
    expect(messagesToShow(all, row)).toEqual([budget]);
  });

  it("keeps them when the card has nothing to show them with", () => {
    const row = { targetGroupInferred: false, placeAsks: [], overlaps: [] };
    expect(messagesToShow(all, row)).toEqual(all);
  });
});

describe("pageCount", () => {
  it("rounds up and keeps at least one page", () => {
    expect(pageCount(0, 50)).toBe(1);
    expect(pageCount(50, 50)).toBe(1);
    expect(pageCount(1000, 50)).toBe(20);
    expect(pageCount(1001, 50)).toBe(21);
  });
});

describe("skippedDownloadHref", () => {
  it("points at the preview's download route", () => {
    expect(skippedDownloadHref("6f1c2d3e-0000-4000-8000-000000000001")).toBe("/api/imports/6f1c2d3e-0000-4000-8000-000000000001/skipped");
  });
});

describe("parseSavedSkips", () => {
  it("reads saved row numbers and ignores anything else", () => {
    expect([...parseSavedSkips("[3, 12]")]).toEqual([3, 12]);
    expect([...parseSavedSkips('[0, -2, 1.5, "4", 5]')]).toEqual([5]);
    expect(parseSavedSkips("{broken").size).toBe(0);
    expect(parseSavedSkips('{"rows":[1]}').size).toBe(0);
    expect(parseSavedSkips(null).size).toBe(0);
  });
});

describe("programsListHref", () => {
  it("sends officers to their own programs and an admin to the company imported for", () => {
    expect(programsListHref("officer", "5b0e6c1a-2f3d-4c5e-8a9b-0c1d2e3f4a5b")).toBe("/programs?mine=1");
    expect(programsListHref("admin", "5b0e6c1a-2f3d-4c5e-8a9b-0c1d2e3f4a5b")).toBe("/programs?company=5b0e6c1a-2f3d-4c5e-8a9b-0c1d2e3f4a5b");
    expect(programsListHref("admin", null)).toBe("/programs");
  });
});
