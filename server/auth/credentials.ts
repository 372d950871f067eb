import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import { recordAudit } from "@/server/audit/audit";
import { getDummyHash, verifyPassword } from "./password";
import { clearFailures, recordFailure, secondsBlocked, throttleKey } from "./throttle";
import type { SessionClaims } from "./viewer";

export type SignInFailure = "invalid" | "throttled" | "inactive";
export type SignInResult = { ok: true; claims: SessionClaims } | { ok: false; reason: SignInFailure; retryAfterSeconds?: number };

/**
 * Checks an email and password. Refuses while the email or the client's IP is blocked after
 * repeated failures; every failure and every success is written to the audit log.
 */
export async function verifyCredentials(
  db: Database,
  input: { email: string; password: string; ip: string | null },
): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const emailKey = throttleKey("email", email);
  const ipKey = input.ip ? throttleKey("ip", input.ip) : null;
  const keys = ipKey ? [emailKey, ipKey] : [emailKey];

  const wait = await secondsBlocked(db, keys);
  if (wait > 0) {
    await recordAudit(db, { actorId: null, action: "auth.sign_in_throttled", ip: input.ip, details: { email } });
    return { ok: false, reason: "throttled", retryAfterSeconds: wait };
  }

  const [user] = await db
    .select({ id: users.id, hash: users.passwordHash, isActive: users.isActive, generation: users.sessionGeneration })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email))
    .limit(1);
  const valid = await verifyPassword(user?.hash ?? (await getDummyHash()), input.password);

  if (!user || !valid) {
    await recordFailure(db, "email", emailKey);
    if (ipKey) await recordFailure(db, "ip", ipKey);
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
  await clearFailures(db, emailKey);
  await db
    .update(users)
    .set({ lastSignInAt: sql`now()` })
    .where(eq(users.id, user.id));
  await recordAudit(db, { actorId: user.id, action: "auth.sign_in", ip: input.ip });
  return { ok: true, claims: { userId: user.id, generation: user.generation } };
}
