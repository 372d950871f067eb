import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { auditLog, priorityPrograms } from "@/db/schema";
import { callerFor, createTestDatabase } from "@/server/test/harness";
import { seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { expectTrpcError } from "@/server/test/expect";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
const as = (key: keyof Fixtures["users"]) => callerFor(h.db, fx.users[key]);
/** Priority programs arranged in beforeAll, by where they apply. */
const pp = { province: "", kutim: "", samarinda: "", kaltara: "", inactive: "" };

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
  pp.province = fx.priorityProgramId;
  const admin = await as("admin");
  pp.kutim = (await (await as("adminKutim")).priorityPrograms.create({ name: "Rumah Layak Huni Kutim", jurisdiction: "64.08" })).id;
  pp.samarinda = (await admin.priorityPrograms.create({ name: "Beasiswa Kota Samarinda", jurisdiction: "64.72" })).id;
  pp.kaltara = (await (await as("adminNational")).priorityPrograms.create({ name: "Program Kaltara", jurisdiction: "65" })).id;
  pp.inactive = (await admin.priorityPrograms.create({ name: "Program Lama", description: "Sudah selesai", jurisdiction: "64" })).id;
  await admin.priorityPrograms.update({
    id: pp.inactive,
    version: 1,
    name: "Program Lama",
    description: "Sudah selesai",
    jurisdiction: "64",
    isActive: false,
  });
});
afterAll(() => h?.close());

const idsFor = async (key: keyof Fixtures["users"], includeInactive?: boolean) =>
  (await (await as(key)).priorityPrograms.list({ includeInactive })).map((p) => p.id);

async function row(id: string) {
  const [r] = await h.db.select().from(priorityPrograms).where(eq(priorityPrograms.id, id));
  return r;
}

describe(`priority programs (${process.env.TEST_DB_KIND})`, () => {
  it("refuses anonymous callers and lets only admins write", async () => {
    const anon = await callerFor(h.db, null);
    await expectTrpcError(anon.priorityPrograms.list({}), "UNAUTHORIZED");
    await expectTrpcError(anon.priorityPrograms.create({ name: "Anonim", jurisdiction: "64" }), "UNAUTHORIZED");
    for (const key of ["reviewer", "viewer", "officerA"] as const) {
      const c = await as(key);
      await expectTrpcError(c.priorityPrograms.create({ name: `Program ${key}`, jurisdiction: "64" }), "FORBIDDEN");
      await expectTrpcError(
        c.priorityPrograms.update({ id: pp.province, version: 1, name: "Dibajak", jurisdiction: "64", isActive: false }),
        "FORBIDDEN",
      );
    }
    expect(await row(pp.province)).toMatchObject({ name: "Percepatan Penurunan Stunting", isActive: true, version: 1 });
    const [n] = await h.db.select({ n: sql<number>`count(*)::int` }).from(priorityPrograms);
    expect(n?.n).toBe(5);
  });

  it("offers officers every active program, wherever it applies", async () => {
    const ids = await idsFor("officerA");
    expect(ids).toEqual(expect.arrayContaining([pp.province, pp.kutim, pp.samarinda, pp.kaltara]));
    expect(ids).not.toContain(pp.inactive);
    expect(await idsFor("officerA", true)).not.toContain(pp.inactive); // includeInactive is for admins only
  });

  it("shows staff the programs of jurisdictions sharing ground with theirs", async () => {
    const kaltara = await idsFor("reviewerKaltara");
    expect(kaltara).toEqual([pp.kaltara]);
    const kutim = await idsFor("reviewerKutim");
    expect(kutim.sort()).toEqual([pp.province, pp.kutim].sort());
    const province = await idsFor("reviewer");
    expect(province.sort()).toEqual([pp.province, pp.kutim, pp.samarinda].sort());
    expect(await idsFor("reviewer", true)).not.toContain(pp.inactive);
    expect((await idsFor("adminNational")).sort()).toEqual([pp.province, pp.kutim, pp.samarinda, pp.kaltara].sort());
  });

  it("shows inactive programs only to an admin who asks for them", async () => {
    expect(await idsFor("admin")).not.toContain(pp.inactive);
    const all = await (await as("admin")).priorityPrograms.list({ includeInactive: true });
    expect(all.find((p) => p.id === pp.inactive)).toMatchObject({ isActive: false, description: "Sudah selesai" });
    expect(all.map((p) => p.id)).not.toContain(pp.kaltara);
    expect(await idsFor("adminNational", true)).toEqual(expect.arrayContaining([pp.inactive, pp.kaltara]));
  });

  it("keeps a regency admin's new programs inside their jurisdiction, and validates the fields", async () => {
    const kutim = await as("adminKutim");
    expect(await expectTrpcError(kutim.priorityPrograms.create({ name: "Program Provinsi", jurisdiction: "64" }), "BAD_REQUEST")).toEqual({
      jurisdiction: "errors.outsideJurisdiction",
    });
    expect(
      await expectTrpcError(kutim.priorityPrograms.create({ name: "Program Entah", jurisdiction: "64.08.99" }), "BAD_REQUEST"),
    ).toEqual({
      jurisdiction: "errors.areaUnknown",
    });
    expect(await expectTrpcError(kutim.priorityPrograms.create({ name: "ab", jurisdiction: "64.08" }), "BAD_REQUEST")).toEqual({
      name: "errors.priorityNameLength",
    });
    const [n] = await h.db.select({ n: sql<number>`count(*)::int` }).from(priorityPrograms);
    expect(n?.n).toBe(5);

    const { id } = await kutim.priorityPrograms.create({ name: "  Sekolah Lapang Kaliorang  ", description: "", jurisdiction: "64.08.10" });
    expect(await row(id)).toMatchObject({ name: "Sekolah Lapang Kaliorang", description: null, jurisdiction: "64.08.10", isActive: true });
    const audit = await h.db.select().from(auditLog).where(eq(auditLog.targetId, id));
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([["priority_program.create", fx.users.adminKutim.userId]]);
  });

  it("lets a regency admin update only programs inside their jurisdiction", async () => {
    const kutim = await as("adminKutim");
    await expectTrpcError(
      kutim.priorityPrograms.update({ id: pp.province, version: 1, name: "Diambil Kutim", jurisdiction: "64.08", isActive: true }),
      "NOT_FOUND",
    );
    expect(await row(pp.province)).toMatchObject({ name: "Percepatan Penurunan Stunting", jurisdiction: "64", version: 1 });
    const moved = await expectTrpcError(
      kutim.priorityPrograms.update({ id: pp.kutim, version: 1, name: "Rumah Layak Huni", jurisdiction: "64", isActive: true }),
      "BAD_REQUEST",
    );
    expect(moved).toEqual({ jurisdiction: "errors.outsideJurisdiction" });
    const ok = await kutim.priorityPrograms.update({
      id: pp.kutim,
      version: 1,
      name: "Rumah Layak Huni",
      jurisdiction: "64.08",
      isActive: true,
    });
    expect(ok.version).toBe(2);
    expect(await row(pp.kutim)).toMatchObject({ name: "Rumah Layak Huni", version: 2 });
  });

  it("refuses a stale version with CONFLICT and keeps the newer change", async () => {
    const admin = await as("admin");
    const v2 = await admin.priorityPrograms.update({
      id: pp.samarinda,
      version: 1,
      name: "Beasiswa Samarinda",
      jurisdiction: "64.72",
      isActive: true,
    });
    expect(v2.version).toBe(2);
    await expectTrpcError(
      admin.priorityPrograms.update({ id: pp.samarinda, version: 1, name: "Beasiswa Basi", jurisdiction: "64.72", isActive: false }),
      "CONFLICT",
    );
    expect(await row(pp.samarinda)).toMatchObject({ name: "Beasiswa Samarinda", isActive: true, version: 2 });
    await expectTrpcError(
      admin.priorityPrograms.update({ id: pp.kaltara, version: 1, name: "Program Kaltara", jurisdiction: "64", isActive: true }),
      "NOT_FOUND",
    );
  });

  it("hides a deactivated program from officers at once", async () => {
    const admin = await as("admin");
    const current = await row(pp.samarinda);
    await admin.priorityPrograms.update({
      id: pp.samarinda,
      version: current?.version ?? 0,
      name: "Beasiswa Samarinda",
      jurisdiction: "64.72",
      isActive: false,
    });
    expect(await idsFor("officerB")).not.toContain(pp.samarinda);
    expect(await idsFor("admin", true)).toContain(pp.samarinda);
    const audit = await h.db.select().from(auditLog).where(eq(auditLog.targetId, pp.samarinda)).orderBy(auditLog.id);
    expect(audit.map((a) => a.details).at(-1)).toEqual({ isActive: false });
  });
});
