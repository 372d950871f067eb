import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditLog, notifications, overlapFlags, programEvents, programs } from "@/db/schema";
import type { ProgramStatus } from "@/lib/enums";
import { callerFor, createTestDatabase } from "@/server/test/harness";
import { AREAS, insertProgram, programInput, seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { expectTrpcError } from "@/server/test/expect";
import type { TransitionAction } from "./transitions";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
const as = (key: keyof Fixtures["users"]) => callerFor(h.db, fx.users[key]);

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
});
afterAll(() => h?.close());

// Written out by hand from the issue, not derived from the code under test.
const FROM: Record<TransitionAction, ProgramStatus> = {
  submit: "draft",
  withdraw: "submitted",
  approve: "submitted",
  request_revision: "submitted",
  reject: "submitted",
  start: "approved",
  complete: "in_progress",
};
const TO: Record<TransitionAction, ProgramStatus> = {
  submit: "submitted",
  withdraw: "withdrawn",
  approve: "approved",
  request_revision: "revision_requested",
  reject: "rejected",
  start: "in_progress",
  complete: "completed",
};
const WHO: Record<TransitionAction, string[]> = {
  submit: ["officerA"],
  withdraw: ["officerA"],
  approve: ["reviewer", "admin"],
  request_revision: ["reviewer", "admin"],
  reject: ["reviewer", "admin"],
  start: ["officerA"],
  complete: ["officerA"],
};
const ROLES = ["officerA", "officerB", "reviewer", "admin", "reviewerKutim", "viewer", "inactiveOfficer"] as const;
type Outcome = "ok" | "NOT_FOUND" | "FORBIDDEN" | "UNAUTHORIZED";

/** What each person should get: unseen programs are not found; seen but not theirs to move is forbidden. */
function expected(action: TransitionAction, role: (typeof ROLES)[number]): Outcome {
  if (role === "inactiveOfficer") return "UNAUTHORIZED";
  if (WHO[action].includes(role)) return "ok";
  const draft = FROM[action] === "draft";
  if (role === "reviewerKutim") return "NOT_FOUND"; // a Samarinda program is outside Kutai Timur
  if (draft && role !== "officerA") return "NOT_FOUND"; // another company's draft is invisible
  return "FORBIDDEN";
}

describe(`every transition × role (${process.env.TEST_DB_KIND})`, () => {
  for (const action of Object.keys(FROM) as TransitionAction[]) {
    for (const role of ROLES) {
      const outcome = expected(action, role);
      it(`${action} by ${role}: ${outcome}`, async () => {
        const id = await insertProgram(h.db, {
          companyId: fx.companies.a,
          ref: `M-${action}-${role}`,
          status: FROM[action],
          areas: [AREAS.samarindaWard],
        });
        const [before] = await h.db.select().from(programs).where(eq(programs.id, id));
        const call = (await as(role)).reviews.transition({ id, version: 1, action, note: "Catatan penelaah yang cukup." });
        if (outcome === "ok") {
          const r = await call;
          expect(r.status).toBe(TO[action]);
          const events = await h.db.select().from(programEvents).where(eq(programEvents.programId, id));
          expect(events).toMatchObject([
            { action, fromStatus: FROM[action], toStatus: TO[action], actorId: fx.users[role as "officerA"].userId },
          ]);
          const audit = await h.db
            .select()
            .from(auditLog)
            .where(and(eq(auditLog.targetId, id), eq(auditLog.action, `program.${action}`)));
          expect(audit).toHaveLength(1);
        } else {
          await expectTrpcError(call, outcome);
          const [after] = await h.db.select().from(programs).where(eq(programs.id, id));
          expect(after?.status).toBe(before?.status);
          expect(after?.version).toBe(1);
        }
      });
    }
  }

  it("refuses anonymous callers and moves from the wrong status", async () => {
    const id = await insertProgram(h.db, { companyId: fx.companies.a, ref: "M-anon", status: "submitted", areas: [AREAS.samarindaWard] });
    await expectTrpcError(
      (await callerFor(h.db, null)).reviews.transition({ id, version: 1, action: "approve", note: "" }),
      "UNAUTHORIZED",
    );
    await expectTrpcError((await as("reviewer")).reviews.transition({ id, version: 1, action: "start", note: "" }), "FORBIDDEN");
    await expectTrpcError((await as("officerA")).reviews.transition({ id, version: 1, action: "complete", note: "" }), "FORBIDDEN");
  });

  it("needs a note to send back or reject, and refuses a stale copy", async () => {
    const id = await insertProgram(h.db, { companyId: fx.companies.a, ref: "M-note", status: "submitted", areas: [AREAS.samarindaWard] });
    const reviewer = await as("reviewer");
    expect(await expectTrpcError(reviewer.reviews.transition({ id, version: 1, action: "reject", note: "" }), "BAD_REQUEST")).toEqual({
      note: "errors.noteRequired",
    });
    expect(
      await expectTrpcError(reviewer.reviews.transition({ id, version: 1, action: "request_revision", note: "ok" }), "BAD_REQUEST"),
    ).toEqual({ note: "errors.noteRequired" });
    await expectTrpcError(reviewer.reviews.transition({ id, version: 2, action: "approve", note: "" }), "CONFLICT");
  });
});

describe("a whole review round", () => {
  it("submit → revision requested → resubmit → approve → start → complete, with versions, notes and notifications", async () => {
    const officer = await as("officerA");
    const reviewer = await as("reviewer");
    const created = await officer.programs.create(programInput({ ref: "ROUND-1", title: "PMT Balita Rawa Makmur" }));
    const s1 = await officer.programs.submit({ id: created.id, version: created.version });
    const toReviewers = await h.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.kind, "program_submitted"), eq(notifications.link, `/review/programs/${created.id}`)));
    const notified = new Set(toReviewers.map((n) => n.recipientId));
    expect(notified.has(fx.users.reviewer.userId) && notified.has(fx.users.admin.userId)).toBe(true);
    expect(notified.has(fx.users.reviewerKutim.userId)).toBe(false);

    const rr = await reviewer.reviews.transition({
      id: created.id,
      version: s1.version,
      action: "request_revision",
      note: "Tambahkan jumlah posyandu dan jadwal PMT.",
    });
    expect(rr.status).toBe("revision_requested");
    const decided = await h.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.kind, "program_decided"), eq(notifications.link, `/programs/${created.id}`)));
    expect(decided.map((n) => n.recipientId).sort()).toEqual([fx.users.officerA.userId, fx.users.officerA2.userId].sort());
    expect(decided[0]?.payload).toMatchObject({ decision: "request_revision", note: "Tambahkan jumlah posyandu dan jadwal PMT." });

    const edited = await officer.programs.update({
      ...programInput({ ref: "ROUND-1", title: "PMT Balita Rawa Makmur di 3 Posyandu", budgetIdr: 300_000_000 }),
      id: created.id,
      version: rr.version,
    });
    const s2 = await officer.programs.submit({ id: created.id, version: edited.version });
    const history = await reviewer.reviews.history({ programId: created.id });
    expect(history.versions.map((v) => v.versionNo)).toEqual([1, 2]);
    expect(history.events.map((e) => e.action)).toEqual(["create", "submit", "request_revision", "submit"]);
    expect(history.events[2]?.note).toBe("Tambahkan jumlah posyandu dan jadwal PMT.");
    const diff = await reviewer.reviews.diff({ programId: created.id, from: 1, to: 2 });
    expect(diff.changes.map((c) => c.field)).toEqual(["title", "budgetIdr"]);

    const ap = await reviewer.reviews.transition({ id: created.id, version: s2.version, action: "approve", note: "" });
    const st = await officer.reviews.transition({ id: created.id, version: ap.version, action: "start", note: "" });
    const done = await officer.reviews.transition({ id: created.id, version: st.version, action: "complete", note: "" });
    expect(done.status).toBe("completed");
    expect((await (await as("officerB")).reviews.history({ programId: created.id })).events).toHaveLength(7);
    await expectTrpcError((await as("reviewerKutim")).reviews.history({ programId: created.id }), "NOT_FOUND");
  });
});

describe(`review history and decisions by jurisdiction (V8, V9, ${process.env.TEST_DB_KIND})`, () => {
  it("shows notes and staff names only to the owning company and staff (V8)", async () => {
    const id = await insertProgram(h.db, { companyId: fx.companies.a, ref: "V8-1", status: "submitted", areas: [AREAS.samarindaWard] });
    const note = "Rincian anggaran per posyandu belum ada.";
    await (await as("reviewer")).reviews.transition({ id, version: 1, action: "request_revision", note });
    for (const key of ["officerA", "officerA2", "reviewer", "admin"] as const) {
      const { events } = await (await as(key)).reviews.history({ programId: id });
      expect(events.map((e) => [e.note, e.actorName]), key).toEqual([[note, "reviewer"]]);
    }
    for (const key of ["officerB", "officerC", "viewer"] as const) {
      const history = await (await as(key)).reviews.history({ programId: id });
      expect(history.events.map((e) => [e.action, e.note, e.actorName, e.actorRole]), key).toEqual([
        ["request_revision", null, null, "reviewer"],
      ]);
      expect(JSON.stringify(history), key).not.toContain("posyandu");
    }
  });

  it("lets only staff over every area of a program decide it; a regency office still sees it (V9)", async () => {
    const wide = await insertProgram(h.db, { companyId: fx.companies.a, ref: "V9-wide", status: "submitted", areas: [AREAS.kaltim] });
    const split = await insertProgram(h.db, {
      companyId: fx.companies.a,
      ref: "V9-split",
      status: "submitted",
      areas: [AREAS.kutimVillage, AREAS.samarindaWard],
    });
    const inside = await insertProgram(h.db, { companyId: fx.companies.a, ref: "V9-in", status: "submitted", areas: [AREAS.kutimVillage] });
    for (const key of ["reviewerKutim", "adminKutim"] as const) {
      const caller = await as(key);
      for (const id of [wide, split]) {
        expect((await caller.programs.byId({ id })).permissions.actions, key).toEqual([]);
        for (const action of ["approve", "reject", "request_revision"] as const) {
          await expect(caller.reviews.transition({ id, version: 1, action, note: "Catatan penelaah yang cukup." })).rejects.toMatchObject({
            code: "FORBIDDEN",
            message: "errors.outsideJurisdiction",
          });
        }
      }
    }
    const unchanged = await h.db.select({ status: programs.status, version: programs.version }).from(programs).where(eq(programs.id, wide));
    expect(unchanged).toEqual([{ status: "submitted", version: 1 }]);
    const kutim = await as("reviewerKutim");
    expect((await kutim.programs.byId({ id: inside })).permissions.actions).toEqual(["approve", "request_revision", "reject"]);
    expect((await kutim.reviews.transition({ id: inside, version: 1, action: "approve", note: "" })).status).toBe("approved");
    expect((await (await as("reviewer")).reviews.transition({ id: wide, version: 1, action: "approve", note: "" })).status).toBe("approved");
  });

  it("lets only staff over every area of both programs resolve their overlap flag (V9)", async () => {
    const inKutim = await insertProgram(h.db, { companyId: fx.companies.c, ref: "V9-flag-k", status: "submitted", areas: [AREAS.kutimVillage] });
    const wide = await insertProgram(h.db, { companyId: fx.companies.b, ref: "V9-flag-w", status: "submitted", areas: [AREAS.kaltim] });
    const [a, b] = [inKutim, wide].sort();
    const [flag] = await h.db
      .insert(overlapFlags)
      .values({ programAId: a as string, programBId: b as string, kind: "overlap", score: 0.7, reasons: [], fingerprintA: "x", fingerprintB: "y" })
      .returning();
    if (!flag) throw new Error("flag missing");
    const kutim = await as("reviewerKutim");
    expect((await kutim.overlaps.byId({ id: flag.id })).canResolve).toBe(false);
    await expect(
      kutim.overlaps.resolve({ id: flag.id, version: flag.version, resolution: "distinct", note: "Sasaran berbeda desa" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", message: "errors.outsideJurisdiction" });
    const province = await as("reviewer");
    expect((await province.overlaps.byId({ id: flag.id })).canResolve).toBe(true);
    const done = await province.overlaps.resolve({ id: flag.id, version: flag.version, resolution: "distinct", note: "Sasaran berbeda desa" });
    expect(done.version).toBe(flag.version + 1);
  });
});
