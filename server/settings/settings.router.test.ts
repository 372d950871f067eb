import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditLog, settings } from "@/db/schema";
import { callerFor, createTestDatabase } from "@/server/test/harness";
import { seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { expectTrpcError } from "@/server/test/expect";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
const as = (key: keyof Fixtures["users"]) => callerFor(h.db, fx.users[key]);
const home = async () => (await (await as("viewer")).settings.get()).homeProvince;

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
});
afterAll(() => h?.close());

describe(`settings (${process.env.TEST_DB_KIND})`, () => {
  it("answers Kalimantan Timur by default to every signed-in user, and nothing to anonymous callers", async () => {
    expect(await h.db.select().from(settings)).toEqual([]);
    for (const key of ["officerA", "reviewerKaltara", "viewer", "adminKutim"] as const) {
      expect(await (await as(key)).settings.get()).toEqual({
        homeProvince: "64",
        publicPage: false,
        requireFiguresForApproval: false,
        repeatYears: 3,
        officeName: "Dinas Sosial Provinsi Kalimantan Timur",
      });
    }
    const anon = await callerFor(h.db, null);
    await expectTrpcError(anon.settings.get(), "UNAUTHORIZED");
    await expectTrpcError(anon.settings.setHomeProvince({ code: "64" }), "UNAUTHORIZED");
  });

  it("lets only admins change the home province", async () => {
    for (const key of ["reviewer", "viewer", "officerA", "reviewerKaltara"] as const) {
      await expectTrpcError((await as(key)).settings.setHomeProvince({ code: "64" }), "FORBIDDEN");
    }
    expect(await h.db.select().from(settings)).toEqual([]);
  });

  it("lets the provincial admin choose their own province, and nothing else", async () => {
    const admin = await as("admin");
    expect(await admin.settings.setHomeProvince({ code: "64" })).toEqual({ homeProvince: "64" });
    const [row] = await h.db.select().from(settings).where(eq(settings.key, "home_province"));
    expect(row?.value).toBe("64");
    expect(await expectTrpcError(admin.settings.setHomeProvince({ code: "65" }), "BAD_REQUEST")).toEqual({
      code: "errors.outsideJurisdiction",
    });
    expect(await home()).toBe("64");
    // A regency admin's jurisdiction does not contain the province.
    const kutim = await as("adminKutim");
    expect(await expectTrpcError(kutim.settings.setHomeProvince({ code: "64" }), "BAD_REQUEST")).toEqual({
      code: "errors.outsideJurisdiction",
    });
  });

  it("lets a national admin choose any real province", async () => {
    const national = await as("adminNational");
    expect(await national.settings.setHomeProvince({ code: "65" })).toEqual({ homeProvince: "65" });
    expect(await home()).toBe("65");
    // Area search without `within` now starts in the new home province.
    const found = await (await as("officerA")).areas.search({ q: "embalut" });
    expect(found).toEqual([]);

    expect(await expectTrpcError(national.settings.setHomeProvince({ code: "99" }), "BAD_REQUEST")).toEqual({ code: "errors.province" });
    for (const code of ["6", "64.08", "ID", "abc"]) {
      expect(await expectTrpcError(national.settings.setHomeProvince({ code }), "BAD_REQUEST")).toEqual({ code: "errors.province" });
    }
    expect(await home()).toBe("65");

    await national.settings.setHomeProvince({ code: " 64 " });
    expect(await home()).toBe("64");
    expect(await h.db.select().from(settings)).toHaveLength(1);
  });

  it("audits every change with who made it", async () => {
    const rows = await h.db.select().from(auditLog).where(eq(auditLog.action, "settings.home_province")).orderBy(auditLog.id);
    expect(rows.map((r) => [r.actorId, r.details])).toEqual([
      [fx.users.admin.userId, { code: "64" }],
      [fx.users.adminNational.userId, { code: "65" }],
      [fx.users.adminNational.userId, { code: "64" }],
    ]);
  });

  it("lets the province's admins name the office on the brief's letterhead, checks the name, and audits it", async () => {
    for (const key of ["reviewer", "viewer", "officerA"] as const) {
      await expectTrpcError((await as(key)).settings.setOfficeName({ name: "Kantor Lain" }), "FORBIDDEN");
    }
    // A regency's admin does not hold the whole province.
    await expectTrpcError((await as("adminKutim")).settings.setOfficeName({ name: "Dinsos Kutim" }), "FORBIDDEN");
    const admin = await as("admin");
    expect(await expectTrpcError(admin.settings.setOfficeName({ name: "  x " }), "BAD_REQUEST")).toEqual({ name: "errors.officeName" });
    expect(await expectTrpcError(admin.settings.setOfficeName({ name: "x".repeat(121) }), "BAD_REQUEST")).toEqual({ name: "errors.officeName" });
    expect(await admin.settings.setOfficeName({ name: "  Dinas Sosial dan PMD Provinsi Kalimantan Timur " })).toEqual({
      officeName: "Dinas Sosial dan PMD Provinsi Kalimantan Timur",
    });
    expect((await (await as("viewer")).settings.get()).officeName).toBe("Dinas Sosial dan PMD Provinsi Kalimantan Timur");
    const [entry] = await h.db.select().from(auditLog).where(eq(auditLog.action, "settings.office_name"));
    expect(entry).toMatchObject({ actorId: fx.users.admin.userId, details: { name: "Dinas Sosial dan PMD Provinsi Kalimantan Timur" } });
  });
});
