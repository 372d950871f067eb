import { describe, expect, it } from "vitest";
import { PROGRAM_STATUSES } from "@/lib/enums";
import { allowedActions, canTransition, TRANSITIONS } from "./transitions";

const owner = { role: "officer" as const, companyId: "c1" };
const otherOfficer = { role: "officer" as const, companyId: "c2" };
const reviewer = { role: "reviewer" as const, companyId: null };
const viewer = { role: "viewer" as const, companyId: null };

describe("program life cycle", () => {
  it("follows the documented graph", () => {
    expect(allowedActions(owner, { companyId: "c1", status: "draft" })).toEqual(["submit", "withdraw"]);
    expect(allowedActions(reviewer, { companyId: "c1", status: "submitted" })).toEqual(["approve", "request_revision", "reject"]);
    expect(allowedActions(owner, { companyId: "c1", status: "submitted" })).toEqual(["withdraw"]);
    expect(allowedActions(owner, { companyId: "c1", status: "revision_requested" })).toEqual(["submit"]);
    expect(allowedActions(owner, { companyId: "c1", status: "approved" })).toEqual(["start"]);
    expect(allowedActions(owner, { companyId: "c1", status: "in_progress" })).toEqual(["complete"]);
  });
  it("ends in completed, rejected and withdrawn", () => {
    for (const status of ["completed", "rejected", "withdrawn"] as const) {
      expect(allowedActions(owner, { companyId: "c1", status })).toEqual([]);
      expect(allowedActions(reviewer, { companyId: "c1", status })).toEqual([]);
    }
  });
  it("gives viewers and other companies no move at all", () => {
    for (const status of PROGRAM_STATUSES) {
      expect(allowedActions(viewer, { companyId: "c1", status })).toEqual([]);
      expect(allowedActions(otherOfficer, { companyId: "c1", status })).toEqual([]);
    }
  });
  it("keeps decisions for staff and the program's work for its company", () => {
    expect(canTransition(owner, { companyId: "c1", status: "submitted" }, "approve")).toBe(false);
    expect(canTransition(reviewer, { companyId: "c1", status: "approved" }, "start")).toBe(false);
    expect(TRANSITIONS.reject.noteRequired && TRANSITIONS.request_revision.noteRequired).toBe(true);
  });
});
