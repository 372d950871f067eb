import "server-only";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { users, type Role } from "@/db/schema";

interface ViewerBase {
  userId: string;
  email: string;
  name: string;
}
export type OfficerViewer = ViewerBase & { role: "officer"; companyId: string; jurisdiction: null };
export type StaffViewer = ViewerBase & { role: Exclude<Role, "officer">; companyId: null; jurisdiction: string };
/** The signed-in person as every procedure sees them, read fresh from the database. */
export type Viewer = OfficerViewer | StaffViewer;

/** What a session token carries: who, and which generation of their sessions it belongs to. */
export interface SessionClaims {
  userId: string;
  generation: number;
}

/**
 * Turns session claims into a Viewer, or null when the user no longer exists, is deactivated,
 * or the session predates a deactivation or password reset (generation mismatch).
 */
export async function resolveViewer(db: DbOrTx, claims: SessionClaims | null): Promise<Viewer | null> {
  if (!claims) return null;
  const [u] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      companyId: users.companyId,
      jurisdiction: users.jurisdiction,
      isActive: users.isActive,
      generation: users.sessionGeneration,
    })
    .from(users)
    .where(eq(users.id, claims.userId))
    .limit(1);
  if (!u || !u.isActive || u.generation !== claims.generation) return null;
  const base = { userId: u.id, email: u.email, name: u.name };
  if (u.role === "officer") {
    return u.companyId ? { ...base, role: "officer", companyId: u.companyId, jurisdiction: null } : null;
  }
  return u.jurisdiction ? { ...base, role: u.role, companyId: null, jurisdiction: u.jurisdiction } : null;
}
