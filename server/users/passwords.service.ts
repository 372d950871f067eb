import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import { passwordProblem } from "@/server/auth/password-policy";
import { revokeUserSessions } from "@/server/auth/sessions";
import { clearFailures, pairKey, recordFailure, secondsBlocked } from "@/server/auth/throttle";
import type { StaffViewer, Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit/audit";
import { fieldError, notFound } from "@/server/errors";
import type { ChangeOwnPasswordInput } from "./users.schemas";
import { findManagedUser } from "./users.queries";

/** Refuses a password the policy does not allow, with the reason beside `field`. */
export function assertPasswordAllowed(field: string, password: string, email: string): void {
  const problem = passwordProblem(password, email);
  if (problem) throw fieldError(field, problem);
}

/**
 * An admin sets a new password: every session of the user ends, and the user must replace the
 * password (which the admin knows) at their next sign-in.
 */
export async function resetPassword(db: Database, admin: StaffViewer, input: { id: string; password: string }, ip: string | null = null) {
  // The policy needs the target's e-mail; hashing (tens of ms) stays outside the transaction.
  const target = await findManagedUser(db, admin, input.id);
  if (!target) throw notFound();
  assertPasswordAllowed("password", input.password, target.email);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    if (!(await findManagedUser(tx, admin, input.id))) throw notFound();
    await tx
      .update(users)
      .set({
        passwordHash,
        mustChangePassword: true,
        sessionGeneration: sql`${users.sessionGeneration} + 1`,
        version: sql`${users.version} + 1`,
      })
      .where(eq(users.id, input.id));
    await revokeUserSessions(tx, input.id);
    await recordAudit(tx, { actorId: admin.userId, action: "user.password_reset", targetType: "user", targetId: input.id, ip });
    return { id: input.id };
  });
}

/** An admin asks a user to choose a new password; until then only the change page works for them. */
export async function requirePasswordChange(db: Database, admin: StaffViewer, input: { id: string }, ip: string | null = null) {
  return db.transaction(async (tx) => {
    const current = await findManagedUser(tx, admin, input.id);
    if (!current) throw notFound();
    await tx
      .update(users)
      .set({ mustChangePassword: true, version: sql`${users.version} + 1` })
      .where(eq(users.id, input.id));
    await recordAudit(tx, { actorId: admin.userId, action: "user.password_change_required", targetType: "user", targetId: input.id, ip });
    return { id: input.id };
  });
}

/**
 * A user replaces their own password. The current password is required and wrong guesses count
 * against the same sign-in limit (account from this address); every other session ends, this
 * one goes on.
 */
export async function changeOwnPassword(db: Database, viewer: Viewer, input: ChangeOwnPasswordInput, ip: string | null = null) {
  const key = pairKey(viewer.email, ip);
  if ((await secondsBlocked(db, [key])) > 0) throw fieldError("currentPassword", "errors.passwordTooManyTries");
  const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, viewer.userId));
  if (!row) throw notFound();
  if (!(await verifyPassword(row.hash, input.currentPassword))) {
    await recordFailure(db, "email+ip", key);
    await recordAudit(db, { actorId: viewer.userId, action: "user.password_change_failed", ip });
    throw fieldError("currentPassword", "errors.passwordCurrentWrong");
  }
  assertPasswordAllowed("newPassword", input.newPassword, viewer.email);
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, version: sql`${users.version} + 1` })
      .where(eq(users.id, viewer.userId));
    await revokeUserSessions(tx, viewer.userId, viewer.sessionId ?? null);
    await clearFailures(tx, key);
    await recordAudit(tx, { actorId: viewer.userId, action: "user.password_change", targetType: "user", targetId: viewer.userId, ip });
  });
  return { ok: true as const };
}
