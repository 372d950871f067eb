import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditLog } from "@/db/schema";
import { verifyCredentials } from "@/server/auth/credentials";
import { callerFor, createTestDatabase } from "@/server/test/harness";
import { insertProgram, seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { expectTrpcError } from "@/server/test/expect";
import { getHomeProvince, setHomeProvince } from "@/server/settings/settings.queries";
import { recordAudit } from "./audit";
import { AUDIT_PAGE_SIZE } from "./audit.schemas";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
const as = (key: keyof Fixtures["users"]) => callerFor(h.db, fx.users[key]);
const idOf = (key: keyof Fixtures["users"]) => fx.users[key].userId;

// One entry per actor, its action naming the actor, so each admin's view reads as a list of names.
const ACTORS = ["admin", "adminKutim", "reviewerKutim", "reviewerKaltara", "officerA", "officerC"] as const;

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
  for (const key of ACTORS) {
    await recordAudit(h.db, { actorId: idOf(key), action: `test.${key}`, targetType: "program", targetId: `T-${key}`, ip: "10.0.0.1" });
  }
  // A sign-in attempt on an unknown email, through the real path: no actor.
  await verifyCredentials(h.db, { email: "penyusup@luar.test", password: "tebak-tebak", ip: "198.51.100.9" });
  // Work with no actor that is not a sign-in attempt (an import from the command line).
  await recordAudit(h.db, { actorId: null, action: "program.import", details: { via: "cli", imported: 3 } });
});
afterAll(() => h?.close());

async function actionsSeenBy(key: keyof Fixtures["users"], filter: { action?: string } = {}) {
  const page = await (await as(key)).audit.search({ page: 1, ...filter });
  return page.items.map((i) => i.action).sort();
}

describe(`audit log (${process.env.TEST_DB_KIND})`, () => {
  it("shows a national admin everything", async () => {
    const seen = await actionsSeenBy("adminNational");
    expect(seen).toEqual(expect.arrayContaining([...ACTORS.map((k) => `test.${k}`), "auth.sign_in_failed", "program.import"]));
  });

  it("shows a regency admin the users they manage and anonymous sign-in attempts only", async () => {
    expect(await actionsSeenBy("adminKutim")).toEqual(["auth.sign_in_failed", "test.adminKutim", "test.officerC", "test.reviewerKutim"]);
    const province = await actionsSeenBy("admin");
    expect(province).toEqual(
      ["auth.sign_in_failed", "test.admin", "test.adminKutim", "test.officerA", "test.officerC", "test.reviewerKutim"].sort(),
    );
    const attempt = (await (await as("adminKutim")).audit.search({ page: 1, action: "auth.sign_in_failed" })).items[0];
    expect(attempt).toMatchObject({ actorId: null, actorEmail: null, ip: "198.51.100.9" });
    expect(attempt?.details).toEqual({ email: "penyusup@luar.test", reason: "unknown_email" });
  });

  it("refuses everyone but admins", async () => {
    for (const key of ["reviewer", "officerA", "viewer"] as const)
      await expectTrpcError((await as(key)).audit.search({ page: 1 }), "FORBIDDEN");
    await expectTrpcError((await callerFor(h.db, null)).audit.search({ page: 1 }), "UNAUTHORIZED");
  });

  it("filters by action, actor email, free text and calendar days in the admin's zone (the home province's, for a national admin)", async () => {
    const national = await as("adminNational");
    expect((await national.audit.search({ page: 1, action: "test.officerC" })).items.map((i) => i.actorEmail)).toEqual([
      "officer.c@test.id",
    ]);
    expect((await national.audit.search({ page: 1, actorEmail: "KUTIM@" })).items.map((i) => i.action).sort()).toEqual([
      "test.adminKutim",
      "test.reviewerKutim",
    ]);
    // An anonymous attempt is found by the email it tried.
    expect((await national.audit.search({ page: 1, actorEmail: "penyusup" })).items.map((i) => i.action)).toEqual(["auth.sign_in_failed"]);
    expect((await national.audit.search({ page: 1, q: "T-reviewerKaltara" })).items.map((i) => i.action)).toEqual(["test.reviewerKaltara"]);
    expect((await national.audit.search({ page: 1, q: '"cli"' })).items.map((i) => i.action)).toEqual(["program.import"]);
    // 16:30 UTC on 1 March is 00:30 WITA on 2 March.
    await h.db.insert(auditLog).values({ actorId: idOf("admin"), action: "test.midnight", at: new Date("2026-03-01T16:30:00Z") });
    // A caller is one request: its time zone is read once, so each search gets a new one.
    const day = async (from: string, to: string) => (await as("adminNational")).audit.search({ page: 1, action: "test.midnight", from, to });
    expect((await day("2026-03-02", "2026-03-02")).items).toHaveLength(1);
    expect((await day("2026-03-01", "2026-03-01")).items).toHaveLength(0);
    // With the home province in Java (WIB) the same moment is 23:30 on 1 March.
    const before = await getHomeProvince(h.db);
    try {
      await setHomeProvince(h.db, "33");
      expect((await day("2026-03-01", "2026-03-01")).items).toHaveLength(1);
      expect((await day("2026-03-02", "2026-03-02")).items).toHaveLength(0);
    } finally {
      await setHomeProvince(h.db, before);
    }
    // An admin of a Kaltim regency reads Kaltim's days whatever the home province.
    await setHomeProvince(h.db, "33");
    try {
      await h.db.insert(auditLog).values({ actorId: idOf("adminKutim"), action: "test.midnightKutim", at: new Date("2026-03-01T16:30:00Z") });
      const kutimDay = async (d: string) => (await as("adminKutim")).audit.search({ page: 1, action: "test.midnightKutim", from: d, to: d });
      expect((await kutimDay("2026-03-02")).items).toHaveLength(1);
      expect((await kutimDay("2026-03-01")).items).toHaveLength(0);
    } finally {
      await setHomeProvince(h.db, before);
    }
    await expectTrpcError(day("2026-03-02", "2026-03-01"), "BAD_REQUEST");
    await expectTrpcError(national.audit.search({ page: 1, from: "2026-02-30" }), "BAD_REQUEST");
  });

  it("pages newest first", async () => {
    for (let i = 0; i < AUDIT_PAGE_SIZE + 5; i++) await recordAudit(h.db, { actorId: idOf("adminKutim"), action: "test.bulk" });
    const kutim = await as("adminKutim");
    const first = await kutim.audit.search({ page: 1, action: "test.bulk" });
    expect(first.items).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.hasNext).toBe(true);
    const second = await kutim.audit.search({ page: 2, action: "test.bulk" });
    expect(second.items).toHaveLength(5);
    expect(second.hasNext).toBe(false);
    const ids = [...first.items, ...second.items].map((i) => i.id);
    expect(ids).toEqual([...ids].sort((x, y) => y - x));
  });

  it("never stores a password or an NIK in the details", async () => {
    await recordAudit(h.db, {
      actorId: idOf("admin"),
      action: "test.redact",
      details: { email: "ani@test.id", password: "Rahasia-123456", beneficiary: { nik: "6472011234567890", note: "NIK 6472011234567890" } },
    });
    const [row] = await h.db.select().from(auditLog).where(eq(auditLog.action, "test.redact"));
    expect(row?.details).toEqual({ email: "ani@test.id", beneficiary: { note: "NIK [redacted]" } });
    expect(JSON.stringify(row?.details)).not.toMatch(/Rahasia|6472011234567890/);
  });

  it("names the programs, users, companies and areas an entry mentions; unknown ids stay out", async () => {
    const programId = await insertProgram(h.db, {
      companyId: fx.companies.a,
      ref: "AUD1",
      title: "Posyandu Lansia Sangatta",
      areas: ["64.08"],
    });
    const missing = "00000000-0000-4000-8000-00000000abcd";
    await recordAudit(h.db, {
      actorId: idOf("admin"),
      action: "test.names",
      targetType: "program",
      targetId: programId,
      details: {
        from: "revision_requested",
        to: "submitted",
        filters: { area: "64.08", companyId: fx.companies.b },
        programs: [programId, missing],
      },
    });
    await recordAudit(h.db, { actorId: idOf("admin"), action: "test.names", targetType: "user", targetId: idOf("officerA") });
    const page = await (await as("adminNational")).audit.search({ page: 1, action: "test.names" });
    expect(page.items).toHaveLength(2);
    expect(page.names).toEqual({
      [programId]: "Posyandu Lansia Sangatta",
      [idOf("officerA")]: "officerA",
      [fx.companies.b]: "PT Beta Sawit",
      "64.08": "Kabupaten Kutai Timur",
    });
  });
});
