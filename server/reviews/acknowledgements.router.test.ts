import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditLog, overlapFlags, programVersions } from "@/db/schema";
import { callerFor, createTestDatabase, runJobsUntilIdle } from "@/server/test/harness";
import { programInput, seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { expectTrpcError } from "@/server/test/expect";
import { ensureDefaultThesaurus } from "@/server/overlaps/thesaurus.service";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
const as = (key: keyof Fixtures["users"]) => callerFor(h.db, fx.users[key]);

// As two companies typed them: abbreviations, a typo ("stuntng"), a doubled space.
const PMT_A = programInput({
  title: "Pemberian Makanan Tambahan Balita Stunting Kel. Rawa Makmur",
  description: "PMT lokal 90 hari utk balita gizi kurang, kerjasama Posyandu Melati & Puskesmas Palaran.",
});
const PMT_B = programInput({
  title: "PMT  balita stuntng Rawa Makmur",
  description: "Makanan tambahan lokal selama 90 hari bagi balita gizi kurang bersama posyandu.",
});
const REASON = "Sasaran kami RT 05–09 saja, Alfa di RT 01–04; sudah dibagi di rapat kelurahan.";

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
  await ensureDefaultThesaurus(h.db);
});
afterAll(() => h?.close());

describe(`the officer's answer to the matches at the submit step (${process.env.TEST_DB_KIND})`, () => {
  let first: { id: string };
  let second: { id: string; version: number };

  it("submits a program with nothing like it without an answer, and stores none", async () => {
    const a = await as("officerA");
    const created = await a.programs.create({ ...PMT_A, ref: "ALFA/CSR/2026-07" });
    expect(await a.overlaps.forSaved({ programId: created.id })).toEqual([]);
    first = await a.programs.submit({ id: created.id, version: created.version });
    await runJobsUntilIdle(h.db);
    const [v] = await h.db.select().from(programVersions).where(eq(programVersions.programId, first.id));
    expect(v?.ackKind).toBeNull();
    expect(v?.ackMatches).toBeNull();
  });

  it("shows the saved draft's matches to its own company only", async () => {
    const b = await as("officerB");
    second = await b.programs.create({ ...PMT_B, ref: "BETA-22" });
    const matches = await b.overlaps.forSaved({ programId: second.id });
    expect(matches.map((m) => m.programId)).toEqual([first.id]);
    expect(matches[0]?.kind).not.toBe("repeat");
    // Another company's draft is not there for officer A.
    await expectTrpcError((await as("officerA")).overlaps.forSaved({ programId: second.id }), "NOT_FOUND");
    await expectTrpcError((await as("reviewer")).overlaps.forSaved({ programId: second.id }), "FORBIDDEN");
  });

  it("refuses a submit with matches and no answer, or a 'different' without a reason, beside the field", async () => {
    const b = await as("officerB");
    const none = await expectTrpcError(b.programs.submit({ id: second.id, version: second.version }), "BAD_REQUEST");
    expect(none).toEqual({ acknowledgement: "errors.ackRequired" });
    const short = await expectTrpcError(
      b.programs.submit({ id: second.id, version: second.version, acknowledgement: { kind: "different", note: "beda" } }),
      "BAD_REQUEST",
    );
    expect(short).toEqual({ "acknowledgement.note": "errors.ackReasonRequired" });
    const long = await expectTrpcError(
      b.programs.submit({ id: second.id, version: second.version, acknowledgement: { kind: "different", note: "x".repeat(1001) } }),
      "BAD_REQUEST",
    );
    expect(long).toEqual({ "acknowledgement.note": "errors.ackNoteTooLong" });
    // Nothing moved: still a draft at the same version.
    expect((await b.programs.byId({ id: second.id })).status).toBe("draft");
  });

  it("stores the answer with the submitted version and audits it", async () => {
    const b = await as("officerB");
    const done = await b.programs.submit({ id: second.id, version: second.version, acknowledgement: { kind: "different", note: `  ${REASON}  ` } });
    expect(done.status).toBe("submitted");
    await runJobsUntilIdle(h.db);
    const [v] = await h.db.select().from(programVersions).where(eq(programVersions.programId, second.id));
    expect(v?.versionNo).toBe(1);
    expect(v?.ackKind).toBe("different");
    expect(v?.ackNote).toBe(REASON);
    expect(v?.ackMatches?.map((m) => m.programId)).toEqual([first.id]);
    const audits = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "program.acknowledge_matches"), eq(auditLog.targetId, second.id)));
    expect(audits).toHaveLength(1);
    expect(audits[0]?.details).toMatchObject({ versionNo: 1, answer: "different", matches: [first.id] });
  });

  it("shows the answer to staff and the owning company, never to another company or a forum viewer", async () => {
    const forReviewer = await (await as("reviewer")).reviews.acknowledgements({ programId: second.id });
    expect(forReviewer).toHaveLength(1);
    expect(forReviewer[0]).toMatchObject({ versionNo: 1, kind: "different", note: REASON, submittedByName: "officerB" });
    expect((await (await as("officerB")).reviews.acknowledgements({ programId: second.id }))[0]?.note).toBe(REASON);
    // Officer A sees B's submitted program, but not B's answer about it.
    expect((await (await as("officerA")).programs.byId({ id: second.id })).id).toBe(second.id);
    await expectTrpcError((await as("officerA")).reviews.acknowledgements({ programId: second.id }), "NOT_FOUND");
    await expectTrpcError((await as("viewer")).reviews.acknowledgements({ programId: second.id }), "FORBIDDEN");
    // A Kutai Timur reviewer does not see a Samarinda program at all.
    await expectTrpcError((await as("reviewerKutim")).reviews.acknowledgements({ programId: second.id }), "NOT_FOUND");
  });

  it("puts the answer on the pair's compare page", async () => {
    const [a, b] = first.id < second.id ? [first.id, second.id] : [second.id, first.id];
    const [flag] = await h.db
      .select({ id: overlapFlags.id })
      .from(overlapFlags)
      .where(and(eq(overlapFlags.programAId, a), eq(overlapFlags.programBId, b)));
    expect(flag).toBeDefined();
    const pair = await (await as("reviewer")).overlaps.byId({ id: flag?.id ?? "" });
    expect(pair.answers.map((x) => [x.programId, x.kind, x.note])).toEqual([[second.id, "different", REASON]]);
  });

  it("keeps one answer per version: a resubmission after a revision answers again", async () => {
    const reviewer = await as("reviewer");
    const current = await reviewer.programs.byId({ id: second.id });
    await reviewer.reviews.transition({ id: second.id, version: current.version, action: "request_revision", note: "Lengkapi RT sasaran." });
    const b = await as("officerB");
    const back = await b.programs.byId({ id: second.id });
    await expectTrpcError(b.programs.submit({ id: second.id, version: back.version }), "BAD_REQUEST");
    await b.programs.submit({ id: second.id, version: back.version, acknowledgement: { kind: "seen", note: "" } });
    const answers = await reviewer.reviews.acknowledgements({ programId: second.id });
    expect(answers.map((x) => [x.versionNo, x.kind, x.note])).toEqual([
      [2, "seen", null],
      [1, "different", REASON],
    ]);
  });
});
