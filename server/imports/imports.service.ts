import "server-only";
import type { Database } from "@/db/client";
import type { OfficerViewer, StaffViewer } from "@/server/auth/viewer";
import { forbidden } from "@/server/errors";
import type { Importer } from "./importer";
import { findCompanyName } from "./imports.queries";

/** The importer behind a signed-in user: an officer for their company, an admin for the companies they manage. */
export async function resolveImporter(db: Database, viewer: OfficerViewer | StaffViewer): Promise<Importer & { userId: string }> {
  if (viewer.role === "officer") {
    const companyName = await findCompanyName(db, viewer.companyId);
    if (companyName === null) throw forbidden();
    return { kind: "officer", userId: viewer.userId, companyId: viewer.companyId, companyName };
  }
  if (viewer.role === "admin") return { kind: "admin", userId: viewer.userId, admin: viewer };
  throw forbidden();
}
