import { describe, expect, it } from "vitest";
import {
  groupByField,
  isBlocking,
  messagesToShow,
  pageCount,
  planConfirm,
  programsListHref,
  skippedDownloadHref,
} from "./preview-plan";

describe("isBlocking", () => {
  it("holds back errors and rows with a place still to choose, not warnings", () => {
    expect(isBlocking({ status: "error", placeAsks: [] })).toBe(true);
    expect(isBlocking({ status: "warning", placeAsks: [{ chosen: null }] })).toBe(true);
    expect(isBlocking({ status: "warning", placeAsks: [{ chosen: "64.74.01.1004" }] })).toBe(false);
    expect(isBlocking({ status: "ok", placeAsks: [] })).toBe(false);
  });
});

describe("planConfirm", () => {
  it("leaves out the rows the server counts as left out and names the blocking rows, in file order", () => {
    // 3 blocking rows and 2 rows the person skipped, one of them blocking too: 4 left out.
    const preview = { counts: { rows: 147, leftOut: 4 }, blockingRows: [140, 2, 5] };
    expect(planConfirm(preview)).toEqual({ importing: 143, skipping: 4, skipRows: [2, 5, 140] });
    expect(planConfirm({ counts: { rows: 3, leftOut: 0 }, blockingRows: [] })).toEqual({ importing: 3, skipping: 0, skipRows: [] });
  });

  it("never leaves out more rows than the file has", () => {
    expect(planConfirm({ counts: { rows: 2, leftOut: 5 }, blockingRows: [1, 2] })).toMatchObject({ importing: 0, skipping: 2 });
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

describe("programsListHref", () => {
  it("sends officers to their own programs and an admin to the company imported for", () => {
    expect(programsListHref("officer", "5b0e6c1a-2f3d-4c5e-8a9b-0c1d2e3f4a5b")).toBe("/programs?mine=1");
    expect(programsListHref("admin", "5b0e6c1a-2f3d-4c5e-8a9b-0c1d2e3f4a5b")).toBe("/programs?company=5b0e6c1a-2f3d-4c5e-8a9b-0c1d2e3f4a5b");
    expect(programsListHref("admin", null)).toBe("/programs");
  });
});
