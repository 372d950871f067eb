import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { governmentActivities, programs } from "@/db/schema";
import { resolveViewer, type StaffViewer } from "@/server/auth/viewer";
import { complianceReport } from "@/server/compliance/compliance.queries";
import { exportPrograms } from "@/server/exports/programs.export";
import { getPublicSummary } from "@/server/public/public.queries";
import { getTargetingView } from "@/server/targeting/targeting.queries";
import { callerFor, createTestDatabase } from "@/server/test/harness";
import { AREAS, insertProgram, seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { createActivity, SYSTEM_ACTOR } from "./government.service";
import type { CreateActivityValues } from "./government.schemas";

// Government activities share the programs table with CSR programs (db/schema/programs.ts).
// Every CSR reader must give the same answer before and after they are added.

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;

const activity = (o: Partial<CreateActivityValues>): CreateActivityValues => ({
  ref: "GOV-1",
  agency: "Dinas Sosial Kabupaten Kutai Timur",
  funding: "apbd_regency",
  title: "Rehabilitasi Rumah Tidak Layak Huni",
  sector: "infrastructure",
  targetGroupText: "rumah tangga miskin",
  areaCodes: [AREAS.kutimVillage],
  startDate: "2026-01-01",
  endDate: "2026-12-31",
  budgetIdr: 2_000_000_000,
  plannedBeneficiaries: 40,
  sourceName: "DPA Dinas Sosial Kab. Kutai Timur 2026 (uji)",
  ...o,
});

async function staff(key: "admin" | "reviewer" | "viewer"): Promise<StaffViewer> {
  const v = await resolveViewer(h.db, fx.users[key]);
  if (!v || v.role === "officer") throw new Error("no staff viewer");
  return v;
}

/** The dashboard's CSR figures: its per-poor-person section sets the government's beside them on purpose. */
function csrFigures<T extends { perPoor: { government: unknown }[] }>(summary: T) {
  return { ...summary, perPoor: summary.perPoor.map(({ government: _government, ...csr }) => csr) };
}

/** The targeting view's CSR figures: it sets the government's rupiah per poor person beside them on purpose. */
function csrTargeting<T extends { areas: { government: unknown }[] }>(view: T) {
  return { ...view, areas: view.areas.map(({ government: _government, ...csr }) => csr) };
}

/** Everything the CSR readers answer, in one object to compare. */
async function snapshot() {
  const reviewer = await callerFor(h.db, fx.users.reviewer);
  const officer = await callerFor(h.db, fx.users.officerA);
  const viewer = await callerFor(h.db, fx.users.viewer);
  const strip = <T extends { items: unknown[] }>(l: T) => ({ ...l, items: l.items });
  const csv = await exportPrograms(h.db, await staff("reviewer"), {}, "csv", "id");
  return {
    staffList: strip(await reviewer.programs.list({ pageSize: 100 })),
    officerList: strip(await officer.programs.list({ pageSize: 100 })),
    viewerList: (await viewer.programs.list({ pageSize: 100 })).total,
    kutimList: (await reviewer.programs.list({ area: AREAS.kutim, pageSize: 100 })).total,
    dashboard: csrFigures(await reviewer.dashboard.summary({})),
    dashboard2026: csrFigures(await reviewer.dashboard.summary({ year: 2026, area: AREAS.kutim })),
    exportCsv: String(csv.body),
    exportRows: csv.rows,
    publicSummary: { ...(await getPublicSummary(h.db, AREAS.kaltim)), asOf: null },
    compliance: await complianceReport(h.db, await staff("admin"), 2026, "2027-06-30"),
    targeting: csrTargeting(await getTargetingView(h.db, await staff("reviewer"), {})),
    targetingKutim: csrTargeting(await getTargetingView(h.db, await staff("reviewer"), { area: AREAS.kutim, year: 2026 })),
  };
}

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
  await insertProgram(h.db, { companyId: fx.companies.a, ref: "CSR-1", status: "approved", areas: [AREAS.kutimVillage], sector: "infrastructure" });
  await insertProgram(h.db, { companyId: fx.companies.b, ref: "CSR-2", status: "in_progress", areas: [AREAS.samarindaWard] });
  await insertProgram(h.db, { companyId: fx.companies.c, ref: "CSR-3", status: "completed", areas: [AREAS.kukarVillage], endDate: "2026-03-31" });
  await insertProgram(h.db, { companyId: fx.companies.a, ref: "CSR-4", status: "submitted", areas: [AREAS.kutim] });
  await insertProgram(h.db, { companyId: fx.companies.a, ref: "CSR-DRAFT", status: "draft", areas: [AREAS.kutimVillage] });
});
afterAll(() => h?.close());

describe(`CSR readers ignore government activities (${process.env.TEST_DB_KIND})`, () => {
  it("lists, dashboard, export, public page and compliance are the same after adding activities in the same areas", async () => {
    const before = await snapshot();
    expect(before.staffList.total).toBe(4);
    expect(before.exportRows).toBe(4);

    // In every fixture area, at every level, in both years, with big figures that would show in any sum.
    const areas = [[AREAS.kutimVillage], [AREAS.samarindaWard], [AREAS.kukarVillage], [AREAS.kutim], [AREAS.kaltim]];
    let n = 0;
    for (const areaCodes of areas) {
      for (const funding of ["apbn", "apbd_province", "apbdes"] as const) {
        n++;
        await createActivity(h.db, SYSTEM_ACTOR, activity({ ref: `GOV-${n}`, funding, areaCodes, budgetIdr: 7_000_000_000 + n, plannedBeneficiaries: 1000 + n }));
      }
    }
    const [stored] = await h.db
      .select({ n: sql<number>`count(*)::int` })
      .from(programs)
      .innerJoin(governmentActivities, eq(governmentActivities.programId, programs.id))
      .where(and(eq(programs.source, "government"), eq(programs.status, "reference")));
    expect(stored?.n).toBe(15);

    const after = await snapshot();
    expect(after.staffList).toEqual(before.staffList);
    expect(after.officerList).toEqual(before.officerList);
    expect(after.viewerList).toBe(before.viewerList);
    expect(after.kutimList).toBe(before.kutimList);
    expect(after.dashboard).toEqual(before.dashboard);
    expect(after.dashboard2026).toEqual(before.dashboard2026);
    expect(after.exportCsv).toBe(before.exportCsv);
    expect(after.exportCsv).not.toContain("GOV-");
    expect(after.publicSummary).toEqual(before.publicSummary);
    expect(after.compliance).toEqual(before.compliance);
    expect(after.targeting).toEqual(before.targeting);
    expect(after.targetingKutim).toEqual(before.targetingKutim);
  });

  it("a government activity's id is not found through the program procedures", async () => {
    const [gov] = await h.db.select({ id: programs.id }).from(programs).where(eq(programs.source, "government")).limit(1);
    if (!gov) throw new Error("no activity");
    const reviewer = await callerFor(h.db, fx.users.reviewer);
    const officer = await callerFor(h.db, fx.users.officerA);
    const [csr] = await h.db.select({ id: programs.id }).from(programs).where(eq(programs.ref, "CSR-1"));
    await expect(reviewer.programs.byId({ id: csr?.id ?? "" })).resolves.toMatchObject({ ref: "CSR-1" });
    await expect(reviewer.programs.byId({ id: gov.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(officer.programs.byId({ id: gov.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("the database refuses a government row with a company, or with a review status", async () => {
    const base = { ref: "X-1", title: "Uji batasan", description: "uji", sector: "social" as const, startDate: "2026-01-01", endDate: "2026-12-31" };
    await expect(h.db.insert(programs).values({ ...base, source: "government", companyId: fx.companies.a, status: "reference" })).rejects.toThrow();
    await expect(h.db.insert(programs).values({ ...base, source: "government", companyId: null, status: "approved" })).rejects.toThrow();
    await expect(h.db.insert(programs).values({ ...base, source: "csr", companyId: fx.companies.a, status: "reference" })).rejects.toThrow();
    await expect(h.db.insert(programs).values({ ...base, source: "csr", companyId: null, status: "submitted" })).rejects.toThrow();
  });
});
