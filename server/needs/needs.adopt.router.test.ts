import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { auditLog, needAdoptions, notifications } from "@/db/schema";
import { callerFor, createTestDatabase } from "@/server/test/harness";
import { AREAS, insertProgram, seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { expectTrpcError } from "@/server/test/expect";
import { needInput } from "./needs.fixtures";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
const as = (key: keyof Fixtures["users"]) => callerFor(h.db, fx.users[key]);
/** Programs arranged in beforeAll. */
const prog = { aSubmitted: "", aDraft: "", aWithdrawn: "", aRejected: "", bSubmitted: "", bDraft: "" };

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
  const { a, b } = fx.companies;
  const areas = [AREAS.kutimVillage];
  prog.aSubmitted = await insertProgram(h.db, { companyId: a, ref: "A-RTLH", areas, title: "Bedah rumah Kaliorang" });
  prog.aDraft = await insertProgram(h.db, { companyId: a, ref: "A-DRAF", areas, status: "draft" });
  prog.aWithdrawn = await insertProgram(h.db, { companyId: a, ref: "A-TARIK", areas, status: "withdrawn" });
  prog.aRejected = await insertProgram(h.db, { companyId: a, ref: "A-TOLAK", areas, status: "rejected" });
  prog.bSubmitted = await insertProgram(h.db, { companyId: b, ref: "B-RTLH", areas });
  prog.bDraft = await insertProgram(h.db, { companyId: b, ref: "B-DRAF", areas, status: "draft" });
});
afterAll(() => h?.close());

const publish = async (overrides: Record<string, unknown> = {}) =>
  (await (await as("reviewerKutim")).needs.publish(needInput(overrides))).id;
async function adoptionsOf(needId: string) {
  return h.db.select().from(needAdoptions).where(eq(needAdoptions.needId, needId));
}

describe(`needs: adoption (${process.env.TEST_DB_KIND})`, () => {
  it("refuses reviewers, admins and viewers who try to adopt", async () => {
    const needId = await publish();
    for (const key of ["reviewer", "admin", "viewer"] as const) {
      await expectTrpcError((await as(key)).needs.adopt({ needId }), "FORBIDDEN");
      await expectTrpcError((await as(key)).needs.link({ needId, programId: null }), "FORBIDDEN");
    }
    expect(await adoptionsOf(needId)).toHaveLength(0);
  });

  it("adopts for the officer's own company, linking one of its own programs", async () => {
    const needId = await publish();
    const officer = await as("officerA");
    const adopted = await officer.needs.adopt({ needId, programId: prog.aSubmitted });
    expect(adopted).toMatchObject({ needId, programId: prog.aSubmitted });
    expect(await adoptionsOf(needId)).toMatchObject([
      { companyId: fx.companies.a, programId: prog.aSubmitted, adoptedBy: fx.users.officerA.userId },
    ]);
    const seen = await officer.needs.byId({ id: needId });
    expect(seen.myAdoption).toMatchObject({ programId: prog.aSubmitted, programTitle: "Bedah rumah Kaliorang" });
    expect(seen.permissions).toMatchObject({ canAdopt: false, canLink: true });
    expect(seen.adopters).toEqual([]); // officers are not shown who else adopted
    const staff = await (await as("reviewerKutim")).needs.byId({ id: needId });
    expect(staff.adopters).toMatchObject([{ companyName: "PT Alfa Tambang", programId: prog.aSubmitted }]);
    const audit = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, needId), eq(auditLog.action, "need.adopt")));
    expect(audit).toMatchObject([
      { actorId: fx.users.officerA.userId, details: { companyId: fx.companies.a, programId: prog.aSubmitted } },
    ]);
  });

  it("refuses another company's program and the company's own withdrawn or rejected programs", async () => {
    const needId = await publish();
    const officer = await as("officerA");
    for (const programId of [prog.bSubmitted, prog.bDraft, prog.aWithdrawn, prog.aRejected, "00000000-0000-4000-8000-000000000000"]) {
      expect(await expectTrpcError(officer.needs.adopt({ needId, programId }), "BAD_REQUEST")).toEqual({
        programId: "errors.programNotLinkable",
      });
    }
    expect(await adoptionsOf(needId)).toHaveLength(0);
    const options = (await officer.needs.linkablePrograms()).map((p) => p.id).sort();
    expect(options).toEqual([prog.aSubmitted, prog.aDraft].sort());
  });

  it("links a program later, changes and clears it, and only for the company's own adoption", async () => {
    const needId = await publish();
    const officer = await as("officerA");
    await officer.needs.adopt({ needId });
    expect((await adoptionsOf(needId))[0]?.programId).toBeNull();
    await officer.needs.link({ needId, programId: prog.aDraft });
    expect((await adoptionsOf(needId))[0]?.programId).toBe(prog.aDraft);
    expect(await expectTrpcError(officer.needs.link({ needId, programId: prog.bSubmitted }), "BAD_REQUEST")).toEqual({
      programId: "errors.programNotLinkable",
    });
    expect((await adoptionsOf(needId))[0]?.programId).toBe(prog.aDraft);
    // A company that has not adopted the need has nothing to link.
    await expectTrpcError((await as("officerB")).needs.link({ needId, programId: prog.bSubmitted }), "NOT_FOUND");
    // The reviewer is not shown the title of a draft linked to the need.
    expect((await (await as("reviewerKutim")).needs.byId({ id: needId })).adopters).toMatchObject([
      { programId: null, programTitle: null },
    ]);
    await (await as("officerA2")).needs.link({ needId, programId: null });
    expect((await adoptionsOf(needId))[0]?.programId).toBeNull();
    const audit = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, needId), eq(auditLog.action, "need.link")));
    expect(audit).toHaveLength(2);
  });

  it("refuses a second adoption: by the same company, and by another company unless co-funding is allowed", async () => {
    const needId = await publish();
    await (await as("officerA")).needs.adopt({ needId });
    await expect((await as("officerA")).needs.adopt({ needId })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "errors.needAlreadyAdopted",
    });
    await expect((await as("officerA2")).needs.adopt({ needId })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "errors.needAlreadyAdopted",
    });
    await expect((await as("officerB")).needs.adopt({ needId })).rejects.toMatchObject({ code: "CONFLICT", message: "errors.needTaken" });
    expect((await (await as("officerB")).needs.byId({ id: needId })).permissions.canAdopt).toBe(false);
    expect(await adoptionsOf(needId)).toHaveLength(1);
  });

  it("lets several companies adopt a need open to co-funding, each once", async () => {
    const needId = await publish({ allowCofunding: true });
    await (await as("officerA")).needs.adopt({ needId });
    expect((await (await as("officerB")).needs.byId({ id: needId })).permissions.canAdopt).toBe(true);
    await (await as("officerB")).needs.adopt({ needId, programId: prog.bSubmitted });
    await (await as("officerC")).needs.adopt({ needId });
    await expectTrpcError((await as("officerB")).needs.adopt({ needId }), "CONFLICT");
    const rows = await adoptionsOf(needId);
    expect(rows.map((r) => r.companyId).sort()).toEqual([fx.companies.a, fx.companies.b, fx.companies.c].sort());
    expect((await (await as("admin")).needs.byId({ id: needId })).adoptionCount).toBe(3);
  });

  it("notifies the active reviewers and admins whose jurisdiction contains the need's area or lies in it", async () => {
    const needId = await publish({ title: "Pemberian makanan tambahan balita Kaliorang" });
    await (await as("officerB")).needs.adopt({ needId });
    const sent = await h.db
      .select()
      .from(notifications)
      .where(sql`${notifications.payload}->>'needTitle' = 'Pemberian makanan tambahan balita Kaliorang'`);
    const u = fx.users;
    expect(sent.map((n) => n.recipientId).sort()).toEqual(
      [u.admin, u.adminKutim, u.adminNational, u.reviewer, u.reviewerKutim].map((c) => c.userId).sort(),
    );
    expect(sent[0]).toMatchObject({
      kind: "need_adopted",
      link: `/needs?id=${needId}&status=all`,
      payload: { companyName: "PT Beta Sawit" },
    });
    // A province-wide need reaches the regency offices too; a Samarinda need does not reach Kutai Timur's.
    const province = (await (await as("admin")).needs.publish(needInput({ title: "Kebutuhan se-provinsi", areaCode: AREAS.kaltim }))).id;
    const samarinda = (await (await as("admin")).needs.publish(needInput({ title: "Kebutuhan Samarinda", areaCode: AREAS.samarindaWard })))
      .id;
    await (await as("officerC")).needs.adopt({ needId: province });
    await (await as("officerC")).needs.adopt({ needId: samarinda });
    const to = async (title: string) =>
      (
        await h.db
          .select()
          .from(notifications)
          .where(sql`${notifications.payload}->>'needTitle' = ${title}`)
      ).map((n) => n.recipientId);
    expect(await to("Kebutuhan se-provinsi")).toContain(u.reviewerKutim.userId);
    expect(await to("Kebutuhan Samarinda")).not.toContain(u.reviewerKutim.userId);
    expect(await to("Kebutuhan Samarinda")).toContain(u.reviewer.userId);
  });
});

describe(`needs.forProgram (${process.env.TEST_DB_KIND})`, () => {
  it("returns the needs a program answers to whoever may see the program", async () => {
    const needId = await publish({ title: "Rumah layak huni bagi lansia Kaliorang", source: "dtks" });
    await (await as("officerA")).needs.adopt({ needId, programId: prog.aSubmitted });
    const expected = {
      id: needId,
      title: "Rumah layak huni bagi lansia Kaliorang",
      areaCode: AREAS.kutimVillage,
      sector: "infrastructure",
    };
    for (const key of ["reviewerKutim", "officerB", "viewer"] as const) {
      const list = await (await as(key)).needs.forProgram({ programId: prog.aSubmitted });
      const found = list.find((n) => n.id === needId);
      expect(found).toEqual({ ...expected, source: "dtks", estimatedBudgetIdr: 600_000_000 });
    }
    await expectTrpcError((await as("reviewerKaltara")).needs.forProgram({ programId: prog.aSubmitted }), "NOT_FOUND");
  });

  it("hides a draft's needs from everyone outside its company", async () => {
    const needId = await publish();
    await (await as("officerA")).needs.adopt({ needId, programId: prog.aDraft });
    expect((await (await as("officerA2")).needs.forProgram({ programId: prog.aDraft })).map((n) => n.id)).toEqual([needId]);
    for (const key of ["officerB", "reviewerKutim", "admin"] as const) {
      await expectTrpcError((await as(key)).needs.forProgram({ programId: prog.aDraft }), "NOT_FOUND");
    }
    const unlinked = await insertProgram(h.db, { companyId: fx.companies.b, ref: "B-LAIN", areas: [AREAS.kutimVillage] });
    expect(await (await as("officerB")).needs.forProgram({ programId: unlinked })).toEqual([]);
  });
});
