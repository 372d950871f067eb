import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { auditLog, programs, users } from "@/db/schema";
import { callerFor, createTestDatabase } from "@/server/test/harness";
import { AREAS, insertProgram, programInput, seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { expectTrpcError } from "@/server/test/expect";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
const as = (key: keyof Fixtures["users"]) => callerFor(h.db, fx.users[key]);

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
});
afterAll(() => h?.close());

describe(`programs (${process.env.TEST_DB_KIND})`, () => {
  it("refuses anonymous callers", async () => {
    const anon = await callerFor(h.db, null);
    await expectTrpcError(anon.programs.list({}), "UNAUTHORIZED");
    await expectTrpcError(anon.programs.create(programInput()), "UNAUTHORIZED");
  });

  it("lets an officer create a draft for their own company only", async () => {
    const officer = await as("officerA");
    const created = await officer.programs.create(programInput({ ref: "ALFA-001", companyId: fx.companies.b }));
    const [row] = await h.db.select().from(programs).where(eq(programs.id, created.id));
    expect(row?.companyId).toBe(fx.companies.a); // a smuggled companyId is ignored
    expect(row?.status).toBe("draft");
    expect(row?.ref).toBe("ALFA-001");
    const audit = await h.db.select().from(auditLog).where(eq(auditLog.targetId, created.id));
    expect(audit.map((a) => a.action)).toContain("program.create");
  });

  it("generates a ref when the officer leaves it empty", async () => {
    const officer = await as("officerA");
    const created = await officer.programs.create(programInput({ ref: "" }));
    expect(created.ref).toMatch(/^CSR-2026-[0-9A-Z]{6}$/);
  });

  it("refuses staff and viewers who try to create programs", async () => {
    for (const key of ["admin", "reviewer", "viewer"] as const) {
      await expectTrpcError((await as(key)).programs.create(programInput()), "FORBIDDEN");
    }
  });

  it("hides a draft from other companies, reviewers and viewers, whatever procedure they try", async () => {
    const officerA = await as("officerA");
    const { id, version } = await officerA.programs.create(programInput({ ref: "ALFA-DRAFT" }));
    expect((await officerA.programs.byId({ id })).title).toContain("Makanan Tambahan");
    expect((await (await as("officerA2")).programs.byId({ id })).id).toBe(id); // same company

    const officerB = await as("officerB");
    await expectTrpcError(officerB.programs.byId({ id }), "NOT_FOUND");
    await expectTrpcError(officerB.programs.update({ ...programInput(), id, version }), "NOT_FOUND");
    await expectTrpcError(officerB.programs.submit({ id, version }), "NOT_FOUND");
    const listB = await officerB.programs.list({ q: "ALFA-DRAFT" });
    expect(listB.total).toBe(0);

    for (const key of ["reviewer", "viewer", "admin"] as const) {
      const c = await as(key);
      await expectTrpcError(c.programs.byId({ id }), "NOT_FOUND");
      expect((await c.programs.list({ q: "ALFA-DRAFT" })).total).toBe(0);
    }
    // The draft is unchanged after all those attempts.
    const [row] = await h.db.select().from(programs).where(eq(programs.id, id));
    expect(row?.status).toBe("draft");
    expect(row?.version).toBe(version);
  });

  it("shows a submitted program to reviewers and viewers of the jurisdiction it touches", async () => {
    const officerA = await as("officerA");
    const { id, version } = await officerA.programs.create(programInput({ ref: "ALFA-KUTIM", areaCodes: [AREAS.kutimVillage] }));
    const submitted = await officerA.programs.submit({ id, version });
    expect(submitted.status).toBe("submitted");

    expect((await (await as("reviewer")).programs.byId({ id })).status).toBe("submitted");
    expect((await (await as("viewer")).programs.byId({ id })).id).toBe(id);
    expect((await (await as("reviewerKutim")).programs.byId({ id })).id).toBe(id);
    expect((await (await as("officerB")).programs.byId({ id })).id).toBe(id);
    // Kalimantan Utara's reviewer does not see a Kutai Timur program.
    await expectTrpcError((await as("reviewerKaltara")).programs.byId({ id }), "NOT_FOUND");
  });

  it("lists programs without their long texts, which the program's page and the export still carry", async () => {
    const officerA = await as("officerA");
    const text = "Pelatihan menjahit bagi ibu rumah tangga di Desa Sangatta Utara, ".repeat(8);
    const { id } = await officerA.programs.create(programInput({ ref: "ALFA-LONGTEXT", description: text }));
    const [item] = (await officerA.programs.list({ q: "ALFA-LONGTEXT" })).items;
    expect(item?.id).toBe(id);
    expect(item?.title).toBeTruthy();
    expect(item && "description" in item).toBe(false);
    expect(item && "targetGroupText" in item).toBe(false);
    expect((await officerA.programs.byId({ id })).description).toBe(text.trim());
  });

  it("keeps a Samarinda program out of the Kutai Timur reviewer's view but shows province-wide ones", async () => {
    const samarinda = await insertProgram(h.db, { companyId: fx.companies.b, ref: "BETA-SMD", areas: [AREAS.samarindaWard] });
    const provinceWide = await insertProgram(h.db, { companyId: fx.companies.b, ref: "BETA-KALTIM", areas: [AREAS.kaltim] });
    const kutim = await as("reviewerKutim");
    await expectTrpcError(kutim.programs.byId({ id: samarinda }), "NOT_FOUND");
    expect((await kutim.programs.byId({ id: provinceWide })).id).toBe(provinceWide);
  });

  it("reports bad input per field and writes nothing", async () => {
    const officer = await as("officerA");
    const before = await h.db.select({ n: sql<number>`count(*)::int` }).from(programs);
    const errors = await expectTrpcError(
      officer.programs.create(programInput({ title: "ab", startDate: "2026-05-01", endDate: "2026-04-01", budgetIdr: -5, areaCodes: [] })),
      "BAD_REQUEST",
    );
    expect(errors).toMatchObject({
      title: "errors.titleLength",
      endDate: "errors.dateOrder",
      budgetIdr: "errors.notNegative",
      areaCodes: "errors.areasRequired",
    });
    const dateOnly = await expectTrpcError(
      officer.programs.create(programInput({ startDate: "2026-05-01", endDate: "2026-04-01" })),
      "BAD_REQUEST",
    );
    expect(dateOnly).toEqual({ endDate: "errors.dateOrder" });
    const badDate = await expectTrpcError(officer.programs.create(programInput({ startDate: "2026-02-30" })), "BAD_REQUEST");
    expect(badDate).toEqual({ startDate: "errors.date" });
    const unknownArea = await expectTrpcError(officer.programs.create(programInput({ areaCodes: ["64.72.99.9999"] })), "BAD_REQUEST");
    expect(unknownArea).toEqual({ areaCodes: "errors.areaUnknown" });
    const unknownPriority = await expectTrpcError(
      officer.programs.create(programInput({ priorityProgramId: "00000000-0000-4000-8000-000000000000" })),
      "BAD_REQUEST",
    );
    expect(unknownPriority).toEqual({ priorityProgramId: "errors.priorityProgramUnknown" });
    const after = await h.db.select({ n: sql<number>`count(*)::int` }).from(programs);
    expect(after[0]?.n).toBe(before[0]?.n);
  });

  it("keeps refs unique per company, not across companies", async () => {
    await (await as("officerA")).programs.create(programInput({ ref: "SHARED-1" }));
    const errors = await expectTrpcError((await as("officerA")).programs.create(programInput({ ref: "SHARED-1" })), "BAD_REQUEST");
    expect(errors).toEqual({ ref: "errors.refTaken" });
    const other = await (await as("officerB")).programs.create(programInput({ ref: "SHARED-1" }));
    expect(other.ref).toBe("SHARED-1");
  });

  it("updates a draft with its areas, and refuses a stale version", async () => {
    const officer = await as("officerA");
    const { id, version } = await officer.programs.create(programInput({ ref: "ALFA-EDIT", priorityProgramId: fx.priorityProgramId }));
    const saved = await officer.programs.update({
      ...programInput({ ref: "ALFA-EDIT", title: "PMT Balita dan Ibu Hamil", areaCodes: [AREAS.kukarVillage, AREAS.samarindaWard] }),
      id,
      version,
    });
    expect(saved.version).toBe(version + 1);
    const detail = await officer.programs.byId({ id });
    expect(detail.title).toBe("PMT Balita dan Ibu Hamil");
    expect(detail.priorityProgramId).toBeNull();
    expect(detail.areas.map((a) => a.code)).toEqual([AREAS.kukarVillage, AREAS.samarindaWard]);
    expect(detail.areas[0]?.path).toEqual(["Kalimantan Timur", "Kabupaten Kutai Kartanegara", "Tenggarong Seberang"]);

    await expectTrpcError(officer.programs.update({ ...programInput({ title: "Salinan lama" }), id, version }), "CONFLICT");
    expect((await officer.programs.byId({ id })).title).toBe("PMT Balita dan Ibu Hamil");
  });

  it("refuses edits after submission", async () => {
    const officer = await as("officerA");
    const { id, version } = await officer.programs.create(programInput({ ref: "ALFA-LOCK" }));
    const sub = await officer.programs.submit({ id, version, acknowledgement: { kind: "seen", note: "" } });
    await expectTrpcError(officer.programs.update({ ...programInput(), id, version: sub.version }), "FORBIDDEN");
    await expectTrpcError(officer.programs.submit({ id, version: sub.version }), "FORBIDDEN");
  });

  it("refuses a deactivated user and a session older than a password reset", async () => {
    await expectTrpcError((await as("inactiveOfficer")).programs.list({}), "UNAUTHORIZED");
    const claims = fx.users.officerA2;
    await h.db
      .update(users)
      .set({ sessionGeneration: sql`${users.sessionGeneration} + 1` })
      .where(eq(users.id, claims.userId));
    await expectTrpcError((await callerFor(h.db, claims)).programs.list({}), "UNAUTHORIZED");
    await expectTrpcError((await callerFor(h.db, claims)).programs.create(programInput()), "UNAUTHORIZED");
  });
});

describe("program list filters", () => {
  let ids: Record<string, string>;
  beforeAll(async () => {
    const c = fx.companies;
    ids = {
      eduKutim: await insertProgram(h.db, {
        companyId: c.b,
        ref: "F-EDU",
        sector: "education",
        areas: [AREAS.kutimVillage],
        title: "Beasiswa Anak Nelayan",
      }),
      healthSmd: await insertProgram(h.db, {
        companyId: c.a,
        ref: "F-HEALTH",
        sector: "health",
        areas: [AREAS.samarindaWard],
        startDate: "2025-01-01",
        endDate: "2025-06-30",
      }),
      approved: await insertProgram(h.db, {
        companyId: c.c,
        ref: "F-APP",
        sector: "economy",
        status: "approved",
        areas: ["64.08.10"],
        startDate: "2027-01-01",
        endDate: "2027-12-31",
      }),
    };
  });

  it("filters by sector, status, area, company, year and text", async () => {
    const reviewer = await as("reviewer");
    const refs = async (input: Parameters<typeof reviewer.programs.list>[0]) =>
      (await reviewer.programs.list({ ...input, pageSize: 100 })).items
        .map((i) => i.ref)
        .filter((r) => r.startsWith("F-"))
        .sort();
    expect(await refs({ sector: "education" })).toEqual(["F-EDU"]);
    expect(await refs({ status: "approved" })).toEqual(["F-APP"]);
    expect(await refs({ area: "64.08" })).toEqual(["F-APP", "F-EDU"]);
    expect(await refs({ companyId: fx.companies.a })).toEqual(["F-HEALTH"]);
    expect(await refs({ year: 2025 })).toEqual(["F-HEALTH"]);
    expect(await refs({ year: 2027 })).toEqual(["F-APP"]);
    expect(await refs({ q: "nelayan" })).toEqual(["F-EDU"]);
    expect(await refs({ q: "100%_" })).toEqual([]);
    expect(ids.eduKutim).toBeTruthy();
  });

  it("pages with a stable total", async () => {
    const reviewer = await as("reviewer");
    const all = await reviewer.programs.list({ pageSize: 100 });
    const p1 = await reviewer.programs.list({ pageSize: 2, page: 1 });
    const p2 = await reviewer.programs.list({ pageSize: 2, page: 2 });
    expect(p1.total).toBe(all.total);
    expect(p1.items).toHaveLength(2);
    expect(new Set([...p1.items, ...p2.items].map((i) => i.id)).size).toBe(p1.items.length + p2.items.length);
    expect(all.items.every((i) => i.status !== "draft")).toBe(true);
  });

  it("shows officers their own drafts with `mine`, and no other company's", async () => {
    const mine = await (await as("officerA")).programs.list({ mine: true, pageSize: 100 });
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((i) => i.companyId === fx.companies.a)).toBe(true);
    const b = await (await as("officerB")).programs.list({ pageSize: 100 });
    expect(b.items.some((i) => i.companyId === fx.companies.a && i.status === "draft")).toBe(false);
  });
});
