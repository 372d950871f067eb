import type { Viewer } from "@/server/auth/viewer";

/**
 * Staff (reviewers and admins, who reach a program only within their jurisdiction) and the
 * company's own officers: the audience for people's names and notes about a company's program.
 * Other companies and forum viewers see the program, the moves and roles, not the persons.
 */
export function isOwnerOrStaff(viewer: Viewer, companyId: string): boolean {
  if (viewer.role === "reviewer" || viewer.role === "admin") return true;
  return viewer.role === "officer" && viewer.companyId === companyId;
}
