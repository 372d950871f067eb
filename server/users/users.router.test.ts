import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { auditLog, users } from "@/db/schema";
import { verifyPassword } from "@/server/auth/password";
import { callerFor, createTestDatabase } from "@/server/test/harness";
import { FIXTURE_PASSWORD, seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { expectTrpcError } from "@/server/test/expect";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
const as = (key: keyof Fixtures["users"]) => callerFor(h.db, fx.users[key]);
const NEW_PASSWORD = "Rahasia-Baru-Sekali-42";

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
});
afterAll(() => h?.close());

type NewUser = {
  email: string;
  name?: string;
  role: "admin" | "reviewer" | "officer" | "viewer";
  companyId?: string | null;
  jurisdiction?: string | null;
};
const userInput = (u: NewUser) => ({ name: "Pengguna Baru", password: "kata-sandi-awal-123", ...u });

async function userRow(id: string) {
  const [row] = await h.db.select().from(users).where(eq(users.id, id));
  if (!row) throw new Error("user missing");
  return row;
}
const claimsOf = async (id: string) => ({ userId: id, generation: (await userRow(id)).sessionGeneration });

describe(`users (${process.env.TEST_DB_KIND})`, () => {
  it("answers me with the fresh viewer, and refuses anonymous callers", async () => {
    expect(await (await as("officerA")).users.me()).toMatchObject({
      role: "officer",
      companyId: fx.companies.a,
      jurisdiction: null,
      email: "officer.a@test.id",
    });
    expect(await (await as("reviewerKutim")).users.me()).toMatchObject({ role: "reviewer", companyId: null, jurisdiction: "64.08" });
    const anon = await callerFor(h.db, null);
    await expectTrpcError(anon.users.me(), "UNAUTHORIZED");
    await expectTrpcError(anon.users.list({}), "UNAUTHORIZED");
    await expectTrpcError(anon.users.create(userInput({ email: "anon@test.id", role: "viewer", jurisdiction: "64" })), "UNAUTHORIZED");
    // The fixture's inactive officer has no session at all.
    await expectTrpcError((await as("inactiveOfficer")).users.me(), "UNAUTHORIZED");
  });

  it("refuses every management procedure to non-admins and changes nothing", async () => {
    const target = fx.users.officerB.userId;
    for (const key of ["reviewer", "viewer", "officerA", "reviewerKutim"] as const) {
      const c = await as(key);
      await expectTrpcError(c.users.list({}), "FORBIDDEN");
      await expectTrpcError(c.users.create(userInput({ email: `x.${key}@test.id`, role: "admin", jurisdiction: "64" })), "FORBIDDEN");
      await expectTrpcError(c.users.update({ id: target, version: 1, name: "Dibajak", role: "admin", jurisdiction: "64" }), "FORBIDDEN");
      await expectTrpcError(c.users.resetPassword({ id: target, password: NEW_PASSWORD }), "FORBIDDEN");
      await expectTrpcError(c.users.setActive({ id: target, isActive: false }), "FORBIDDEN");
    }
    expect(await userRow(target)).toMatchObject({ role: "officer", name: "officerB", isActive: true, version: 1, sessionGeneration: 1 });
  });

  it("creates users of each role with the right scope, hashing the password with argon2id", async () => {
    const admin = await as("admin");
    const cases: NewUser[] = [
      { email: "admin.smd@test.id", role: "admin", jurisdiction: "64.72" },
      { email: "reviewer.baru@test.id", role: "reviewer", jurisdiction: "64", companyId: fx.companies.a },
      { email: "viewer.kutim@test.id", role: "viewer", jurisdiction: "64.08" },
      { email: "Officer.Baru@Test.ID", role: "officer", companyId: fx.companies.c, jurisdiction: "64" },
    ];
    for (const u of cases) {
      const { id } = await admin.users.create(userInput(u));
      const row = await userRow(id);
      expect(row.email).toBe(u.email.toLowerCase());
      expect(row.role).toBe(u.role);
      // Officers keep only their company; staff only their jurisdiction, whatever else was sent.
      expect(row.companyId).toBe(u.role === "officer" ? u.companyId : null);
      expect(row.jurisdiction).toBe(u.role === "officer" ? null : u.jurisdiction);
      expect(row.passwordHash.startsWith("$argon2id$")).toBe(true);
      expect(row.passwordHash).not.toContain("kata-sandi-awal-123");
      expect(await verifyPassword(row.passwordHash, "kata-sandi-awal-123")).toBe(true);
      expect((await (await callerFor(h.db, await claimsOf(id))).users.me()).role).toBe(u.role);
    }
    const audit = await h.db.select().from(auditLog).where(eq(auditLog.action, "user.create"));
    expect(audit.map((a) => (a.details as { email?: string }).email).sort()).toEqual(cases.map((c) => c.email.toLowerCase()).sort());
  });

  it("requires a company for officers and a jurisdiction for staff", async () => {
    const admin = await as("admin");
    const officer = await expectTrpcError(
      admin.users.create(userInput({ email: "o@test.id", role: "officer", jurisdiction: "64" })),
      "BAD_REQUEST",
    );
    expect(officer).toEqual({ companyId: "errors.companyRequired" });
    for (const role of ["admin", "reviewer", "viewer"] as const) {
      const staff = await expectTrpcError(
        admin.users.create(userInput({ email: `s.${role}@test.id`, role, companyId: fx.companies.a })),
        "BAD_REQUEST",
      );
      expect(staff).toEqual({ jurisdiction: "errors.jurisdictionRequired" });
    }
    const weak = await expectTrpcError(
      admin.users.create({ ...userInput({ email: "w@test.id", role: "viewer", jurisdiction: "64" }), password: "pendek" }),
      "BAD_REQUEST",
    );
    expect(weak).toEqual({ password: "errors.passwordLength" });
    const [n] = await h.db
      .select({ n: sql<number>`count(*)::int` })
      .from(users)
      .where(sql`${users.email} in ('o@test.id', 's.admin@test.id', 'w@test.id')`);
    expect(n?.n).toBe(0);
  });

  it("refuses an email that is taken, whatever its case", async () => {
    const admin = await as("admin");
    const errors = await expectTrpcError(
      admin.users.create(userInput({ email: "Admin@Test.id", role: "viewer", jurisdiction: "64" })),
      "BAD_REQUEST",
    );
    expect(errors).toEqual({ email: "errors.emailTaken" });
    const [n] = await h.db
      .select({ n: sql<number>`count(*)::int` })
      .from(users)
      .where(sql`lower(${users.email}) = 'admin@test.id'`);
    expect(n?.n).toBe(1);
  });

  it("keeps a regency admin inside their jurisdiction and their forums' companies", async () => {
    const kutim = await as("adminKutim");
    const outside = await expectTrpcError(
      kutim.users.create(userInput({ email: "r64@test.id", role: "reviewer", jurisdiction: "64" })),
      "BAD_REQUEST",
    );
    expect(outside).toEqual({ jurisdiction: "errors.outsideJurisdiction" });
    const national = await expectTrpcError(
      kutim.users.create(userInput({ email: "rid@test.id", role: "admin", jurisdiction: "ID" })),
      "BAD_REQUEST",
    );
    expect(national).toEqual({ jurisdiction: "errors.outsideJurisdiction" });
    const otherCompany = await expectTrpcError(
      kutim.users.create(userInput({ email: "oa@test.id", role: "officer", companyId: fx.companies.a })),
      "BAD_REQUEST",
    );
    expect(otherCompany).toEqual({ companyId: "errors.companyUnknown" });
    const unknownArea = await expectTrpcError(
      kutim.users.create(userInput({ email: "ux@test.id", role: "viewer", jurisdiction: "64.08.99" })),
      "BAD_REQUEST",
    );
    expect(unknownArea).toEqual({ jurisdiction: "errors.areaUnknown" });

    const { id } = await kutim.users.create(userInput({ email: "oc@test.id", role: "officer", companyId: fx.companies.c }));
    expect((await userRow(id)).companyId).toBe(fx.companies.c);

    const listed = (await kutim.users.list({})).map((u) => u.email);
    expect(listed).toEqual(expect.arrayContaining(["admin.kutim@test.id", "reviewer.kutim@test.id", "officer.c@test.id", "oc@test.id"]));
    for (const hidden of ["admin@test.id", "reviewer@test.id", "officer.a@test.id", "reviewer.kaltara@test.id"])
      expect(listed).not.toContain(hidden);
    // Users outside their reach are simply not found, whatever the procedure.
    const a = fx.users.officerA.userId;
    await expectTrpcError(
      kutim.users.update({ id: a, version: 1, name: "Pindah", role: "officer", companyId: fx.companies.c }),
      "NOT_FOUND",
    );
    await expectTrpcError(kutim.users.resetPassword({ id: fx.users.admin.userId, password: NEW_PASSWORD }), "NOT_FOUND");
    await expectTrpcError(kutim.users.setActive({ id: fx.users.reviewer.userId, isActive: false }), "NOT_FOUND");
    expect(await userRow(a)).toMatchObject({ companyId: fx.companies.a, version: 1 });
    expect((await userRow(fx.users.reviewer.userId)).isActive).toBe(true);
  });

  it("filters the list by role and text", async () => {
    const admin = await as("admin");
    const officers = await admin.users.list({ role: "officer" });
    expect(officers.length).toBeGreaterThan(0);
    expect(officers.every((u) => u.role === "officer")).toBe(true);
    const found = await admin.users.list({ q: "KALTARA" });
    expect(found).toEqual([]); // 65 lies outside 64
    const national = await (await as("adminNational")).users.list({ q: "KALTARA" });
    expect(national.map((u) => u.email)).toEqual(["reviewer.kaltara@test.id"]);
    const withCompany = (await admin.users.list({ q: "officer.a@" }))[0];
    expect(withCompany).toMatchObject({ companyName: "PT Alfa Tambang" });
    expect(withCompany).not.toHaveProperty("passwordHash");
  });

  it("stops an admin from deactivating themselves or changing their own role", async () => {
    const admin = await as("admin");
    const me = fx.users.admin.userId;
    expect(await expectTrpcError(admin.users.setActive({ id: me, isActive: false }), "BAD_REQUEST")).toEqual({
      isActive: "errors.ownAccount",
    });
    expect(
      await expectTrpcError(admin.users.update({ id: me, version: 1, name: "Admin", role: "reviewer", jurisdiction: "64" }), "BAD_REQUEST"),
    ).toEqual({ role: "errors.ownRole" });
    expect(
      await expectTrpcError(admin.users.update({ id: me, version: 1, name: "Admin", role: "admin", jurisdiction: "64.08" }), "BAD_REQUEST"),
    ).toEqual({ jurisdiction: "errors.ownRole" });
    expect(await userRow(me)).toMatchObject({ role: "admin", isActive: true, version: 1, jurisdiction: "64" });
    const renamed = await admin.users.update({ id: me, version: 1, name: "Admin Provinsi", role: "admin", jurisdiction: "64" });
    expect(renamed.version).toBe(2);
    expect((await (await as("admin")).users.me()).name).toBe("Admin Provinsi");
  });

  it("changes a role with optimistic locking and audits from/to", async () => {
    const admin = await as("admin");
    const { id } = await admin.users.create(userInput({ email: "ganti.peran@test.id", role: "reviewer", jurisdiction: "64" }));
    const v2 = await admin.users.update({ id, version: 1, name: "Ganti Peran", role: "officer", companyId: fx.companies.b });
    expect(v2.version).toBe(2);
    expect(await userRow(id)).toMatchObject({ role: "officer", companyId: fx.companies.b, jurisdiction: null });
    await expectTrpcError(admin.users.update({ id, version: 1, name: "Basi", role: "viewer", jurisdiction: "64" }), "CONFLICT");
    expect(await userRow(id)).toMatchObject({ role: "officer", name: "Ganti Peran", version: 2 });
    const audit = await h.db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.targetId} = ${id} AND ${auditLog.action} = 'user.role_change'`);
    expect(audit.map((a) => a.details)).toEqual([{ from: "reviewer", to: "officer" }]);
    expect(audit[0]?.actorId).toBe(fx.users.admin.userId);
  });

  it("ends sessions on deactivation, and reactivation does not revive them", async () => {
    const admin = await as("admin");
    const { id } = await admin.users.create(userInput({ email: "nonaktif@test.id", role: "viewer", jurisdiction: "64" }));
    const oldClaims = await claimsOf(id);
    expect((await (await callerFor(h.db, oldClaims)).users.me()).userId).toBe(id);

    await admin.users.setActive({ id, isActive: false });
    await expectTrpcError((await callerFor(h.db, oldClaims)).users.me(), "UNAUTHORIZED");
    expect((await admin.users.list({ q: "nonaktif" }))[0]?.isActive).toBe(false);

    await admin.users.setActive({ id, isActive: true });
    await expectTrpcError((await callerFor(h.db, oldClaims)).users.me(), "UNAUTHORIZED");
    const fresh = await claimsOf(id);
    expect(fresh.generation).toBeGreaterThan(oldClaims.generation + 1);
    expect((await (await callerFor(h.db, fresh)).users.me()).userId).toBe(id);
    // Setting the state it already has is a no-op: the fresh session survives.
    await admin.users.setActive({ id, isActive: true });
    expect((await claimsOf(id)).generation).toBe(fresh.generation);

    const actions = (await h.db.select().from(auditLog).where(eq(auditLog.targetId, id)).orderBy(auditLog.id)).map((a) => a.action);
    expect(actions).toEqual(["user.create", "user.deactivate", "user.reactivate"]);
  });

  it("resets a password: old sessions end and only the new password verifies", async () => {
    const admin = await as("admin");
    const target = fx.users.officerC.userId;
    const old = fx.users.officerC;
    expect((await (await callerFor(h.db, old)).users.me()).userId).toBe(target);
    await admin.users.resetPassword({ id: target, password: NEW_PASSWORD });
    await expectTrpcError((await callerFor(h.db, old)).users.me(), "UNAUTHORIZED");
    const row = await userRow(target);
    expect(row.sessionGeneration).toBe(old.generation + 1);
    expect(row.passwordHash.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(row.passwordHash, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(row.passwordHash, FIXTURE_PASSWORD)).toBe(false);
    expect((await (await callerFor(h.db, await claimsOf(target))).users.me()).userId).toBe(target);
    const [audit] = await h.db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.targetId} = ${target} AND ${auditLog.action} = 'user.password_reset'`);
    expect(audit?.actorId).toBe(fx.users.admin.userId);
  });

  it("never writes a password into the audit log", async () => {
    const rows = await h.db.select().from(auditLog);
    const actions = new Set(rows.map((r) => r.action));
    for (const a of ["user.create", "user.role_change", "user.deactivate", "user.password_reset"]) expect(actions).toContain(a);
    const text = JSON.stringify(rows.map((r) => r.details));
    for (const secret of [NEW_PASSWORD, "kata-sandi-awal-123", FIXTURE_PASSWORD, "$argon2id$"]) expect(text).not.toContain(secret);
  });
});
