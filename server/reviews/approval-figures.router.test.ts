import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { auditLog, programs } from "@/db/schema";
import { callerFor, createTestDatabase } from "@/server/test/harness";
import { AREAS, insertProgram, seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { expectTrpcError } from "@/server/test/expect";

// The installation setting `require_figures_for_approval`: off, a program without a budget or
// beneficiaries is approved as before; on, the approval is refused naming what is missing.

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
const as = (key: keyof Fixtures["users"]) => callerFor(h.db, fx.users[key]);
let serial = 0;

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
});
afterAll(() => h?.close());

const submitted = (figures: { budgetIdr?: number | null; plannedBeneficiaries?: number | null }) =>
  insertProgram(h.db, { companyId: fx.companies.a, ref: `FIG-${++serial}`, areas: [AREAS.samarindaWard], ...figures });

/** The refusal's code and message key, or "approved". */
async function approve(id: string): Promise<string> {
  try {
    const row = await (await as("reviewer")).reviews.transition({ id, version: 1, action: "approve" });
    return row.status;
  } catch (err) {
    if (!(err instanceof TRPCError)) throw err;
    return `${err.code} ${err.message}`;
  }
}
const statusOf = async (id: string) => (await h.db.select({ s: programs.status }).from(programs).where(eq(programs.id, id)))[0]?.s;

describe(`figures required for approval (${process.env.TEST_DB_KIND})`, () => {
  it("is off by default: a program without a budget or beneficiaries is approved", async () => {
    expect((await (await as("reviewer")).settings.get()).requireFiguresForApproval).toBe(false);
    expect(await approve(await submitted({ budgetIdr: null }))).toBe("approved");
    expect(await approve(await submitted({ budgetIdr: null, plannedBeneficiaries: null }))).toBe("approved");
  });

  it("lets only an admin over the home province switch it, and audits the change", async () => {
    for (const key of ["reviewer", "viewer", "officerA"] as const) {
      await expectTrpcError((await as(key)).settings.setRequireFigures({ enabled: true }), "FORBIDDEN");
    }
    // A regency admin may not bind the province's reviewers.
    await expectTrpcError((await as("adminKutim")).settings.setRequireFigures({ enabled: true }), "FORBIDDEN");
    await expectTrpcError((await callerFor(h.db, null)).settings.setRequireFigures({ enabled: true }), "UNAUTHORIZED");
    expect((await (await as("viewer")).settings.get()).requireFiguresForApproval).toBe(false);

    expect(await (await as("admin")).settings.setRequireFigures({ enabled: true })).toEqual({ requireFiguresForApproval: true });
    expect((await (await as("officerB")).settings.get()).requireFiguresForApproval).toBe(true);
    const audits = await h.db.select().from(auditLog).where(eq(auditLog.action, "settings.require_figures_for_approval"));
    expect(audits.map((a) => [a.actorId, a.details])).toEqual([[fx.users.admin.userId, { enabled: true }]]);
  });

  it("when on, refuses to approve naming what is missing, and leaves the program submitted", async () => {
    const noBudget = await submitted({ budgetIdr: null, plannedBeneficiaries: 35 });
    const noPeople = await submitted({ budgetIdr: 12_500_000, plannedBeneficiaries: null });
    const neither = await submitted({ budgetIdr: null, plannedBeneficiaries: null });
    expect(await approve(noBudget)).toBe("PRECONDITION_FAILED errors.figuresRequired.budget");
    expect(await approve(noPeople)).toBe("PRECONDITION_FAILED errors.figuresRequired.beneficiaries");
    expect(await approve(neither)).toBe("PRECONDITION_FAILED errors.figuresRequired.both");
    expect([await statusOf(noBudget), await statusOf(noPeople), await statusOf(neither)]).toEqual(["submitted", "submitted", "submitted"]);
    // A budget of Rp 0 is a stated figure, not a missing one.
    expect(await approve(await submitted({ budgetIdr: 0, plannedBeneficiaries: 3 }))).toBe("approved");
    // The fix the message names still works: a revision request goes through.
    const revised = await (await as("reviewer")).reviews.transition({
      id: noBudget,
      version: 1,
      action: "request_revision",
      note: "Mohon lengkapi anggaran program.",
    });
    expect(revised.status).toBe("revision_requested");
  });

  it("when switched off again, approves as before", async () => {
    await (await as("adminNational")).settings.setRequireFigures({ enabled: false });
    expect(await approve(await submitted({ budgetIdr: null }))).toBe("approved");
  });
});
