import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { auditLog, loginThrottle, users, userSessions } from "@/db/schema";
import { verifyCredentials } from "@/server/auth/credentials";
import { createTestDatabase } from "@/server/test/harness";
import { FIXTURE_PASSWORD, seedFixtures, type Fixtures } from "@/server/test/fixtures";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
const WRONG = "salah-total-99";
let ipSeq = 0;
/** Each test signs in from its own address so the IP counter of one test never blocks another. */
const freshIp = () => `198.51.100.${++ipSeq}`;

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
});
afterAll(() => h?.close());

async function auditFor(action: string, email: string) {
  return h.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), sql`${auditLog.details}->>'email' = ${email}`));
}

describe(`verifyCredentials (${process.env.TEST_DB_KIND})`, () => {
  it("returns the session claims for the right password and audits the sign-in", async () => {
    const ip = freshIp();
    const result = await verifyCredentials(h.db, { email: "admin@test.id", password: FIXTURE_PASSWORD, ip, userAgent: "Test/1.0" });
    expect(result).toEqual({ ok: true, claims: { ...fx.users.admin, sessionId: expect.any(String) } });
    const [session] = await h.db
      .select()
      .from(userSessions)
      .where(eq(userSessions.id, result.ok ? result.claims.sessionId : ""));
    expect(session).toMatchObject({ userId: fx.users.admin.userId, ip, userAgent: "Test/1.0", revokedAt: null });
    // The session lasts twelve hours from sign-in, whatever the cookie says.
    const hours = ((session?.expiresAt.getTime() ?? 0) - (session?.createdAt.getTime() ?? 0)) / 3_600_000;
    expect(hours).toBeCloseTo(12, 3);
    const audit = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "auth.sign_in"), eq(auditLog.actorId, fx.users.admin.userId)));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.ip).toBe(ip);
    const [row] = await h.db.select({ at: users.lastSignInAt }).from(users).where(eq(users.id, fx.users.admin.userId));
    expect(row?.at).toBeInstanceOf(Date);
  });

  it("matches the email whatever its case and surrounding spaces", async () => {
    const result = await verifyCredentials(h.db, { email: "  Reviewer@TEST.id ", password: FIXTURE_PASSWORD, ip: freshIp() });
    expect(result).toMatchObject({ ok: true, claims: fx.users.reviewer });
  });

  it("refuses a wrong password and audits the reason without the password", async () => {
    const ip = freshIp();
    const result = await verifyCredentials(h.db, { email: "viewer@test.id", password: WRONG, ip });
    expect(result).toEqual({ ok: false, reason: "invalid" });
    const audit = await auditFor("auth.sign_in_failed", "viewer@test.id");
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actorId).toBe(fx.users.viewer.userId);
    expect(audit[0]?.details).toMatchObject({ reason: "wrong_password" });
    expect(JSON.stringify(audit[0]?.details)).not.toContain(WRONG);
    // One failure counts against the account from this address, the account, and the address.
    const counters = await h.db
      .select()
      .from(loginThrottle)
      .where(sql`${loginThrottle.key} like '%viewer@test.id%' or ${loginThrottle.key} = ${"ip:" + ip}`);
    expect(Object.fromEntries(counters.map((c) => [c.key, c.failures]))).toEqual({
      [`email+ip:viewer@test.id|${ip}`]: 1,
      "email:viewer@test.id": 1,
      [`ip:${ip}`]: 1,
    });
  });

  it("refuses an unknown email the same way", async () => {
    const result = await verifyCredentials(h.db, { email: "tidak.ada@test.id", password: FIXTURE_PASSWORD, ip: freshIp() });
    expect(result).toEqual({ ok: false, reason: "invalid" });
    const audit = await auditFor("auth.sign_in_failed", "tidak.ada@test.id");
    expect(audit.map((a) => a.details)).toEqual([{ email: "tidak.ada@test.id", reason: "unknown_email" }]);
    expect(audit[0]?.actorId).toBeNull();
  });

  it("tells an inactive user with the right password that the account is inactive, and nothing more otherwise", async () => {
    const ip = freshIp();
    expect(await verifyCredentials(h.db, { email: "inactive@test.id", password: FIXTURE_PASSWORD, ip })).toEqual({
      ok: false,
      reason: "inactive",
    });
    expect(await verifyCredentials(h.db, { email: "inactive@test.id", password: WRONG, ip })).toEqual({ ok: false, reason: "invalid" });
    const reasons = (await auditFor("auth.sign_in_failed", "inactive@test.id")).map((a) => (a.details as { reason?: string }).reason);
    expect(reasons.sort()).toEqual(["inactive", "wrong_password"]);
    expect(
      await h.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, "auth.sign_in"), eq(auditLog.actorId, fx.users.inactiveOfficer.userId))),
    ).toEqual([]);
  });

  it("forgives fewer than five failures once the right password is given", async () => {
    const ip = freshIp();
    for (let i = 0; i < 4; i++) expect((await verifyCredentials(h.db, { email: "officer.b@test.id", password: WRONG, ip })).ok).toBe(false);
    expect((await verifyCredentials(h.db, { email: "officer.b@test.id", password: FIXTURE_PASSWORD, ip })).ok).toBe(true);
    // Success clears the counter of this account from this address: four more failures still do not block.
    expect(
      await h.db
        .select()
        .from(loginThrottle)
        .where(eq(loginThrottle.key, `email+ip:officer.b@test.id|${ip}`)),
    ).toEqual([]);
    for (let i = 0; i < 4; i++) await verifyCredentials(h.db, { email: "officer.b@test.id", password: WRONG, ip });
    expect((await verifyCredentials(h.db, { email: "officer.b@test.id", password: FIXTURE_PASSWORD, ip })).ok).toBe(true);
  });

  it("blocks an account from one address after five failures, but not the same account from another address (info item)", async () => {
    const attacker = freshIp();
    for (let i = 0; i < 5; i++) {
      // Mixed case still counts against the same email.
      const email = i % 2 ? "OFFICER.A2@test.id" : "officer.a2@test.id";
      expect(await verifyCredentials(h.db, { email, password: WRONG, ip: attacker })).toEqual({ ok: false, reason: "invalid" });
    }
    const result = await verifyCredentials(h.db, { email: "officer.a2@test.id", password: FIXTURE_PASSWORD, ip: attacker });
    expect(result).toMatchObject({ ok: false, reason: "throttled" });
    expect(result.ok ? 0 : (result.retryAfterSeconds ?? 0)).toBeGreaterThan(0);
    expect(await auditFor("auth.sign_in_throttled", "officer.a2@test.id")).toHaveLength(1);
    // The real user elsewhere is not locked out by a stranger's five guesses.
    const owner = await verifyCredentials(h.db, { email: "officer.a2@test.id", password: FIXTURE_PASSWORD, ip: freshIp() });
    expect(owner.ok).toBe(true);
    // Other accounts from the attacker's address are not affected either (the address limit is higher).
    expect((await verifyCredentials(h.db, { email: "officer.a@test.id", password: FIXTURE_PASSWORD, ip: attacker })).ok).toBe(true);

    // Once the block has run out the right password works again from there, and clears the counter.
    await h.db
      .update(loginThrottle)
      .set({ blockedUntil: sql`now() - interval '1 second'` })
      .where(eq(loginThrottle.key, `email+ip:officer.a2@test.id|${attacker}`));
    expect((await verifyCredentials(h.db, { email: "officer.a2@test.id", password: FIXTURE_PASSWORD, ip: attacker })).ok).toBe(true);
    expect(
      await h.db
        .select()
        .from(loginThrottle)
        .where(eq(loginThrottle.key, `email+ip:officer.a2@test.id|${attacker}`)),
    ).toEqual([]);
  });

  it("slows a distributed attack on one account from new addresses, never from an address the user signed in from", async () => {
    const home = freshIp();
    expect((await verifyCredentials(h.db, { email: "admin.kutim@test.id", password: FIXTURE_PASSWORD, ip: home })).ok).toBe(true);
    // 99 failures from many addresses already (written directly: 99 argon2 checks would be slow), then one more.
    await h.db.insert(loginThrottle).values({ key: "email:admin.kutim@test.id", failures: 99 });
    expect((await verifyCredentials(h.db, { email: "admin.kutim@test.id", password: WRONG, ip: freshIp() })).ok).toBe(false);
    const [row] = await h.db.select().from(loginThrottle).where(eq(loginThrottle.key, "email:admin.kutim@test.id"));
    expect(row?.failures).toBe(100);
    expect(row?.blockedUntil).toBeInstanceOf(Date);

    const fromNew = await verifyCredentials(h.db, { email: "admin.kutim@test.id", password: FIXTURE_PASSWORD, ip: freshIp() });
    expect(fromNew).toMatchObject({ ok: false, reason: "throttled" });
    expect((await verifyCredentials(h.db, { email: "admin.kutim@test.id", password: FIXTURE_PASSWORD, ip: home })).ok).toBe(true);
    // A success does not reset the account-wide count, or an attacker could wait for one.
    const [after] = await h.db.select().from(loginThrottle).where(eq(loginThrottle.key, "email:admin.kutim@test.id"));
    expect(after?.failures).toBe(100);
  });

  it("forgets failures after a quiet hour", async () => {
    const key = "email+ip:reviewer.kutim@test.id|-";
    for (let i = 0; i < 4; i++) await verifyCredentials(h.db, { email: "reviewer.kutim@test.id", password: WRONG, ip: null });
    await h.db
      .update(loginThrottle)
      .set({ lastFailureAt: sql`now() - interval '2 hours'` })
      .where(eq(loginThrottle.key, key));
    await verifyCredentials(h.db, { email: "reviewer.kutim@test.id", password: WRONG, ip: null });
    const [row] = await h.db.select().from(loginThrottle).where(eq(loginThrottle.key, key));
    expect(row).toMatchObject({ failures: 1, blockedUntil: null });
    expect((await verifyCredentials(h.db, { email: "reviewer.kutim@test.id", password: FIXTURE_PASSWORD, ip: null })).ok).toBe(true);
  });

  it("blocks an address after thirty failures spread over different emails", async () => {
    const ip = freshIp();
    for (let i = 0; i < 29; i++) await verifyCredentials(h.db, { email: `tebak${i}@test.id`, password: WRONG, ip });
    const [before] = await h.db
      .select()
      .from(loginThrottle)
      .where(eq(loginThrottle.key, `ip:${ip}`));
    expect(before).toMatchObject({ failures: 29, blockedUntil: null });
    await verifyCredentials(h.db, { email: "tebak29@test.id", password: WRONG, ip });

    const blocked = await verifyCredentials(h.db, { email: "officer.c@test.id", password: FIXTURE_PASSWORD, ip });
    expect(blocked).toMatchObject({ ok: false, reason: "throttled" });
    expect(blocked.ok ? 0 : (blocked.retryAfterSeconds ?? 0)).toBeGreaterThan(0);
    // The same account from another address is fine: only the address is blocked.
    expect((await verifyCredentials(h.db, { email: "officer.c@test.id", password: FIXTURE_PASSWORD, ip: freshIp() })).ok).toBe(true);
  });
});
