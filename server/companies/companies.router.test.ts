import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { auditLog, companies, forumMembers } from "@/db/schema";
import { callerFor, createTestDatabase } from "@/server/test/harness";
import { AREAS, insertProgram, seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { expectTrpcError } from "@/server/test/expect";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
const as = (key: keyof Fixtures["users"]) => callerFor(h.db, fx.users[key]);

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
});
afterAll(() => h?.close());

function companyInput(overrides: Record<string, unknown> = {}) {
  return { name: "PT Delta Energi", contactEmail: "CSR@Delta.test", contactName: "Dewi", jurisdictions: ["64"], ...overrides };
}

async function membershipsOf(id: string) {
  const rows = await h.db.select({ j: forumMembers.jurisdiction }).from(forumMembers).where(eq(forumMembers.companyId, id));
  return rows.map((r) => r.j).sort();
}

async function companyCount() {
  const [row] = await h.db.select({ n: sql<number>`count(*)::int` }).from(companies);
  return row?.n ?? -1;
}

describe(`companies (${process.env.TEST_DB_KIND})`, () => {
  it("refuses anonymous callers on every procedure", async () => {
    const anon = await callerFor(h.db, null);
    await expectTrpcError(anon.companies.options(), "UNAUTHORIZED");
    await expectTrpcError(anon.companies.list({}), "UNAUTHORIZED");
    await expectTrpcError(anon.companies.create(companyInput()), "UNAUTHORIZED");
    await expectTrpcError(anon.companies.update({ ...companyInput(), id: fx.companies.a, version: 1 }), "UNAUTHORIZED");
  });

  it("refuses list, create and update to every role but admin, and writes nothing", async () => {
    const before = await companyCount();
    for (const key of ["reviewer", "reviewerKutim", "viewer", "officerA"] as const) {
      const c = await as(key);
      await expectTrpcError(c.companies.list({}), "FORBIDDEN");
      await expectTrpcError(c.companies.create(companyInput({ name: `PT Nakal ${key}` })), "FORBIDDEN");
      await expectTrpcError(c.companies.update({ ...companyInput({ name: "PT Dibajak" }), id: fx.companies.a, version: 1 }), "FORBIDDEN");
    }
    expect(await companyCount()).toBe(before);
    const [a] = await h.db.select().from(companies).where(eq(companies.id, fx.companies.a));
    expect(a?.name).toBe("PT Alfa Tambang");
    expect(a?.version).toBe(1);
  });

  it("shows options to staff of forums sharing ground with their jurisdiction, and all to officers", async () => {
    const { a, b, c } = fx.companies;
    let asked = [a, b, c];
    // Asked for by id: a page of search results would hide them once there are many companies.
    const ids = async (key: keyof Fixtures["users"]) => new Set((await (await as(key)).companies.options({ ids: asked })).map((o) => o.id));
    const kutim = await ids("reviewerKutim");
    expect([a, b, c].every((id) => kutim.has(id))).toBe(true);
    const kaltara = await ids("reviewerKaltara");
    expect([a, b, c].some((id) => kaltara.has(id))).toBe(false);
    const province = await ids("reviewer");
    expect([a, b, c].every((id) => province.has(id))).toBe(true);
    const officer = await ids("officerB");
    expect([a, b, c].every((id) => officer.has(id))).toBe(true);

    // A Samarinda-only forum member does not share ground with Kutai Timur; a Kaltara one only with 65.
    const national = await as("adminNational");
    const smd = await national.companies.create(companyInput({ name: "PT Samarinda Saja", jurisdictions: ["64.72"] }));
    const ktr = await national.companies.create(companyInput({ name: "PT Kaltara Saja", jurisdictions: ["65"] }));
    asked = [smd.id, ktr.id];
    expect((await ids("reviewerKutim")).has(smd.id)).toBe(false);
    expect((await ids("reviewer")).has(smd.id)).toBe(true);
    expect((await ids("reviewerKaltara")).has(ktr.id)).toBe(true);
    expect((await ids("reviewer")).has(ktr.id)).toBe(false);
  });

  it("lets the provincial admin create a company with several forums, and audits it", async () => {
    const admin = await as("admin");
    const created = await admin.companies.create(companyInput({ jurisdictions: ["64.72", "64", "64.72"] }));
    const [row] = await h.db.select().from(companies).where(eq(companies.id, created.id));
    expect(row).toMatchObject({ name: "PT Delta Energi", contactEmail: "csr@delta.test", legalName: null, version: 1 });
    expect(await membershipsOf(created.id)).toEqual(["64", "64.72"]);
    const listed = (await admin.companies.list({ q: "delta" })).find((c) => c.id === created.id);
    expect(listed).toMatchObject({ jurisdictions: ["64", "64.72"], officerCount: 0, programCount: 0 });
    const audit = await h.db.select().from(auditLog).where(eq(auditLog.targetId, created.id));
    expect(audit.map((a) => a.action)).toEqual(["company.create"]);
    expect(audit[0]?.actorId).toBe(fx.users.admin.userId);
  });

  it("stops a regency admin from adding a forum outside their jurisdiction", async () => {
    const kutim = await as("adminKutim");
    const before = await companyCount();
    const errors = await expectTrpcError(
      kutim.companies.create(companyInput({ name: "PT Lintas", jurisdictions: ["64.08", "64"] })),
      "BAD_REQUEST",
    );
    expect(errors).toEqual({ jurisdictions: "errors.outsideJurisdiction" });
    const unknown = await expectTrpcError(
      kutim.companies.create(companyInput({ name: "PT Lintas", jurisdictions: ["64.08.99"] })),
      "BAD_REQUEST",
    );
    expect(unknown).toEqual({ jurisdictions: "errors.areaUnknown" });
    expect(await companyCount()).toBe(before);

    const ok = await kutim.companies.create(companyInput({ name: "PT Kutim Baru", jurisdictions: ["64.08"] }));
    expect(await membershipsOf(ok.id)).toEqual(["64.08"]);
  });

  it("reports invalid fields", async () => {
    const admin = await as("admin");
    const errors = await expectTrpcError(
      admin.companies.create(companyInput({ name: "X", contactEmail: "bukan-email", jurisdictions: [] })),
      "BAD_REQUEST",
    );
    expect(errors).toMatchObject({
      name: "errors.companyNameLength",
      contactEmail: "errors.email",
      jurisdictions: "errors.jurisdictionsRequired",
    });
    const badCode = await expectTrpcError(admin.companies.create(companyInput({ jurisdictions: ["Kaltim"] })), "BAD_REQUEST");
    expect(badCode).toEqual({ "jurisdictions.0": "errors.jurisdiction" });
  });

  it("refuses a duplicate name on create and on update", async () => {
    const admin = await as("admin");
    const dup = await expectTrpcError(admin.companies.create(companyInput({ name: "PT Alfa Tambang" })), "BAD_REQUEST");
    expect(dup).toEqual({ name: "errors.companyNameTaken" });
    const trimmed = await expectTrpcError(admin.companies.create(companyInput({ name: "  PT Beta Sawit  " })), "BAD_REQUEST");
    expect(trimmed).toEqual({ name: "errors.companyNameTaken" });
    const otherCase = await expectTrpcError(admin.companies.create(companyInput({ name: "pt alfa TAMBANG" })), "BAD_REQUEST");
    expect(otherCase).toEqual({ name: "errors.companyNameTaken" });
    const onUpdate = await expectTrpcError(
      admin.companies.update({ ...companyInput({ name: "PT Beta Sawit" }), id: fx.companies.a, version: 1 }),
      "BAD_REQUEST",
    );
    expect(onUpdate).toEqual({ name: "errors.companyNameTaken" });
    const [a] = await h.db.select().from(companies).where(eq(companies.id, fx.companies.a));
    expect(a?.name).toBe("PT Alfa Tambang");
  });

  it("updates with optimistic locking: a stale version is a CONFLICT and changes nothing", async () => {
    const admin = await as("admin");
    const { id } = await admin.companies.create(companyInput({ name: "PT Versi", jurisdictions: ["64"] }));
    const v2 = await admin.companies.update({ ...companyInput({ name: "PT Versi Baru", jurisdictions: ["64", "64.74"] }), id, version: 1 });
    expect(v2.version).toBe(2);
    await expectTrpcError(
      admin.companies.update({ ...companyInput({ name: "PT Versi Lama", jurisdictions: ["64"] }), id, version: 1 }),
      "CONFLICT",
    );
    const [row] = await h.db.select().from(companies).where(eq(companies.id, id));
    expect(row).toMatchObject({ name: "PT Versi Baru", version: 2 });
    expect(await membershipsOf(id)).toEqual(["64", "64.74"]);

    const v3 = await admin.companies.update({ ...companyInput({ name: "PT Versi Baru", jurisdictions: ["64.74"] }), id, version: 2 });
    expect(v3.version).toBe(3);
    expect(await membershipsOf(id)).toEqual(["64.74"]);
    const [audit] = await h.db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.targetId} = ${id} AND ${auditLog.action} = 'company.update'`)
      .orderBy(sql`${auditLog.id} DESC`)
      .limit(1);
    expect(audit?.details).toEqual({ added: [], removed: ["64"] });
  });

  it("keeps memberships outside a regency admin's jurisdiction when they update a shared company", async () => {
    const { id } = await (await as("admin")).companies.create(companyInput({ name: "PT Bersama", jurisdictions: ["64", "64.08"] }));
    const kutim = await as("adminKutim");
    const listed = (await kutim.companies.list({})).find((c) => c.id === id);
    expect(listed?.jurisdictions).toEqual(["64", "64.08"]);

    await kutim.companies.update({ ...companyInput({ name: "PT Bersama", contactName: "Eka", jurisdictions: ["64.08"] }), id, version: 1 });
    expect(await membershipsOf(id)).toEqual(["64", "64.08"]);
    // Sending the list's memberships back unchanged is no attempt to join the provincial forum.
    await kutim.companies.update({ ...companyInput({ name: "PT Bersama", jurisdictions: ["64", "64.08", "64.08.10"] }), id, version: 2 });
    expect(await membershipsOf(id)).toEqual(["64", "64.08", "64.08.10"]);
    const outside = await expectTrpcError(
      kutim.companies.update({ ...companyInput({ name: "PT Bersama", jurisdictions: ["64.08", "64.72"] }), id, version: 3 }),
      "BAD_REQUEST",
    );
    expect(outside).toEqual({ jurisdictions: "errors.outsideJurisdiction" });
    const [row] = await h.db.select().from(companies).where(eq(companies.id, id));
    expect(row).toMatchObject({ contactName: "Dewi", version: 3 });
    expect(await membershipsOf(id)).toEqual(["64", "64.08", "64.08.10"]);
  });

  it("scopes list and update to the companies a regency admin manages", async () => {
    const kutim = await as("adminKutim");
    const listed = (await kutim.companies.list({})).map((c) => c.id);
    expect(listed).toContain(fx.companies.c);
    expect(listed).not.toContain(fx.companies.a);
    expect(listed).not.toContain(fx.companies.b);
    await expectTrpcError(
      kutim.companies.update({ ...companyInput({ name: "PT Alfa Diambil", jurisdictions: ["64.08"] }), id: fx.companies.a, version: 1 }),
      "NOT_FOUND",
    );
    expect(await membershipsOf(fx.companies.a)).toEqual(["64"]);
    const [a] = await h.db.select().from(companies).where(eq(companies.id, fx.companies.a));
    expect(a).toMatchObject({ name: "PT Alfa Tambang", version: 1 });

    const province = (await (await as("admin")).companies.list({})).map((c) => c.id);
    expect(province).toEqual(expect.arrayContaining([fx.companies.a, fx.companies.b, fx.companies.c]));
    const kaltaraCompany = (await (await as("adminNational")).companies.list({ q: "Kaltara" })).map((c) => c.id);
    expect(kaltaraCompany).toHaveLength(1);
    expect(province).not.toContain(kaltaraCompany[0]);
  });

  it("filters the list by name, treating LIKE wildcards literally, and counts active officers and programs", async () => {
    await insertProgram(h.db, { companyId: fx.companies.b, ref: "BETA-1", areas: [AREAS.samarindaWard] });
    const admin = await as("admin");
    const alfa = await admin.companies.list({ q: "ALFA" });
    expect(alfa.map((c) => c.name)).toEqual(["PT Alfa Tambang"]);
    expect(alfa[0]).toMatchObject({ officerCount: 2, jurisdictions: ["64"] }); // the inactive officer is not counted
    expect((await admin.companies.list({ q: "beta" }))[0]).toMatchObject({ officerCount: 1, programCount: 1 });
    expect(await admin.companies.list({ q: "%" })).toEqual([]);
    expect(await admin.companies.list({ q: "PT_" })).toEqual([]);
  });

  it("gives the picker a page of name matches, prefixes first, plus the chosen ids, within the viewer's reach", async () => {
    const national = await as("adminNational");
    for (let i = 1; i <= 22; i++) await national.companies.create(companyInput({ name: `Zebra Kutim ${String(i).padStart(2, "0")}`, jurisdictions: ["64.08"] }));
    const agro = await national.companies.create(companyInput({ name: "Agro Zebra", jurisdictions: ["64.08"] }));
    const smd = await national.companies.create(companyInput({ name: "Zebra Samarinda", jurisdictions: ["64.72"] }));
    const names = async (key: keyof Fixtures["users"], input: { q?: string; ids?: string[] }) =>
      (await (await as(key)).companies.options(input)).map((o) => o.name);

    const page = await names("reviewer", { q: "ZEBRA" });
    expect(page).toHaveLength(20);
    expect(page.every((n) => n.startsWith("Zebra"))).toBe(true); // "Agro Zebra" sorts first by name, but is no prefix match
    expect(page.slice(0, 2)).toEqual(["Zebra Kutim 01", "Zebra Kutim 02"]);
    expect(await names("reviewer", { q: "gro zeb" })).toEqual(["Agro Zebra"]);
    expect(await names("reviewer", { q: "zebra%" })).toEqual([]);
    expect(await names("reviewer", {})).toHaveLength(20);

    const withChosen = await names("reviewer", { q: "zebra kutim", ids: [agro.id] });
    expect(withChosen).toHaveLength(21);
    expect(withChosen.at(-1)).toBe("Agro Zebra");
    expect(await names("reviewer", { q: "agro", ids: [agro.id] })).toEqual(["Agro Zebra"]); // not twice
    expect(await names("reviewer", { ids: [agro.id, smd.id] })).toEqual(["Agro Zebra", "Zebra Samarinda"]); // ids alone: only those

    // Visibility as before: the Kutai Timur reviewer does not see a Samarinda-only member, even by id; an officer does.
    expect(await names("reviewerKutim", { q: "zebra samarinda", ids: [smd.id] })).toEqual([]);
    expect(await names("reviewerKutim", { q: "agro zebra" })).toEqual(["Agro Zebra"]);
    expect(await names("officerA", { ids: [smd.id], q: "zebra samarinda" })).toEqual(["Zebra Samarinda"]);
    expect(await names("reviewerKaltara", { q: "zebra", ids: [agro.id, smd.id] })).toEqual([]);
  });

  it("refuses a NUL in the search, a long search and more than 20 ids", async () => {
    const c = await as("reviewer");
    await expectTrpcError(c.companies.options({ q: "a\u0000b" }), "BAD_REQUEST");
    await expectTrpcError(c.companies.options({ q: "a".repeat(101) }), "BAD_REQUEST");
    await expectTrpcError(c.companies.options({ ids: Array.from({ length: 21 }, () => fx.companies.a) }), "BAD_REQUEST");
    await expectTrpcError(c.companies.options({ ids: ["not-a-uuid"] }), "BAD_REQUEST");
  });
});
