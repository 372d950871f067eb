import { describe, expect, it } from "vitest";
import { PROGRAM_STATUSES } from "@/lib/enums";
import { allowedActions, canTransition, TRANSITIONS } from "./transitions";

const owner = { role: "officer" as const, companyId: "c1", jurisdiction: null };
const otherOfficer = { role: "officer" as const, companyId: "c2", jurisdiction: null };
const reviewer = { role: "reviewer" as const, companyId: null, jurisdiction: "64" };
const viewer = { role: "viewer" as const, companyId: null, jurisdiction: "64" };
const AREAS = ["64.72.01.1001"];

describe("program life cycle", () => {
  it("follows the documented graph", () => {
    expect(allowedActions(owner, { companyId: "c1", status: "draft", areaCodes: AREAS })).toEqual(["submit", "withdraw"]);
    expect(allowedActions(reviewer, { companyId: "c1", status: "submitted", areaCodes: AREAS })).toEqual(["approve", "request_revision", "reject"]);
    expect(allowedActions(owner, { companyId: "c1", status: "submitted", areaCodes: AREAS })).toEqual(["withdraw"]);
    expect(allowedActions(owner, { companyId: "c1", status: "revision_requested", areaCodes: AREAS })).toEqual(["submit"]);
    expect(allowedActions(owner, { companyId: "c1", status: "approved", areaCodes: AREAS })).toEqual(["start"]);
    expect(allowedActions(owner, { companyId: "c1", status: "in_progress", areaCodes: AREAS })).toEqual(["complete"]);
  });
  it("ends in completed, rejected and withdrawn", () => {
    for (const status of ["completed", "rejected", "withdrawn"] as const) {
      expect(allowedActions(owner, { companyId: "c1", status, areaCodes: AREAS })).toEqual([]);
      expect(allowedActions(reviewer, { companyId: "c1", status, areaCodes: AREAS })).toEqual([]);
    }
  });
  it("gives viewers and other companies no move at all", () => {
    for (const status of PROGRAM_STATUSES) {
      expect(allowedActions(viewer, { companyId: "c1", status, areaCodes: AREAS })).toEqual([]);
      expect(allowedActions(otherOfficer, { companyId: "c1", status, areaCodes: AREAS })).toEqual([]);
    }
  });
  it("keeps decisions for staff and the program's work for its company", () => {
    expect(canTransition(owner, { companyId: "c1", status: "submitted", areaCodes: AREAS }, "approve")).toBe(false);
    expect(canTransition(reviewer, { companyId: "c1", status: "approved", areaCodes: AREAS }, "start")).toBe(false);
    expect(TRANSITIONS.reject.noteRequired && TRANSITIONS.request_revision.noteRequired).toBe(true);
  });
  it("lets staff decide only over every area of the program (V9)", () => {
    const kutim = { role: "reviewer" as const, companyId: null, jurisdiction: "64.08" };
    const province = { companyId: "c1", status: "submitted" as const, areaCodes: ["64"] };
    const split = { companyId: "c1", status: "submitted" as const, areaCodes: ["64.08.10.2001", "64.72.01.1001"] };
    const inside = { companyId: "c1", status: "submitted" as const, areaCodes: ["64.08.10.2001", "64.08"] };
    expect(allowedActions(kutim, province)).toEqual([]);
    expect(allowedActions(kutim, split)).toEqual([]);
    expect(allowedActions(kutim, inside)).toEqual(["approve", "request_revision", "reject"]);
    expect(allowedActions(reviewer, province)).toEqual(["approve", "request_revision", "reject"]);
    expect(allowedActions({ ...reviewer, jurisdiction: "ID" }, province)).toEqual(["approve", "request_revision", "reject"]);
    // A program with no area at all is nobody's to decide.
    expect(allowedActions(reviewer, { ...province, areaCodes: [] })).toEqual([]);
  });
});
