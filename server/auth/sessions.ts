import "server-only";
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { userSessions } from "@/db/schema";

/** A session lasts at most this long after sign-in, whatever the cookie says. */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;
/** Sign-ins are remembered this long: an address a user signed in from is "known" to the lock-out rules. */
const KEEP_SESSIONS = "30 days";

/** Records a sign-in; its id goes into the session token. */
export async function startSession(db: DbOrTx, input: { userId: string; ip: string | null; userAgent: string | null }): Promise<string> {
  await db
    .delete(userSessions)
    .where(and(eq(userSessions.userId, input.userId), sql`${userSessions.createdAt} < now() - ${KEEP_SESSIONS}::interval`));
  const [row] = await db
    .insert(userSessions)
    .values({
      userId: input.userId,
      ip: input.ip,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
      expiresAt: sql`now() + make_interval(secs => ${SESSION_MAX_AGE_SECONDS})`,
    })
    .returning({ id: userSessions.id });
  if (!row) throw new Error("session insert returned nothing");
  return row.id;
}

/** Ends one session (sign-out); its token is refused from the next request on. */
export async function revokeSession(db: DbOrTx, sessionId: string): Promise<void> {
  if (!isSessionId(sessionId)) return;
  await db
    .update(userSessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(userSessions.id, sessionId), isNull(userSessions.revokedAt)));
}

/** Ends every session of a user except `keep` (the one changing their password). */
export async function revokeUserSessions(db: DbOrTx, userId: string, keep: string | null = null): Promise<void> {
  await db
    .update(userSessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(userSessions.userId, userId), isNull(userSessions.revokedAt), keep ? ne(userSessions.id, keep) : undefined));
}

/** Whether this user signed in successfully from this address within the last 30 days. */
export async function hasSignedInFrom(db: DbOrTx, userId: string, ip: string): Promise<boolean> {
  const rows = await db
    .select({ id: userSessions.id })
    .from(userSessions)
    .where(
      and(eq(userSessions.userId, userId), eq(userSessions.ip, ip), sql`${userSessions.createdAt} > now() - ${KEEP_SESSIONS}::interval`),
    )
    .limit(1);
  return rows.length > 0;
}

/** A token is signed by us, but a malformed id must still never reach a uuid column as an error. */
export function isSessionId(value: unknown): value is string {
  return typeof value === "string" && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
