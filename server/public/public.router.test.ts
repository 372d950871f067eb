import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { auditLog, companies, programs, settings } from "@/db/schema";
import { callerFor, createTestDatabase } from "@/server/test/harness";
import { AREAS, insertProgram, seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { expectTrpcError } from "@/server/test/expect";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
const as = (key: keyof Fixtures["users"]) => callerFor(h.db, fx.users[key]);
const anon = () => callerFor(h.db, null);
const M = 1_000_000;
const ids: string[] = [];
const PHONE = "0812-5555-0101";
const TITLE = (ref: string) => `Rahasia judul ${ref}`;

// Ten programs; the figures asserted below are worked out by hand from them.
beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
  const { a, b, c } = fx.companies;
  await h.db.update(companies).set({ contactPhone: PHONE }).where(eq(companies.id, a));
  const add = async (v: Parameters<typeof insertProgram>[1], realized?: number) => {
    const id = await insertProgram(h.db, { ...v, title: TITLE(v.ref) });
    if (realized !== undefined) {
      await h.db.update(programs).set({ realizedBudgetIdr: realized, realizedAt: sql`now()` }).where(eq(programs.id, id));
    }
    ids.push(id);
  };
  // Counted: P1, P2, P3 (in Kutai Timur and Samarinda), P6 (the whole province).
  await add({ companyId: a, ref: "P1", status: "approved", sector: "health", areas: [AREAS.samarindaWard], budgetIdr: 100 * M, plannedBeneficiaries: 100 });
  await add(
    { companyId: b, ref: "P2", status: "in_progress", sector: "education", areas: [AREAS.kutimVillage], budgetIdr: 200 * M, plannedBeneficiaries: 50, reachedBeneficiaries: 40 },
    150 * M,
  );
  await add(
    { companyId: a, ref: "P3", status: "completed", sector: "health", areas: ["64.08.10", "64.72.01"], budgetIdr: 300 * M, plannedBeneficiaries: 30, reachedBeneficiaries: 35 },
    280 * M,
  );
  await add({ companyId: a, ref: "P6", status: "approved", sector: "disaster", areas: [AREAS.kaltim], budgetIdr: 50 * M, plannedBeneficiaries: 1000 });
  // Not counted: undecided, draft, turned down, sent back, withdrawn, or in another province.
  await add({ companyId: c, ref: "P4", status: "submitted", sector: "economy", areas: [AREAS.samarindaWard], budgetIdr: 7 * M });
  await add({ companyId: b, ref: "P5", status: "draft", sector: "social", areas: [AREAS.kukarVillage], budgetIdr: 7 * M });
  await add({ companyId: b, ref: "P7", status: "rejected", sector: "health", areas: ["64.72"], budgetIdr: 7 * M });
  await add({ companyId: c, ref: "P8", status: "revision_requested", sector: "health", areas: [AREAS.kutimVillage], budgetIdr: 7 * M });
  await add({ companyId: a, ref: "P9", status: "withdrawn", sector: "health", areas: [AREAS.kutimVillage], budgetIdr: 7 * M });
  await add({ companyId: c, ref: "P10", status: "approved", sector: "health", areas: ["65"], budgetIdr: 7 * M });
  // Counted too: three more companies' programs, so that some figures come from 3 companies or more.
  const [d, e] = await h.db.insert(companies).values([{ name: "PT Delta Publik" }, { name: "PT Epsilon Publik" }]).returning({ id: companies.id });
  if (!d || !e) throw new Error("companies missing");
  // P11 has not stated its budget, P13 its beneficiaries: left out of those sums (never as 0) and counted as such.
  await add({ companyId: c, ref: "P11", status: "approved", sector: "health", areas: [AREAS.samarindaWard], budgetIdr: null, plannedBeneficiaries: 10 });
  await add({ companyId: d.id, ref: "P12", status: "approved", sector: "health", areas: [AREAS.kutimVillage], budgetIdr: 40 * M, plannedBeneficiaries: 20 });
  await add({ companyId: e.id, ref: "P13", status: "in_progress", sector: "education", areas: [AREAS.samarindaWard], budgetIdr: 60 * M, plannedBeneficiaries: null });
});
afterAll(() => h?.close());

const zero = { programs: 0, budgetIdr: 0, plannedBeneficiaries: 0, reachedBeneficiaries: 0, withoutBudget: 0, withoutBeneficiaries: 0 };

describe(`public page (${process.env.TEST_DB_KIND})`, () => {
  it("is off by default: the summary is not found for anyone", async () => {
    expect(await h.db.select().from(settings)).toEqual([]);
    await expectTrpcError((await anon()).public.summary(), "NOT_FOUND");
    await expectTrpcError((await as("admin")).public.summary(), "NOT_FOUND");
    expect((await (await as("viewer")).settings.get()).publicPage).toBe(false);
  });

  it("lets only an admin whose jurisdiction holds the home province flip the switch", async () => {
    await expectTrpcError((await anon()).settings.setPublicPage({ enabled: true }), "UNAUTHORIZED");
    for (const key of ["reviewer", "viewer", "officerA", "reviewerKutim"] as const) {
      await expectTrpcError((await as(key)).settings.setPublicPage({ enabled: true }), "FORBIDDEN");
    }
    // A regency office does not publish the whole province.
    await expect((await as("adminKutim")).settings.setPublicPage({ enabled: true })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "errors.outsideJurisdiction",
    });
    expect(await h.db.select().from(settings)).toEqual([]);
    await expectTrpcError((await anon()).public.summary(), "NOT_FOUND");

    expect(await (await as("admin")).settings.setPublicPage({ enabled: true })).toEqual({ publicPage: true });
    const [row] = await h.db.select().from(settings).where(eq(settings.key, "public_page"));
    expect(row?.value).toBe("on");
    expect((await (await as("officerB")).settings.get()).publicPage).toBe(true);
  });

  it("when on, answers anyone with the home province's decided programs in aggregate, hiding figures from fewer than 3 companies", async () => {
    const s = await (await anon()).public.summary();
    expect(s.province).toEqual({ code: "64", name: "Kalimantan Timur" });
    // Counted: P1, P3, P6 (company A), P2 (B), P11 (C), P12 (D), P13 (E).
    expect(s.totals).toEqual({
      suppressed: false,
      programs: 7,
      companies: 5,
      budgetIdr: 750 * M,
      plannedBeneficiaries: 1210,
      reachedBeneficiaries: 75,
      realizedBudgetIdr: 430 * M,
      reportedPrograms: 2,
      withoutBudget: 1,
      withoutBeneficiaries: 1,
    });
    // Approved: A, C, D. Running (B, E) and completed (A) are each from fewer than 3, and together from 3.
    expect(s.statuses).toEqual({ approved: 4, in_progress: null, completed: null });
    expect(s.sectors).toEqual([
      { sector: "education", suppressed: true },
      {
        sector: "health",
        suppressed: false,
        programs: 4,
        budgetIdr: 440 * M,
        plannedBeneficiaries: 160,
        reachedBeneficiaries: 35,
        withoutBudget: 1,
        withoutBeneficiaries: 0,
      },
      { sector: "disaster", suppressed: true },
    ]);

    // Every regency/city of Kaltim is listed. Samarinda's programs come from A, C and E.
    expect(s.areas).toHaveLength(10);
    const byCode = new Map(s.areas.map((a) => [a.code, a]));
    expect(byCode.get("64.72")).toEqual({
      code: "64.72",
      name: "Kota Samarinda",
      suppressed: false,
      programs: 4,
      companies: 3,
      budgetIdr: 460 * M,
      plannedBeneficiaries: 140,
      reachedBeneficiaries: 35,
      withoutBudget: 1,
      withoutBeneficiaries: 1,
      // Health there is from A and C only, education from E only: no sector is named, none counted.
      sectors: [],
      otherSectors: true,
    });
    // The province-wide programs are A's alone: hidden. Kutai Timur (A, B, D) is hidden with them,
    // or the province total minus Samarinda would give the province-wide budget back.
    expect(s.wide).toEqual({ suppressed: true });
    expect(byCode.get("64.08")).toEqual({ code: "64.08", name: "Kabupaten Kutai Timur", suppressed: true });
    for (const a of s.areas.filter((x) => x.code !== "64.08" && x.code !== "64.72")) {
      expect(a, a.code).toMatchObject({ ...zero, suppressed: false, companies: 0, sectors: [], otherSectors: false });
    }
  });

  it("shows no figure of a regency with one program, however it is asked (info finding)", async () => {
    const s = await (await anon()).public.summary();
    const json = JSON.stringify(s);
    // P12 (40 M, 20 beneficiaries) is Kutai Timur's only program of company D; P6 (50 M) the only province-wide one.
    for (const figure of [40 * M, 50 * M, 540 * M, 290 * M]) expect(json, String(figure)).not.toContain(`:${figure},`);
    expect(json).not.toContain("company_ids");
  });

  it("holds no personal data, no texts of programs and no identifiers", async () => {
    const json = JSON.stringify(await (await anon()).public.summary());
    const company = await h.db.select().from(companies);
    const forbidden = [
      ...company.flatMap((c) => [c.id, c.name, c.contactName, c.contactEmail].filter((v): v is string => !!v)),
      PHONE,
      ...Object.values(fx.users).map((u) => u.userId),
      ...["officer.a@test.id", "admin@test.id", "officerA", "reviewer"],
      ...ids,
      ...["P1", "P2", "P3", "P6"].map(TITLE),
      "Rahasia",
      "Deskripsi program untuk pengujian",
    ];
    expect(forbidden.filter((s) => json.includes(s))).toEqual([]);
    expect(json).not.toContain("@");
  });

  it("says when the figures were counted", async () => {
    const before = Date.now();
    const { asOf } = await (await anon()).public.summary();
    expect(asOf).toBeInstanceOf(Date);
    expect(asOf.getTime()).toBeGreaterThanOrEqual(before);
    expect(asOf.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it("shows a company's realisation report in aggregate at once, and none of its note", async () => {
    const p2 = ids[1] as string;
    const [current] = await h.db.select({ version: programs.version }).from(programs).where(eq(programs.id, p2));
    await (await as("officerB")).realization.report({
      id: p2,
      version: current?.version ?? 0,
      reachedBeneficiaries: 45,
      realizedBudgetIdr: 160 * M,
      note: "Daftar penerima: Siti Rahmawati, Budi Santoso",
    });
    const s = await (await anon()).public.summary();
    expect(s.totals).toMatchObject({ reachedBeneficiaries: 80, realizedBudgetIdr: 440 * M, reportedPrograms: 2 });
    expect(s.sectors.find((x) => x.sector === "education")).toEqual({ sector: "education", suppressed: true });
    const json = JSON.stringify(s);
    for (const text of ["Siti", "Budi", "Daftar penerima"]) expect(json).not.toContain(text);
  });

  it("never counts a program that is not decided in its favour, however its figures change", async () => {
    // P4 (submitted) and P5 (draft) carry figures as if reported; they still count nowhere.
    await h.db
      .update(programs)
      .set({ reachedBeneficiaries: 9999, realizedBudgetIdr: 9999 * M, realizedAt: sql`now()` })
      .where(sql`${programs.id} IN (${ids[4] as string}, ${ids[5] as string})`);
    const s = await (await anon()).public.summary();
    expect(s.totals).toMatchObject({ programs: 7, reachedBeneficiaries: 80, realizedBudgetIdr: 440 * M, reportedPrograms: 2 });
    expect(s.sectors.map((x) => x.sector)).toEqual(["education", "health", "disaster"]);
    expect(s.areas.find((a) => a.code === "64.02")).toMatchObject({ ...zero, companies: 0, sectors: [] });
  });

  it("follows the forum's home province when an admin changes it", async () => {
    const national = await as("adminNational");
    await national.settings.setHomeProvince({ code: "65" });
    const s = await (await anon()).public.summary();
    expect(s.province.code).toBe("65");
    // One company's one program: not a single figure of it is shown.
    expect(s.totals).toEqual({ suppressed: true });
    expect(s.wide).toEqual({ suppressed: true });
    expect(s.statuses).toEqual({ approved: null, in_progress: 0, completed: 0 });
    expect(JSON.stringify(s)).not.toContain(String(7 * M));
    expect(s.areas.every((a) => a.code.startsWith("65."))).toBe(true);
    await national.settings.setHomeProvince({ code: "64" });
    expect((await (await anon()).public.summary()).province.code).toBe("64");
  });

  it("goes away again when an admin turns it off, and every flip is audited", async () => {
    expect(await (await as("adminNational")).settings.setPublicPage({ enabled: false })).toEqual({ publicPage: false });
    await expectTrpcError((await anon()).public.summary(), "NOT_FOUND");
    const rows = await h.db.select().from(auditLog).where(eq(auditLog.action, "settings.public_page")).orderBy(auditLog.id);
    expect(rows.map((r) => [r.actorId, r.details])).toEqual([
      [fx.users.admin.userId, { enabled: true }],
      [fx.users.adminNational.userId, { enabled: false }],
    ]);
  });
});
