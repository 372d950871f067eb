import "server-only";
import type { DbOrTx } from "@/db/client";
import type { Viewer } from "@/server/auth/viewer";
import { hasDecidedCollaboration } from "@/server/overlaps/collaborations.queries";

export interface CompanyContact {
  name: string | null;
  email: string | null;
  phone: string | null;
}

/**
 * Who may see a company's CSR contact: its own officers; staff (reviewers and admins), who only
 * reach a company through a program or forum in their jurisdiction; and officers of another
 * company once a collaboration between the two has been decided. Forum viewers never do.
 * Callers must already have checked that the viewer may see the program or company at all.
 */
export async function canSeeContact(db: DbOrTx, viewer: Viewer, companyId: string): Promise<boolean> {
  if (viewer.role === "reviewer" || viewer.role === "admin") return true;
  if (viewer.role !== "officer") return false;
  if (viewer.companyId === companyId) return true;
  return hasDecidedCollaboration(db, viewer.companyId, companyId);
}
