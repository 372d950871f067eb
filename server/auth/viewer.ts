import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { users, userSessions, type Role } from "@/db/schema";
import { isSessionId } from "./sessions";

interface ViewerBase {
  userId: string;
  email: string;
  name: string;
  /** The session this request belongs to; absent for callers built without one (tests, scripts). */
  sessionId?: string;
  /** True until the user has replaced a password an admin set; absent means false. */
  mustChangePassword?: boolean;
}
export type OfficerViewer = ViewerBase & { role: "officer"; companyId: string; jurisdiction: null };
export type StaffViewer = ViewerBase & { role: Exclude<Role, "officer">; companyId: null; jurisdiction: string };
/** The signed-in person as every procedure sees them, read fresh from the database. */
export type Viewer = OfficerViewer | StaffViewer;

/**
 * What a session token carries: who, which generation of their sessions, and which sign-in.
 * `sessionId` is optional only for callers without HTTP (tests build claims by hand); the HTTP
 * path (`getSessionClaims`) refuses a token without one.
 */
export interface SessionClaims {
  userId: string;
  generation: number;
  sessionId?: string;
}

/** The claims of an Auth.js session, or null. A token without a session id (issued before sessions were revocable) is refused. */
export function sessionClaimsFrom(
  session: { user?: { id?: string | null } | null; generation?: unknown; sessionId?: unknown } | null,
): SessionClaims | null {
  const userId = session?.user?.id;
  const generation = session?.generation;
  const sessionId = session?.sessionId;
  if (!userId || typeof generation !== "number" || !isSessionId(sessionId)) return null;
  return { userId, generation, sessionId };
}

/**
 * Turns session claims into a Viewer, or null when the user no longer exists, is deactivated,
 * the session predates a deactivation or password reset (generation mismatch), or the session
 * was signed out, has expired or belongs to someone else. One query: the session row is joined.
 */
export async function resolveViewer(db: DbOrTx, claims: SessionClaims | null): Promise<Viewer | null> {
  if (!claims) return null;
  const sessionId = claims.sessionId;
  if (sessionId !== undefined && !isSessionId(sessionId)) return null;
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
      mustChangePassword: users.mustChangePassword,
      liveSession: userSessions.id,
    })
    .from(users)
    .leftJoin(
      userSessions,
      sessionId
        ? and(
            eq(userSessions.id, sessionId),
            eq(userSessions.userId, users.id),
            isNull(userSessions.revokedAt),
            gt(userSessions.expiresAt, sql`now()`),
          )
        : sql`false`,
    )
    .where(eq(users.id, claims.userId))
    .limit(1);
  if (!u || !u.isActive || u.generation !== claims.generation) return null;
  if (sessionId && u.liveSession !== sessionId) return null;
  const base = {
    userId: u.id,
    email: u.email,
    name: u.name,
    mustChangePassword: u.mustChangePassword,
    ...(sessionId ? { sessionId } : {}),
  };
  if (u.role === "officer") {
    return u.companyId ? { ...base, role: "officer", companyId: u.companyId, jurisdiction: null } : null;
  }
  return u.jurisdiction ? { ...base, role: u.role, companyId: null, jurisdiction: u.jurisdiction } : null;
}
