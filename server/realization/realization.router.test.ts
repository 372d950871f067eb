import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditLog, programEvents, programs } from "@/db/schema";
import type { ProgramStatus } from "@/lib/enums";
import { callerFor, createTestDatabase } from "@/server/test/harness";
import { AREAS, insertProgram, seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { expectTrpcError } from "@/server/test/expect";
import { MAX_BENEFICIARIES, MAX_BUDGET_IDR } from "@/server/programs/programs.schemas";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
const as = (key: keyof Fixtures["users"]) => callerFor(h.db, fx.users[key]);
const M = 1_000_000;
let n = 0;

/** A program of company A (unless said otherwise) in Samarinda, planned for 100 people and Rp 100 jt. */
async function program(status: ProgramStatus, company: "a" | "b" = "a") {
  return insertProgram(h.db, { companyId: fx.companies[company], ref: `R${++n}`, status, areas: [AREAS.samarindaWard] });
}
const row = async (id: string) => (await h.db.select().from(programs).where(eq(programs.id, id)))[0];
const figures = { reachedBeneficiaries: 80, realizedBudgetIdr: 90 * M };

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
});
afterAll(() => h?.close());

describe(`realization reports (${process.env.TEST_DB_KIND})`, () => {
  it("lets an officer of the owning company report a running program, audited with the note and no life-cycle event", async () => {
    const id = await program("in_progress");
    const r = await (await as("officerA")).realization.report({ id, version: 1, ...figures, note: "Daftar hadir, NIK 6472010101010001" });
    expect(r).toMatchObject({ id, version: 2, ...figures });
    expect(r.realizedAt).toBeInstanceOf(Date);
    expect(await row(id)).toMatchObject({ version: 2, status: "in_progress", ...figures });

    const audit = await h.db.select().from(auditLog).where(eq(auditLog.targetId, id));
    expect(audit.map((a) => [a.action, a.actorId, a.details])).toEqual([
      [
        "program.realization",
        fx.users.officerA.userId,
        {
          ...figures,
          previous: { reachedBeneficiaries: null, realizedBudgetIdr: null },
          note: "Daftar hadir, NIK [redacted]",
        },
      ],
    ]);
    expect(await h.db.select().from(programEvents).where(eq(programEvents.programId, id))).toEqual([]);

    // Everyone who can see the program sees the figures.
    for (const key of ["reviewer", "viewer", "officerB"] as const) {
      expect(await (await as(key)).programs.byId({ id })).toMatchObject({ ...figures, version: 2 });
    }
  });

  it("takes a new report from a colleague on a completed program, replacing the last one", async () => {
    const id = await program("completed");
    await (await as("officerA")).realization.report({ id, version: 1, ...figures });
    const r = await (await as("officerA2")).realization.report({ id, version: 2, reachedBeneficiaries: 120, realizedBudgetIdr: 0 });
    expect(r).toMatchObject({ version: 3, reachedBeneficiaries: 120, realizedBudgetIdr: 0 });
    const [last] = await h.db.select().from(auditLog).where(eq(auditLog.targetId, id)).orderBy(auditLog.id).limit(1).offset(1);
    expect(last?.details).toEqual({ reachedBeneficiaries: 120, realizedBudgetIdr: 0, previous: figures });
  });

  it("refuses everyone else: another company not found, staff and viewers forbidden, nobody signed in unauthorized", async () => {
    const id = await program("in_progress");
    await expectTrpcError((await as("officerB")).realization.report({ id, version: 1, ...figures }), "NOT_FOUND");
    for (const key of ["reviewer", "admin", "adminNational", "viewer"] as const) {
      await expectTrpcError((await as(key)).realization.report({ id, version: 1, ...figures }), "FORBIDDEN");
    }
    await expectTrpcError((await callerFor(h.db, null)).realization.report({ id, version: 1, ...figures }), "UNAUTHORIZED");
    await expectTrpcError((await as("inactiveOfficer")).realization.report({ id, version: 1, ...figures }), "UNAUTHORIZED");
    expect(await row(id)).toMatchObject({ version: 1, reachedBeneficiaries: null, realizedBudgetIdr: null, realizedAt: null });
    expect(await h.db.select().from(auditLog).where(eq(auditLog.targetId, id))).toEqual([]);
  });

  it("refuses a program that is not running or completed", async () => {
    for (const status of ["draft", "submitted", "approved", "revision_requested", "rejected", "withdrawn"] as const) {
      const id = await program(status);
      await expect((await as("officerA")).realization.report({ id, version: 1, ...figures }), status).rejects.toMatchObject({
        code: "FORBIDDEN",
        message: "errors.notReportable",
      });
      expect(await row(id)).toMatchObject({ version: 1, reachedBeneficiaries: null, realizedAt: null });
    }
  });

  it("takes figures above the plan and at the largest allowed values: what was delivered is not capped by the plan", async () => {
    const id = await program("in_progress");
    const officer = await as("officerA");
    const r = await officer.realization.report({ id, version: 1, reachedBeneficiaries: 150, realizedBudgetIdr: 120 * M });
    expect(r).toMatchObject({ version: 2, reachedBeneficiaries: 150, realizedBudgetIdr: 120 * M });
    const top = { reachedBeneficiaries: MAX_BENEFICIARIES, realizedBudgetIdr: MAX_BUDGET_IDR };
    expect(await officer.realization.report({ id, version: 2, ...top })).toMatchObject({ version: 3, ...top });
    expect(await row(id)).toMatchObject(top);
  });

  it("refuses another company's completed program and an unknown one alike, whatever the version", async () => {
    const id = await program("completed", "b");
    for (const version of [1, 7]) {
      await expectTrpcError((await as("officerA")).realization.report({ id, version, ...figures }), "NOT_FOUND");
    }
    await expectTrpcError(
      (await as("officerA")).realization.report({ id: "00000000-0000-4000-8000-000000000000", version: 1, ...figures }),
      "NOT_FOUND",
    );
    expect(await expectTrpcError((await as("officerA")).realization.report({ id: "not-a-uuid", version: 1, ...figures }), "BAD_REQUEST")).toEqual({
      id: "errors.notFound",
    });
    expect(await row(id)).toMatchObject({ version: 1, reachedBeneficiaries: null, realizedAt: null });
  });

  it("refuses a stale copy with CONFLICT", async () => {
    const id = await program("in_progress");
    const officer = await as("officerA");
    await officer.realization.report({ id, version: 1, ...figures });
    await expect(officer.realization.report({ id, version: 1, reachedBeneficiaries: 1, realizedBudgetIdr: 1 })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "errors.staleVersion",
    });
    expect(await row(id)).toMatchObject({ version: 2, ...figures });
  });

  it("refuses negative, fractional and oversized figures with a message beside each field", async () => {
    const id = await program("in_progress");
    const officer = await as("officerA");
    const bad = (reachedBeneficiaries: number, realizedBudgetIdr: number, note = "") =>
      expectTrpcError(officer.realization.report({ id, version: 1, reachedBeneficiaries, realizedBudgetIdr, note }), "BAD_REQUEST");
    expect(await bad(-1, -5)).toEqual({ reachedBeneficiaries: "errors.notNegative", realizedBudgetIdr: "errors.notNegative" });
    expect(await bad(1.5, 10.25)).toEqual({ reachedBeneficiaries: "errors.wholeNumber", realizedBudgetIdr: "errors.wholeRupiah" });
    expect(await bad(200_000_000, 2e15, "x".repeat(1001))).toEqual({
      reachedBeneficiaries: "errors.beneficiariesTooLarge",
      realizedBudgetIdr: "errors.budgetTooLarge",
      note: "errors.tooLong",
    });
    expect(await row(id)).toMatchObject({ version: 1, reachedBeneficiaries: null });
  });
});
