import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import { recordAudit } from "@/server/audit/audit";
import { getDummyHash, verifyPassword } from "./password";
import { hasSignedInFrom, startSession } from "./sessions";
import { clearFailures, pairKey, recordFailure, secondsBlocked, throttleKey } from "./throttle";
import type { SessionClaims } from "./viewer";

export type SignInFailure = "invalid" | "throttled" | "inactive";
export type SignInResult = { ok: true; claims: Required<SessionClaims> } | { ok: false; reason: SignInFailure; retryAfterSeconds?: number };

/**
 * Checks an email and password and opens a session. Refuses while the account from this
 * address, the address, or (from an address the account never signed in from) the account as
 * a whole is blocked after repeated failures; every failure and success goes to the audit log.
 */
export async function verifyCredentials(
  db: Database,
  input: { email: string; password: string; ip: string | null; userAgent?: string | null },
): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const accountFromHere = pairKey(email, input.ip);
  const account = throttleKey("email", email);
  const address = input.ip ? throttleKey("ip", input.ip) : null;

  const [user] = await db
    .select({ id: users.id, hash: users.passwordHash, isActive: users.isActive, generation: users.sessionGeneration })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email))
    .limit(1);
  const isKnownAddress = !!user && !!input.ip && (await hasSignedInFrom(db, user.id, input.ip));
  const keys = [accountFromHere, ...(address ? [address] : []), ...(isKnownAddress ? [] : [account])];

  const wait = await secondsBlocked(db, keys);
  if (wait > 0) {
    await recordAudit(db, { actorId: null, action: "auth.sign_in_throttled", ip: input.ip, details: { email } });
    return { ok: false, reason: "throttled", retryAfterSeconds: wait };
  }

  const valid = await verifyPassword(user?.hash ?? (await getDummyHash()), input.password);
  if (!user || !valid) {
    await recordFailure(db, "email+ip", accountFromHere);
    await recordFailure(db, "email", account);
    if (address) await recordFailure(db, "ip", address);
    await recordAudit(db, {
      actorId: user?.id ?? null,
      action: "auth.sign_in_failed",
      ip: input.ip,
      details: { email, reason: user ? "wrong_password" : "unknown_email" },
    });
    return { ok: false, reason: "invalid" };
  }
  if (!user.isActive) {
    await recordAudit(db, { actorId: user.id, action: "auth.sign_in_failed", ip: input.ip, details: { email, reason: "inactive" } });
    return { ok: false, reason: "inactive" };
  }
  // The account-wide counter is left alone: a success must not reset a distributed attack's count.
  await clearFailures(db, accountFromHere);
  await db
    .update(users)
    .set({ lastSignInAt: sql`now()` })
    .where(eq(users.id, user.id));
  const sessionId = await startSession(db, { userId: user.id, ip: input.ip, userAgent: input.userAgent ?? null });
  await recordAudit(db, { actorId: user.id, action: "auth.sign_in", ip: input.ip });
  return { ok: true, claims: { userId: user.id, generation: user.generation, sessionId } };
}
