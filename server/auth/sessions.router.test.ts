import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { userSessions } from "@/db/schema";
import { verifyCredentials } from "@/server/auth/credentials";
import { revokeSession } from "@/server/auth/sessions";
import { sessionClaimsFrom, type SessionClaims } from "@/server/auth/viewer";
import { callerFor, createTestDatabase } from "@/server/test/harness";
import { expectTrpcError } from "@/server/test/expect";
import { FIXTURE_PASSWORD, seedFixtures, type Fixtures } from "@/server/test/fixtures";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
let ipSeq = 0;

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
});
afterAll(() => h?.close());

async function signIn(email: string): Promise<Required<SessionClaims>> {
  const result = await verifyCredentials(h.db, { email, password: FIXTURE_PASSWORD, ip: `192.0.2.${++ipSeq}` });
  if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`);
  return result.claims;
}
const me = async (claims: SessionClaims) => (await callerFor(h.db, claims)).users.me();

describe(`sessions (${process.env.TEST_DB_KIND})`, () => {
  it("V4: after sign-out the same token is refused, while the user's other sessions go on", async () => {
    const laptop = await signIn("reviewer@test.id");
    const phone = await signIn("reviewer@test.id");
    expect(laptop.sessionId).not.toBe(phone.sessionId);
    expect((await me(laptop)).userId).toBe(fx.users.reviewer.userId);
    expect(await me(laptop)).not.toHaveProperty("sessionId");

    // What Auth.js's signOut event does with the token's session id.
    await revokeSession(h.db, laptop.sessionId);
    await expectTrpcError(me(laptop), "UNAUTHORIZED");
    await expectTrpcError((await callerFor(h.db, laptop)).programs.list({}), "UNAUTHORIZED");
    expect((await me(phone)).userId).toBe(fx.users.reviewer.userId);
    const [row] = await h.db.select().from(userSessions).where(eq(userSessions.id, laptop.sessionId));
    expect(row?.revokedAt).toBeInstanceOf(Date);
  });

  it("refuses an expired session, another user's session, and a malformed session id", async () => {
    const viewer = await signIn("viewer@test.id");
    const officer = await signIn("officer.a@test.id");
    await expectTrpcError(me({ ...viewer, sessionId: officer.sessionId }), "UNAUTHORIZED");
    await expectTrpcError(me({ ...viewer, sessionId: "not-a-uuid" }), "UNAUTHORIZED");
    await expectTrpcError(me({ ...viewer, sessionId: "00000000-0000-4000-8000-000000000000" }), "UNAUTHORIZED");
    expect((await me(viewer)).userId).toBe(fx.users.viewer.userId);
    await h.db
      .update(userSessions)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(userSessions.id, viewer.sessionId));
    await expectTrpcError(me(viewer), "UNAUTHORIZED");
    expect((await me(officer)).userId).toBe(fx.users.officerA.userId);
  });

  it("takes claims over HTTP only from a token that names its session", () => {
    const sid = "0b6c1c2e-3d4f-4a5b-8c6d-7e8f9a0b1c2d";
    expect(sessionClaimsFrom({ user: { id: "u1" }, generation: 2, sessionId: sid })).toEqual({
      userId: "u1",
      generation: 2,
      sessionId: sid,
    });
    // A token from before sessions were revocable (no id) is refused, as is a malformed id.
    expect(sessionClaimsFrom({ user: { id: "u1" }, generation: 2 })).toBeNull();
    expect(sessionClaimsFrom({ user: { id: "u1" }, generation: 2, sessionId: "x" })).toBeNull();
    expect(sessionClaimsFrom({ user: { id: "u1" }, sessionId: sid })).toBeNull();
    expect(sessionClaimsFrom(null)).toBeNull();
  });

  it("ends every session on a password reset by an admin", async () => {
    const a = await signIn("officer.b@test.id");
    const b = await signIn("officer.b@test.id");
    const admin = await callerFor(h.db, await signIn("admin@test.id"));
    await admin.users.resetPassword({ id: fx.users.officerB.userId, password: "Sementara-Kuat-2026" });
    await expectTrpcError(me(a), "UNAUTHORIZED");
    await expectTrpcError(me(b), "UNAUTHORIZED");
    // Even with the new generation, the old sessions stay revoked.
    await expectTrpcError(me({ ...a, generation: a.generation + 1 }), "UNAUTHORIZED");
  });
});
