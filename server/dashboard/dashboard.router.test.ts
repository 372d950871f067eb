import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { overlapFlags } from "@/db/schema";
import { callerFor, createTestDatabase } from "@/server/test/harness";
import { AREAS, insertProgram, seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { expectTrpcError } from "@/server/test/expect";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
const as = (key: keyof Fixtures["users"]) => callerFor(h.db, fx.users[key]);
const M = 1_000_000;
const ids: Record<string, string> = {};

// Six programs, the figures below computed by hand from them.
beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
  const { a, b, c } = fx.companies;
  const y26 = { startDate: "2026-02-01", endDate: "2026-11-30" };
  ids.p1 = await insertProgram(h.db, {
    companyId: a,
    ref: "D1",
    sector: "health",
    areas: [AREAS.samarindaWard],
    ...y26,
    budgetIdr: 100 * M,
    plannedBeneficiaries: 100,
  });
  ids.p2 = await insertProgram(h.db, {
    companyId: b,
    ref: "D2",
    sector: "health",
    status: "approved",
    areas: [AREAS.kutimVillage],
    ...y26,
    budgetIdr: 200 * M,
    plannedBeneficiaries: 50,
    reachedBeneficiaries: 40,
  });
  ids.p3 = await insertProgram(h.db, {
    companyId: a,
    ref: "D3",
    sector: "education",
    areas: ["64.08.10", "64.72.01"],
    startDate: "2025-03-01",
    endDate: "2025-12-31",
    budgetIdr: 300 * M,
    plannedBeneficiaries: 30,
  });
  ids.p4 = await insertProgram(h.db, {
    companyId: c,
    ref: "D4",
    sector: "economy",
    status: "draft",
    areas: [AREAS.samarindaWard],
    ...y26,
    budgetIdr: 900 * M,
  });
  ids.p5 = await insertProgram(h.db, {
    companyId: b,
    ref: "D5",
    sector: "social",
    areas: [AREAS.kaltim],
    ...y26,
    budgetIdr: 500 * M,
    plannedBeneficiaries: 1000,
  });
  ids.p6 = await insertProgram(h.db, { companyId: c, ref: "D6", sector: "health", areas: ["65.01.02.2001"], ...y26, budgetIdr: 700 * M });
  const pair = (x: string, y: string) => (x < y ? { programAId: x, programBId: y } : { programAId: y, programBId: x });
  await h.db.insert(overlapFlags).values([
    { ...pair(ids.p1!, ids.p3!), kind: "overlap", score: 0.7, reasons: [], fingerprintA: "a", fingerprintB: "b" },
    { ...pair(ids.p1!, ids.p6!), kind: "overlap", score: 0.7, reasons: [], fingerprintA: "a", fingerprintB: "b" },
    { ...pair(ids.p2!, ids.p5!), kind: "overlap", score: 0.7, reasons: [], fingerprintA: "a", fingerprintB: "b", status: "resolved" },
  ]);
});
afterAll(() => h?.close());

describe(`dashboard figures (${process.env.TEST_DB_KIND})`, () => {
  it("adds up the provincial view by hand: drafts and other provinces left out", async () => {
    const d = await (await as("reviewer")).dashboard.summary({});
    expect(d.totals).toEqual({
      programs: 4,
      companies: 2,
      budgetIdr: 1100 * M,
      plannedBeneficiaries: 1180,
      reachedBeneficiaries: 40,
      openFlags: 1,
      withoutBudget: 0,
      withoutBeneficiaries: 0,
    });
    const known = { withoutBudget: 0, withoutBeneficiaries: 0 };
    expect(d.bySector).toEqual([
      { key: "education", programs: 1, budgetIdr: 300 * M, plannedBeneficiaries: 30, ...known },
      { key: "health", programs: 2, budgetIdr: 300 * M, plannedBeneficiaries: 150, ...known },
      { key: "social", programs: 1, budgetIdr: 500 * M, plannedBeneficiaries: 1000, ...known },
    ]);
    expect(d.byYear.map((y) => [y.key, y.programs])).toEqual([
      ["2025", 1],
      ["2026", 3],
    ]);
    expect(d.byStatus.map((s) => [s.key, s.programs])).toEqual([
      ["submitted", 3],
      ["approved", 1],
    ]); // life-cycle order
    const regencies = Object.fromEntries(d.byArea.areas.map((a) => [a.key, [a.programs, a.budgetIdr, a.plannedBeneficiaries]]));
    expect(d.byArea.areas).toHaveLength(10);
    expect(regencies["64.72"]).toEqual([2, 400 * M, 130]);
    expect(regencies["64.08"]).toEqual([2, 500 * M, 80]);
    expect(regencies["64.01"]).toEqual([0, 0, 0]);
    expect(d.byArea.wide).toMatchObject({ programs: 1, budgetIdr: 500 * M });
    // The wide figure links to exactly its programs: the province-wide one, not D3 in two regencies.
    const wide = await (await as("reviewer")).programs.list({ area: "64", whole: true });
    expect(wide.items.map((p) => p.ref)).toEqual(["D5"]);
  });

  it("follows the filters, and a regency opens on its districts", async () => {
    const reviewer = await as("reviewer");
    const health = await reviewer.dashboard.summary({ sector: "health" });
    expect(health.totals).toMatchObject({ programs: 2, budgetIdr: 300 * M, openFlags: 1 });
    const y2025 = await reviewer.dashboard.summary({ year: 2025 });
    expect(y2025.totals).toMatchObject({ programs: 1, budgetIdr: 300 * M, openFlags: 1 });
    const kutim = await reviewer.dashboard.summary({ area: "64.08" });
    expect(kutim.byArea.focus).toBe("64.08");
    expect(kutim.totals.programs).toBe(3);
    expect(kutim.byArea.areas.find((a) => a.key === "64.08.10")?.programs).toBe(2);
    expect(kutim.byArea.wide.programs).toBe(1);
    // In Kutai Timur, D5 (all of Kaltim) names no district; D3 and D2 name villages in districts.
    const kutimWide = await reviewer.programs.list({ area: "64.08", whole: true });
    expect(kutimWide.items.map((p) => p.ref)).toEqual(["D5"]);
    expect((await reviewer.programs.list({ area: "64.08" })).total).toBe(3);
  });

  it("shows a regency office only its regency, and keeps officers out", async () => {
    expect((await (await as("reviewerKutim")).dashboard.summary({})).totals.programs).toBe(3);
    expect((await (await as("viewer")).dashboard.summary({})).totals.programs).toBe(4);
    await expectTrpcError((await as("officerA")).dashboard.summary({}), "FORBIDDEN");
    await expectTrpcError((await callerFor(h.db, null)).dashboard.summary({}), "UNAUTHORIZED");
  });
});
