import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { companies, forumMembers } from "@/db/schema";
import { callerFor, createTestDatabase } from "@/server/test/harness";
import { AREAS, insertProgram, seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { expectTrpcError } from "@/server/test/expect";
import { todayIn } from "@/lib/time-zone";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
const as = (key: keyof Fixtures["users"]) => callerFor(h.db, fx.users[key]);

/** The plan year: next year, so that no plan of it can have ended yet. */
const Y = new Date().getFullYear() + 1;
const today = todayIn("Asia/Makassar");
/** The date `n` days before today, as the report computes it. */
function daysAgo(n: number): string {
  const d = new Date(today + "T00:00:00Z");
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
}
const ids = { d: "" };
const late = { a45: "", a31: "", a30: "", aCompleted: "", bSubmitted: "", c200: "", d60: "" };

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
  const { a, b, c } = fx.companies;
  // D sits only in Kalimantan Utara's forum: outside every Kaltim admin's view.
  const [d] = await h.db
    .insert(companies)
    .values({ name: "PT Delta Kaltara", contactEmail: "csr@delta.test" })
    .returning({ id: companies.id });
  if (!d) throw new Error("company D missing");
  ids.d = d.id;
  await h.db.insert(forumMembers).values({ companyId: d.id, jurisdiction: "65" });
  const areas = [AREAS.kutimVillage];
  const p = (companyId: string, ref: string, status: Parameters<typeof insertProgram>[1]["status"], startDate: string, endDate: string) =>
    insertProgram(h.db, { companyId, ref, status, startDate, endDate, areas });

  // Plans for year Y: A submitted one; C's runs into Y from the year before; B only has a draft
  // in Y and submitted programs that end just before Y or start just after it.
  await p(a, "A-PLAN", "submitted", `${Y}-02-01`, `${Y}-11-30`);
  await p(c, "C-PLAN", "submitted", `${Y - 1}-06-01`, `${Y}-03-31`);
  await p(b, "B-DRAFT", "draft", `${Y}-01-01`, `${Y}-12-31`);
  await p(b, "B-BEFORE", "submitted", `${Y - 1}-01-01`, `${Y - 1}-12-31`);
  await p(b, "B-AFTER", "submitted", `${Y + 1}-01-01`, `${Y + 1}-06-30`);

  // Realization reports.
  late.a45 = await p(a, "A-45", "approved", daysAgo(200), daysAgo(45));
  late.a31 = await p(a, "A-31", "in_progress", daysAgo(200), daysAgo(31));
  late.a30 = await p(a, "A-30", "approved", daysAgo(200), daysAgo(30));
  late.aCompleted = await p(a, "A-DONE", "completed", daysAgo(300), daysAgo(100));
  late.bSubmitted = await p(b, "B-OLD", "submitted", daysAgo(300), daysAgo(100));
  late.c200 = await p(c, "C-200", "in_progress", daysAgo(400), daysAgo(200));
  late.d60 = await p(d.id, "D-60", "approved", daysAgo(200), daysAgo(60));
});
afterAll(() => h?.close());

const report = async (key: keyof Fixtures["users"], year = Y) => (await as(key)).compliance.report({ year });

describe(`compliance report (${process.env.TEST_DB_KIND})`, () => {
  it("is for admins only", async () => {
    await expectTrpcError((await callerFor(h.db, null)).compliance.report({ year: Y }), "UNAUTHORIZED");
    for (const key of ["reviewer", "viewer", "officerA"] as const) {
      await expectTrpcError((await as(key)).compliance.report({ year: Y }), "FORBIDDEN");
    }
    expect(await expectTrpcError((await as("admin")).compliance.report({ year: 1999 }), "BAD_REQUEST")).toEqual({ year: "errors.year" });
  });

  it("lists the managed companies with no plan past draft overlapping the year, with their contact", async () => {
    const r = await report("admin");
    expect(r.year).toBe(Y);
    expect(r.missingPlans).toEqual([
      {
        id: fx.companies.b,
        name: "PT Beta Sawit",
        contactName: "Budi",
        contactEmail: "csr@beta.test",
        contactPhone: null,
        draftCount: 1,
      },
    ]);
    // Kutai Timur's admin manages only C, which has a plan; the national admin also sees D.
    expect((await report("adminKutim")).missingPlans).toEqual([]);
    expect((await report("adminNational")).missingPlans.map((c) => c.id)).toEqual([fx.companies.b, ids.d]);
    // The year after: only B has a plan (B-AFTER); A's and C's end in Y.
    expect((await report("admin", Y + 1)).missingPlans.map((c) => c.id)).toEqual([fx.companies.a, fx.companies.c]);
  });

  it("lists approved or running programs ended more than 30 days ago, most overdue first", async () => {
    const r = await report("admin");
    expect(r.overdueReports.map((p) => p.id)).toEqual([late.c200, late.a45, late.a31]);
    expect(r.overdueReports[1]).toMatchObject({
      ref: "A-45",
      status: "approved",
      endDate: daysAgo(45),
      daysSinceEnd: 45,
      daysOverdue: 15,
      companyName: "PT Alfa Tambang",
      contactEmail: "csr@alfa.test",
    });
    expect(r.overdueReports[2]).toMatchObject({ daysSinceEnd: 31, daysOverdue: 1 });
    expect((await report("adminKutim")).overdueReports.map((p) => p.id)).toEqual([late.c200]);
    expect((await report("adminNational")).overdueReports.map((p) => p.id)).toEqual([late.c200, late.d60, late.a45, late.a31]);
  });
});
