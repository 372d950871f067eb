import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, or, sql } from "drizzle-orm";
import { auditLog, overlapFlags, programs } from "@/db/schema";
import { callerFor, createTestDatabase, runJobsUntilIdle } from "@/server/test/harness";
import { AREAS, programInput, seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { expectTrpcError } from "@/server/test/expect";
import { checkProgram, rescanAll } from "./overlaps.service";
import { ensureDefaultThesaurus } from "./thesaurus.service";

/** The officer's answer to any matches shown at the submit step (the answer itself: reviews/acknowledgements.router.test.ts). */
const SEEN = { kind: "seen" as const, note: "" };

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
const as = (key: keyof Fixtures["users"]) => callerFor(h.db, fx.users[key]);

const PMT = programInput({
  title: "Pemberian Makanan Tambahan bagi Balita Stunting Kelurahan Rawa Makmur",
  description: "PMT lokal 90 hari bagi balita gizi kurang bersama Posyandu dan Puskesmas Palaran.",
  targetGroup: "children",
  plannedBeneficiaries: 120,
});
const PMT_REWORDED = programInput({
  title: "PMT Balita Gizi Kurang Kel. Rawa Makmur",
  description: "Makanan tambahan lokal selama 90 hari utk balita stunting, kerja sama Posyandu.",
  targetGroup: "children",
  plannedBeneficiaries: 120,
});

type CreateInput = Parameters<Awaited<ReturnType<typeof as>>["programs"]["create"]>[0];

async function submitAs(key: "officerA" | "officerB" | "officerC", input: CreateInput) {
  const c = await as(key);
  const created = await c.programs.create(input);
  const submitted = await c.programs.submit({ id: created.id, version: created.version, acknowledgement: SEEN });
  // The check after a submit is a queue job.
  await runJobsUntilIdle(h.db);
  return submitted;
}

async function flagBetween(x: string, y: string) {
  const [a, b] = x < y ? [x, y] : [y, x];
  const [f] = await h.db
    .select()
    .from(overlapFlags)
    .where(and(eq(overlapFlags.programAId, a), eq(overlapFlags.programBId, b)));
  return f;
}

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
  await ensureDefaultThesaurus(h.db);
});
afterAll(() => h?.close());

describe(`overlap flags (${process.env.TEST_DB_KIND})`, () => {
  let first: { id: string };
  let second: { id: string };

  it("flags a reworded program of another company on submit, with reasons", async () => {
    first = await submitAs("officerA", { ...PMT, ref: "A-PMT" });
    second = await submitAs("officerB", { ...PMT_REWORDED, ref: "B-PMT" });
    const [open] = await h.db
      .select({ n: sql<number>`count(*)::int` })
      .from(overlapFlags)
      .where(and(eq(overlapFlags.status, "open"), or(eq(overlapFlags.programAId, second.id), eq(overlapFlags.programBId, second.id))));
    expect(open?.n).toBe(1);
    const flag = await flagBetween(first.id, second.id);
    expect(flag?.status).toBe("open");
    expect(flag?.kind).toBe("duplicate");
    expect(flag?.score).toBeGreaterThan(0.5);
    expect((flag?.reasons as { code: string }[]).map((r) => r.code)).toEqual(
      expect.arrayContaining(["same_area", "period_overlap", "text_similar"]),
    );
  });

  it("shows the queue to reviewers of the jurisdiction only", async () => {
    const queue = await (await as("reviewer")).overlaps.queue({});
    expect(queue.items.flatMap((f) => (f.type === "pair" ? [[f.a.id, f.b.id].sort()] : []))).toContainEqual([first.id, second.id].sort());
    expect((await (await as("reviewerKutim")).overlaps.queue({})).total).toBe(0);
    expect((await (await as("reviewerKaltara")).overlaps.queue({})).total).toBe(0);
    for (const key of ["officerA", "viewer"] as const) await expectTrpcError((await as(key)).overlaps.queue({}), "FORBIDDEN");
    await expectTrpcError((await callerFor(h.db, null)).overlaps.queue({}), "UNAUTHORIZED");
    const flag = await flagBetween(first.id, second.id);
    await expectTrpcError((await as("reviewerKutim")).overlaps.byId({ id: flag?.id ?? "" }), "NOT_FOUND");
  });

  it("warns an officer while typing, never from another company's draft", async () => {
    const officerC = await as("officerC");
    const draftC = await officerC.programs.create({ ...PMT, ref: "C-DRAFT", areaCodes: [AREAS.kutimVillage] });
    const probe = { ...PMT_REWORDED, areaCodes: [AREAS.kutimVillage], excludeId: undefined };
    const fromA = await (await as("officerA")).overlaps.check(probe);
    expect(fromA.map((m) => m.programId)).not.toContain(draftC.id);
    const own = await officerC.overlaps.check(probe);
    expect(own.map((m) => m.programId)).toContain(draftC.id);
    expect(own[0]?.isOwnCompany).toBe(true);
    const inSamarinda = await (await as("officerC")).overlaps.check({ ...PMT_REWORDED, excludeId: undefined });
    expect(inSamarinda.map((m) => m.programId)).toEqual(expect.arrayContaining([first.id, second.id]));
    await expectTrpcError((await as("reviewer")).overlaps.check(probe), "FORBIDDEN");
  });

  it("needs a reason to call a pair distinct, refuses a stale copy, and keeps the pair resolved on rescan", async () => {
    const reviewer = await as("reviewer");
    const flag = await flagBetween(first.id, second.id);
    if (!flag) throw new Error("flag missing");
    const noReason = await expectTrpcError(
      reviewer.overlaps.resolve({ id: flag.id, version: flag.version, resolution: "distinct", note: "" }),
      "BAD_REQUEST",
    );
    expect(noReason).toEqual({ note: "errors.reasonRequired" });
    await expectTrpcError(
      reviewer.overlaps.resolve({ id: flag.id, version: flag.version + 7, resolution: "distinct", note: "Beda sasaran posyandu" }),
      "CONFLICT",
    );
    const done = await reviewer.overlaps.resolve({
      id: flag.id,
      version: flag.version,
      resolution: "distinct",
      note: "Beda sasaran posyandu",
    });
    expect(done.version).toBe(flag.version + 1);
    await expectTrpcError(
      reviewer.overlaps.resolve({ id: flag.id, version: done.version, resolution: "distinct", note: "lagi lagi" }),
      "CONFLICT",
    );
    const scan = await rescanAll(h.db);
    expect(scan.keptResolved).toBeGreaterThanOrEqual(1);
    expect((await flagBetween(first.id, second.id))?.status).toBe("resolved");
  });

  it("raises a resolved pair again only after a material change", async () => {
    await h.db
      .update(programs)
      .set({ title: sql`upper(${programs.title})` })
      .where(eq(programs.id, second.id));
    await checkProgram(h.db, second.id);
    expect((await flagBetween(first.id, second.id))?.status).toBe("resolved"); // case is not material
    // 120 to 125 beneficiaries is within the 10% margin: still the program that was decided on.
    await h.db.update(programs).set({ plannedBeneficiaries: 125 }).where(eq(programs.id, second.id));
    await checkProgram(h.db, second.id);
    expect((await flagBetween(first.id, second.id))?.status).toBe("resolved");
    await h.db.update(programs).set({ plannedBeneficiaries: 150 }).where(eq(programs.id, second.id));
    await checkProgram(h.db, second.id);
    const reopened = await flagBetween(first.id, second.id);
    expect(reopened?.status).toBe("open");
    expect(reopened?.resolution).toBeNull();
  });

  it("withdraws one program of a duplicate and closes its other flags", async () => {
    const third = await submitAs("officerB", { ...PMT_REWORDED, ref: "B-PMT-3", title: "PMT balita stunting Rawa Makmur tahap kedua" });
    const reviewer = await as("reviewer");
    const flag = await flagBetween(first.id, second.id);
    if (!flag) throw new Error("flag missing");
    await expectTrpcError(reviewer.overlaps.resolve({ id: flag.id, version: flag.version, resolution: "duplicate" }), "BAD_REQUEST");
    await reviewer.overlaps.resolve({ id: flag.id, version: flag.version, resolution: "duplicate", withdrawProgramId: second.id });
    const [withdrawn] = await h.db.select().from(programs).where(eq(programs.id, second.id));
    expect(withdrawn?.status).toBe("withdrawn");
    const others = await h.db
      .select()
      .from(overlapFlags)
      .where(and(or(eq(overlapFlags.programAId, second.id), eq(overlapFlags.programBId, second.id)), eq(overlapFlags.status, "open")));
    expect(others).toHaveLength(0);
    expect((await flagBetween(first.id, third.id))?.status).toBe("open");
    const audit = await h.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetId, second.id));
    expect(audit.map((a) => a.action)).toContain("program.withdraw");
  });

  it("shows both companies a collaboration with each other's contact, and no one else", async () => {
    const a = await submitAs(
      "officerA",
      programInput({
        ref: "A-RTLH",
        sector: "social",
        targetGroup: "poor_households",
        title: "Bedah Rumah Warga Miskin Rawa Makmur",
        description: "Rehabilitasi 20 rumah tidak layak huni bersama Dinas Perkim.",
      }),
    );
    const b = await submitAs(
      "officerB",
      programInput({
        ref: "B-RTLH",
        sector: "social",
        targetGroup: "poor_households",
        title: "Perbaikan RTLH Kelurahan Rawa Makmur",
        description: "Bantuan bahan bangunan untuk 12 rumah keluarga prasejahtera.",
        plannedBeneficiaries: 12,
        budgetIdr: 180_000_000,
      }),
    );
    const flag = await flagBetween(a.id, b.id);
    if (!flag) throw new Error("flag missing");
    expect(flag.kind).toBe("overlap");
    // V3: before the decision another company's officers and forum viewers get no contact.
    const contactOf = async (key: keyof Fixtures["users"], id: string) => (await (await as(key)).programs.byId({ id })).companyContact;
    expect(await contactOf("officerA", b.id)).toBeNull();
    expect(await contactOf("officerB", a.id)).toBeNull();
    expect(await contactOf("viewer", b.id)).toBeNull();
    expect(await contactOf("officerB", b.id)).toMatchObject({ email: "csr@beta.test", name: "Budi" });
    expect(await contactOf("reviewer", b.id)).toMatchObject({ email: "csr@beta.test" });
    await (
      await as("reviewer")
    ).overlaps.resolve({ id: flag.id, version: flag.version, resolution: "collaboration", note: "Bagi sasaran per RT" });
    const forA = await (await as("officerA")).overlaps.forProgram({ programId: a.id });
    expect(forA).toHaveLength(1);
    expect(forA[0]?.other.companyName).toBe("PT Beta Sawit");
    expect(forA[0]?.other.contact?.email).toBe("csr@beta.test");
    // After it, the two companies see each other's contact; a third company and viewers still do not.
    expect(await contactOf("officerA", b.id)).toMatchObject({ email: "csr@beta.test" });
    expect(await contactOf("officerB", a.id)).toMatchObject({ email: "csr@alfa.test" });
    expect(await contactOf("officerC", b.id)).toBeNull();
    expect(await contactOf("viewer", a.id)).toBeNull();
    // Nor the name of who registered it, nor the reviewer's reasoning for a forum viewer.
    const byId = async (key: keyof Fixtures["users"], id: string) => (await as(key)).programs.byId({ id });
    expect((await byId("officerA", b.id)).createdByName).toBeNull();
    expect((await byId("viewer", b.id)).createdByName).toBeNull();
    expect((await byId("officerB", b.id)).createdByName).toBe("officerB");
    expect((await byId("reviewer", b.id)).createdByName).toBe("officerB");
    const forViewer = await (await as("viewer")).overlaps.forProgram({ programId: a.id });
    expect(forViewer.map((f) => [f.resolutionNote, f.other.contact])).toEqual([[null, null]]);
    expect(forA[0]?.resolutionNote).toBeNull();
    expect(await (await as("officerC")).overlaps.forProgram({ programId: a.id })).toEqual([]);
    const staff = await (await as("reviewer")).overlaps.forProgram({ programId: a.id });
    expect(staff[0]?.resolutionNote).toBe("Bagi sasaran per RT");
  });

  it("lets staff extend the thesaurus, and refuses a term twice", async () => {
    const reviewer = await as("reviewer");
    await reviewer.overlaps.addTerm({ term: "Rombong Usaha", concept: "gerobak" });
    const errors = await expectTrpcError(reviewer.overlaps.addTerm({ term: "rombong usaha", concept: "gerobak" }), "BAD_REQUEST");
    expect(errors).toEqual({ term: "errors.termTaken" });
    expect((await reviewer.overlaps.thesaurus()).find((e) => e.term === "rombong usaha")?.source).toBe("staff");
    await expectTrpcError((await as("officerA")).overlaps.addTerm({ term: "gerobak", concept: "gerobak" }), "FORBIDDEN");
  });
});
