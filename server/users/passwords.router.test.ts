import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { auditLog, users } from "@/db/schema";
import { verifyCredentials } from "@/server/auth/credentials";
import { verifyPassword } from "@/server/auth/password";
import type { SessionClaims } from "@/server/auth/viewer";
import { callerFor, createTestDatabase } from "@/server/test/harness";
import { expectTrpcError } from "@/server/test/expect";
import { FIXTURE_PASSWORD, seedFixtures, type Fixtures } from "@/server/test/fixtures";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
let ipSeq = 0;
const as = (key: keyof Fixtures["users"]) => callerFor(h.db, fx.users[key]);

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
});
afterAll(() => h?.close());

async function signIn(email: string, password = FIXTURE_PASSWORD): Promise<Required<SessionClaims>> {
  const result = await verifyCredentials(h.db, { email, password, ip: `192.0.2.${++ipSeq}` });
  if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`);
  return result.claims;
}
async function userRow(id: string) {
  const [row] = await h.db.select().from(users).where(eq(users.id, id));
  if (!row) throw new Error("user missing");
  return row;
}

describe(`password policy and changes (${process.env.TEST_DB_KIND})`, () => {
  it("V7: refuses weak passwords when an admin creates a user, saying why, and creates nothing", async () => {
    const admin = await as("admin");
    const cases: [string, string][] = [
      ["aaaaaaaaaa", "errors.passwordLength"],
      ["password12", "errors.passwordLength"],
      [" ".repeat(10), "errors.passwordLength"],
      [" ".repeat(14), "errors.passwordTrivial"],
      ["zzzzzzzzzzzzzzzz", "errors.passwordTrivial"],
      ["qwerty123456", "errors.passwordCommon"],
      ["password123456", "errors.passwordCommon"],
      ["Baru-budi.santoso-2026", "errors.passwordContainsEmail"],
    ];
    for (const [password, key] of cases) {
      const errors = await expectTrpcError(
        admin.users.create({ email: "budi.santoso@test.id", name: "Budi", role: "viewer", jurisdiction: "64", password }),
        "BAD_REQUEST",
      );
      expect(errors, password).toEqual({ password: key });
    }
    expect(await h.db.select().from(users).where(eq(users.email, "budi.santoso@test.id"))).toEqual([]);
    // The demo password and a long passphrase are fine.
    for (const [i, password] of ["Kaltim-Demo-2026", "kebun sawit di tepi sungai mahakam"].entries()) {
      await admin.users.create({ email: `ok${i}@test.id`, name: "Boleh", role: "viewer", jurisdiction: "64", password });
    }
  });

  it("refuses a weak password on an admin reset, checking the target's e-mail", async () => {
    const admin = await as("admin");
    const before = await userRow(fx.users.viewer.userId);
    expect(
      await expectTrpcError(admin.users.resetPassword({ id: fx.users.viewer.userId, password: "Sandi-viewer-2026" }), "BAD_REQUEST"),
    ).toEqual({
      password: "errors.passwordContainsEmail",
    });
    expect(
      await expectTrpcError(admin.users.resetPassword({ id: fx.users.viewer.userId, password: "1q2w3e4r5t6y" }), "BAD_REQUEST"),
    ).toEqual({
      password: "errors.passwordCommon",
    });
    expect(await userRow(fx.users.viewer.userId)).toMatchObject({ passwordHash: before.passwordHash, mustChangePassword: false });
  });

  it("after an admin reset the user must change the password: every other procedure is refused until then", async () => {
    const admin = await as("admin");
    const target = fx.users.officerB.userId;
    await admin.users.resetPassword({ id: target, password: "Sementara-Dari-Admin-1" });
    expect((await userRow(target)).mustChangePassword).toBe(true);

    const first = await signIn("officer.b@test.id", "Sementara-Dari-Admin-1");
    const other = await signIn("officer.b@test.id", "Sementara-Dari-Admin-1");
    const caller = await callerFor(h.db, first);
    await expectTrpcError(caller.programs.list({}), "FORBIDDEN");
    await expectTrpcError(caller.notifications.list({}), "FORBIDDEN");
    expect(await caller.users.me()).toMatchObject({ userId: target, mustChangePassword: true });

    // The new password is checked too: refused ones change nothing.
    const change = (currentPassword: string, newPassword: string, confirmPassword = newPassword) =>
      caller.users.changePassword({ currentPassword, newPassword, confirmPassword });
    expect(await expectTrpcError(change("salah-sekali-123", "Pilihan-Sendiri-2026"), "BAD_REQUEST")).toEqual({
      currentPassword: "errors.passwordCurrentWrong",
    });
    expect(await expectTrpcError(change("Sementara-Dari-Admin-1", "iloveyou123456"), "BAD_REQUEST")).toEqual({
      newPassword: "errors.passwordCommon",
    });
    expect(await expectTrpcError(change("Sementara-Dari-Admin-1", "Pilihan-Sendiri-2026", "Pilihan-Sendiri-2025"), "BAD_REQUEST")).toEqual({
      confirmPassword: "errors.passwordMismatch",
    });
    expect(await expectTrpcError(change("Sementara-Dari-Admin-1", "Sementara-Dari-Admin-1"), "BAD_REQUEST")).toEqual({
      newPassword: "errors.passwordUnchanged",
    });
    expect((await userRow(target)).mustChangePassword).toBe(true);

    await change("Sementara-Dari-Admin-1", "Pilihan-Sendiri-2026");
    const row = await userRow(target);
    expect(row.mustChangePassword).toBe(false);
    expect(await verifyPassword(row.passwordHash, "Pilihan-Sendiri-2026")).toBe(true);
    // This session goes on and may work again; the other one has ended.
    await expect((await callerFor(h.db, first)).programs.list({})).resolves.toBeDefined();
    await expectTrpcError((await callerFor(h.db, other)).users.me(), "UNAUTHORIZED");
    const actions = (await h.db.select().from(auditLog).where(eq(auditLog.actorId, target))).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["user.password_change_failed", "user.password_change"]));
    expect(JSON.stringify(await h.db.select().from(auditLog))).not.toContain("Pilihan-Sendiri-2026");
  });

  it("lets any user change their own password, and throttles guesses at the current one", async () => {
    const claims = await signIn("reviewer.kutim@test.id");
    const caller = await callerFor(h.db, claims, "198.51.100.77");
    for (let i = 0; i < 5; i++) {
      await expectTrpcError(
        caller.users.changePassword({
          currentPassword: `tebakan-${i}`,
          newPassword: "Lembur-Di-Sangatta-9",
          confirmPassword: "Lembur-Di-Sangatta-9",
        }),
        "BAD_REQUEST",
      );
    }
    // Blocked now, even with the right current password.
    expect(
      await expectTrpcError(
        caller.users.changePassword({
          currentPassword: FIXTURE_PASSWORD,
          newPassword: "Lembur-Di-Sangatta-9",
          confirmPassword: "Lembur-Di-Sangatta-9",
        }),
        "BAD_REQUEST",
      ),
    ).toEqual({ currentPassword: "errors.passwordTooManyTries" });
    const other = await callerFor(h.db, await signIn("reviewer@test.id"), "198.51.100.78");
    await other.users.changePassword({
      currentPassword: FIXTURE_PASSWORD,
      newPassword: "Lembur-Di-Sangatta-9",
      confirmPassword: "Lembur-Di-Sangatta-9",
    });
    expect((await signIn("reviewer@test.id", "Lembur-Di-Sangatta-9")).userId).toBe(fx.users.reviewer.userId);
    await expect(signIn("reviewer@test.id", FIXTURE_PASSWORD)).rejects.toThrow(/invalid/);
  });

  it("lets an admin require a change without resetting; nobody else may", async () => {
    const target = fx.users.officerC.userId;
    for (const key of ["reviewer", "viewer", "officerA"] as const) {
      await expectTrpcError((await as(key)).users.requirePasswordChange({ id: target }), "FORBIDDEN");
    }
    await expectTrpcError((await as("adminKutim")).users.requirePasswordChange({ id: fx.users.officerA.userId }), "NOT_FOUND");
    expect((await userRow(target)).mustChangePassword).toBe(false);

    const before = await userRow(target);
    await (await as("admin")).users.requirePasswordChange({ id: target });
    const after = await userRow(target);
    expect(after).toMatchObject({
      mustChangePassword: true,
      passwordHash: before.passwordHash,
      sessionGeneration: before.sessionGeneration,
    });
    await expectTrpcError((await as("officerC")).programs.list({}), "FORBIDDEN");
    const [audit] = await h.db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.targetId} = ${target} AND ${auditLog.action} = 'user.password_change_required'`);
    expect(audit?.actorId).toBe(fx.users.admin.userId);
  });
});
