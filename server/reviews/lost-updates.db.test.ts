import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { and, eq, inArray, sql } from "drizzle-orm";
import { auditLog, programEvents, programs } from "@/db/schema";
import { callerFor, createTestDatabase } from "@/server/test/harness";
import { AREAS, insertProgram, programInput, seedFixtures, type Fixtures } from "@/server/test/fixtures";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
});
afterAll(() => h?.close());

function conflictOrThrow(r: PromiseSettledResult<unknown>) {
  if (r.status === "fulfilled") return "won";
  if (r.reason instanceof TRPCError && r.reason.code === "CONFLICT") return "conflict";
  throw r.reason;
}

describe(`no lost updates (${process.env.TEST_DB_KIND})`, () => {
  it("lets exactly one of each set of conflicting edits win, and loses none of the others", async () => {
    const PROGRAMS = 30;
    const EDITS = 4; // 120 conflicting edits, fired at once
    const ids: string[] = [];
    for (let i = 0; i < PROGRAMS + 10; i++) {
      ids.push(await insertProgram(h.db, { companyId: fx.companies.a, ref: `LU-${i}`, status: "draft", areas: [AREAS.samarindaWard] }));
    }
    const officers = [await callerFor(h.db, fx.users.officerA), await callerFor(h.db, fx.users.officerA2)];
    const conflicting = ids.slice(0, PROGRAMS).flatMap((id, p) =>
      Array.from({ length: EDITS }, (_, e) => ({
        id,
        title: `Versi ${e} dari program ${p}`,
        run: () =>
          (officers[e % 2] ?? officers[0])!.programs.update({
            ...programInput({ ref: `LU-${p}`, title: `Versi ${e} dari program ${p}` }),
            id,
            version: 1,
          }),
      })),
    );
    // Ten more programs, each edited once, in the same burst: these must all land.
    const independent = ids.slice(PROGRAMS).map((id, p) => ({
      id,
      title: `Tunggal ${p}`,
      run: () => officers[0]!.programs.update({ ...programInput({ ref: `LU-${PROGRAMS + p}`, title: `Tunggal ${p}` }), id, version: 1 }),
    }));
    const all = [...conflicting, ...independent];
    const results = await Promise.allSettled(all.map((u) => u.run()));
    const outcome = results.map(conflictOrThrow);

    const rows = await h.db
      .select({ id: programs.id, title: programs.title, version: programs.version })
      .from(programs)
      .where(inArray(programs.id, ids));
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const id of ids.slice(0, PROGRAMS)) {
      const mine = all.map((u, i) => ({ ...u, o: outcome[i] })).filter((u) => u.id === id);
      const winners = mine.filter((u) => u.o === "won");
      expect(winners).toHaveLength(1);
      expect(mine.filter((u) => u.o === "conflict")).toHaveLength(EDITS - 1);
      expect(byId.get(id)?.title).toBe(winners[0]?.title);
      expect(byId.get(id)?.version).toBe(2);
    }
    independent.forEach((u, i) => {
      expect(outcome[conflicting.length + i]).toBe("won");
      expect(byId.get(u.id)?.title).toBe(u.title);
    });
    const audits = await h.db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(and(eq(auditLog.action, "program.update"), inArray(auditLog.targetId, ids)));
    expect(audits[0]?.n).toBe(PROGRAMS + independent.length);
  });

  it("lets one of several simultaneous decisions on a program stand", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 20; i++)
      ids.push(
        await insertProgram(h.db, { companyId: fx.companies.a, ref: `DEC-${i}`, status: "submitted", areas: [AREAS.samarindaWard] }),
      );
    const reviewer = await callerFor(h.db, fx.users.reviewer);
    const admin = await callerFor(h.db, fx.users.admin);
    const moves = ids.flatMap((id) => [
      () => reviewer.reviews.transition({ id, version: 1, action: "approve", note: "" }),
      () => admin.reviews.transition({ id, version: 1, action: "reject", note: "Tidak sesuai prioritas daerah." }),
      () => reviewer.reviews.transition({ id, version: 1, action: "request_revision", note: "Lengkapi rincian anggaran." }),
    ]);
    const outcome = (await Promise.allSettled(moves.map((m) => m()))).map(conflictOrThrow);
    expect(outcome.filter((o) => o === "won")).toHaveLength(ids.length);
    const events = await h.db
      .select({ programId: programEvents.programId })
      .from(programEvents)
      .where(inArray(programEvents.programId, ids));
    expect(events).toHaveLength(ids.length);
    const rows = await h.db.select({ status: programs.status, version: programs.version }).from(programs).where(inArray(programs.id, ids));
    expect(rows.every((r) => r.version === 2 && r.status !== "submitted")).toBe(true);
  });
});
