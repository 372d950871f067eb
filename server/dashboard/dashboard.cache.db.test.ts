import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { execute } from "@/db/client";
import { overlapFlags, programAreas, programs } from "@/db/schema";
import { resolveViewer, type StaffViewer } from "@/server/auth/viewer";
import { callerFor, createTestDatabase } from "@/server/test/harness";
import { AREAS, insertProgram, programInput, seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { cached, cacheKey, clearMemoryCache, dataVersion, PAUSE_FACTOR, scopeKey, SLOW_MS } from "@/server/cache/versioned-cache";
import { serializeShared } from "@/server/cache/shared-values";
import { computeSummary, getSummary, SUMMARY_CACHE } from "./dashboard.summary";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
const ids: Record<string, string> = {};
const M = 1_000_000;

async function staff(key: keyof Fixtures["users"]): Promise<StaffViewer> {
  const v = await resolveViewer(h.db, fx.users[key]);
  if (!v || v.role === "officer") throw new Error(`${key} is not a staff fixture`);
  return v;
}

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
  const { a, b, c } = fx.companies;
  ids.samarinda = await insertProgram(h.db, { companyId: a, ref: "C1", areas: [AREAS.samarindaWard], budgetIdr: 100 * M });
  ids.kutim = await insertProgram(h.db, { companyId: b, ref: "C2", areas: [AREAS.kutimVillage], budgetIdr: 200 * M });
  ids.kaltara = await insertProgram(h.db, { companyId: c, ref: "C3", areas: ["65.01.02.2001"], budgetIdr: 700 * M });
  ids.draft = await insertProgram(h.db, { companyId: c, ref: "C4", status: "draft", areas: [AREAS.samarindaWard], budgetIdr: 900 * M });
});
afterAll(() => h?.close());

describe(`dashboard cache (${process.env.TEST_DB_KIND})`, () => {
  it("returns exactly what the uncached queries return, from memory and from the table", async () => {
    for (const key of ["reviewer", "reviewerKutim", "reviewerKaltara", "adminNational"] as const) {
      const viewer = await staff(key);
      for (const f of [{}, { sector: "health" as const }, { year: 2026, area: "64.72" }]) {
        const fresh = await computeSummary(h.db, viewer, f);
        expect(await getSummary(h.db, viewer, f)).toEqual(fresh); // computed and stored
        expect(await getSummary(h.db, viewer, f)).toEqual(fresh); // this process's copy
        clearMemoryCache(h.db);
        expect(await getSummary(h.db, viewer, f)).toEqual(fresh); // the table's copy, as another instance reads it
      }
    }
    const version = await dataVersion(h.db);
    const [stored] = (
      await execute<{ n: string }>(h.db, sql`SELECT count(*) AS n FROM dashboard_cache WHERE data_version = ${version}`)
    ).rows;
    expect(Number(stored?.n)).toBe(12);
  });

  it("hands every reader the same kept figures, serialized for tRPC once, and new ones after a change", async () => {
    const reviewer = await staff("reviewer");
    const f = { sector: "education" as const };
    const a = await getSummary(h.db, reviewer, f);
    const b = await getSummary(h.db, reviewer, f);
    expect(b).toBe(a);
    expect(serializeShared(b)).toBe(serializeShared(a));
    await h.db.update(programs).set({ sector: "education" }).where(eq(programs.id, ids.kutim as string));
    const c = await getSummary(h.db, reviewer, f);
    expect(c).not.toBe(a);
    expect(c.totals.programs).toBe(a.totals.programs + 1);
    expect(serializeShared(c)).not.toBe(serializeShared(a));
    expect((serializeShared(c).json as unknown as typeof c).totals.programs).toBe(c.totals.programs);
    await h.db.update(programs).set({ sector: "health" }).where(eq(programs.id, ids.kutim as string));
  });

  it("is retired by a write in the same commit, and not by a rolled-back one", async () => {
    const reviewer = await staff("reviewer");
    const before = await getSummary(h.db, reviewer, {});
    const v0 = await dataVersion(h.db);
    await expect(
      h.db.transaction(async (tx) => {
        await tx.update(programs).set({ budgetIdr: 1 }).where(eq(programs.id, ids.samarinda as string));
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await dataVersion(h.db)).toBe(v0);
    expect(await getSummary(h.db, reviewer, {})).toEqual(before);

    // The bump lands at commit: inside the transaction the version is still the old one.
    const inside = await h.db.transaction(async (tx) => {
      await tx.update(programs).set({ status: "approved" }).where(eq(programs.id, ids.kutim as string));
      await tx.update(programs).set({ reachedBeneficiaries: 77 }).where(eq(programs.id, ids.kutim as string));
      return dataVersion(tx);
    });
    expect(inside).toBe(v0);
    expect(await dataVersion(h.db)).toBe(v0 + 1); // one bump for the whole transaction
    const after = await getSummary(h.db, reviewer, {});
    expect(after.totals.reachedBeneficiaries).toBe(before.totals.reachedBeneficiaries + 77);
    expect(after.byStatus.find((s) => s.key === "approved")?.programs).toBe(1);
    expect(after).toEqual(await computeSummary(h.db, reviewer, {}));
  });

  it("is retired by new areas, new and resolved flags, and a submitted draft", async () => {
    const reviewer = await staff("reviewer");
    const check = async (write: () => Promise<unknown>, changed: (s: Awaited<ReturnType<typeof getSummary>>) => unknown) => {
      const before = await getSummary(h.db, reviewer, {});
      const v = await dataVersion(h.db);
      await write();
      expect(await dataVersion(h.db)).toBeGreaterThan(v);
      const after = await getSummary(h.db, reviewer, {});
      expect(after).toEqual(await computeSummary(h.db, reviewer, {}));
      expect(changed(after)).not.toEqual(changed(before));
    };
    // The Kaltara program gains a Kaltim village and enters the province's figures.
    await check(
      () => h.db.insert(programAreas).values({ programId: ids.kaltara as string, areaCode: AREAS.kutimVillage }),
      (s) => s.totals.programs,
    );
    const pair = [ids.samarinda as string, ids.kutim as string].sort();
    await check(
      () =>
        h.db.insert(overlapFlags).values({
          programAId: pair[0] as string,
          programBId: pair[1] as string,
          kind: "overlap",
          score: 0.7,
          reasons: [],
          fingerprintA: "a",
          fingerprintB: "b",
        }),
      (s) => s.totals.openFlags,
    );
    await check(() => h.db.update(overlapFlags).set({ status: "resolved" }), (s) => s.totals.openFlags);
    await check(
      () => h.db.update(programs).set({ status: "submitted" }).where(eq(programs.id, ids.draft as string)),
      (s) => s.totals.budgetIdr,
    );
  });

  it("ignores writes to drafts alone, which no cached view shows, and counts their submission", async () => {
    const reviewer = await staff("reviewer");
    const officer = await callerFor(h.db, fx.users.officerA);
    const v0 = await dataVersion(h.db);
    const draft = await officer.programs.create(programInput({ title: "Pelatihan Kader Posyandu Desa" }));
    expect(await dataVersion(h.db)).toBe(v0);
    const before = await getSummary(h.db, reviewer, {});
    await officer.programs.submit({ id: draft.id, version: draft.version });
    expect(await dataVersion(h.db)).toBeGreaterThan(v0);
    const after = await getSummary(h.db, reviewer, {});
    expect(after.totals.programs).toBe(before.totals.programs + 1);
    expect(after).toEqual(await computeSummary(h.db, reviewer, {}));
  });

  it("keeps the program list's staff count current, and never an officer's", async () => {
    const reviewer = await callerFor(h.db, fx.users.reviewer);
    const officer = await callerFor(h.db, fx.users.officerA);
    const before = await reviewer.programs.list({ sector: "economy" });
    const ownBefore = (await officer.programs.list({ mine: true })).total;
    await insertProgram(h.db, { companyId: fx.companies.b, ref: "C9", sector: "economy", areas: [AREAS.kutimVillage] });
    await insertProgram(h.db, { companyId: fx.companies.a, ref: "C10", status: "draft", areas: [AREAS.kutimVillage] });
    expect((await reviewer.programs.list({ sector: "economy" })).total).toBe(before.total + 1);
    expect((await reviewer.programs.list({ sector: "economy", q: "C9" })).total).toBe(1);
    expect((await officer.programs.list({ mine: true })).total).toBe(ownBefore + 1); // the new draft, though the version did not move
  });

  it("never shares an entry between viewers of different scopes", async () => {
    const keys = await Promise.all(
      (["reviewer", "reviewerKutim", "reviewerKaltara", "adminNational"] as const).map(async (k) => scopeKey(await staff(k))),
    );
    expect(new Set(keys).size).toBe(4);
    // Same jurisdiction, same figures: a forum member and a reviewer of Kaltim share one entry.
    expect(cacheKey("s", await staff("viewer"), {})).toBe(cacheKey("s", await staff("reviewer"), {}));
    const kaltimReviewer = await staff("reviewer");
    expect(cacheKey("s", kaltimReviewer, { year: 2026, sector: "health" })).toBe(cacheKey("s", kaltimReviewer, { sector: "health", year: 2026 }));
    expect(cacheKey("s", kaltimReviewer, { year: 2026 })).not.toBe(cacheKey("s", kaltimReviewer, { year: 2025 }));

    // A poisoned entry for Kutai Timur at the current version is served to Kutai Timur only.
    const kutim = await staff("reviewerKutim");
    const kaltim = await staff("reviewer");
    await getSummary(h.db, kutim, {});
    await execute(
      h.db,
      sql`UPDATE dashboard_cache SET value = jsonb_set(value, '{totals,programs}', '4242') WHERE key = ${cacheKey(SUMMARY_CACHE, kutim, {})}`,
    );
    clearMemoryCache(h.db);
    expect((await getSummary(h.db, kutim, {})).totals.programs).toBe(4242);
    expect(await getSummary(h.db, kaltim, {})).toEqual(await computeSummary(h.db, kaltim, {}));
    // Through the procedure as well, for a viewer of another scope.
    const kaltara = await (await callerFor(h.db, fx.users.reviewerKaltara)).dashboard.summary({});
    expect(kaltara).toEqual(await computeSummary(h.db, await staff("reviewerKaltara"), {}));
  });

  it("answers with the last figures while a newer count runs, and with the new ones once it is done", async () => {
    const key = `stale-test|${Date.now()}`;
    expect(await cached(h.db, key, async () => ({ n: 1 }))).toEqual({ n: 1 });
    await h.db.update(programs).set({ budgetIdr: 123 * M }).where(eq(programs.id, ids.samarinda as string));

    let release: (value: { n: number }) => void = () => undefined;
    const slow = new Promise<{ n: number }>((resolve) => (release = resolve));
    let computed = 0;
    const recount = cached(h.db, key, () => {
      computed++;
      return slow;
    });
    // Another reader while the recount runs: the last figures, at once, and no second count.
    const meanwhile = await cached(h.db, key, async () => {
      computed++;
      return { n: -1 };
    });
    expect(meanwhile).toEqual({ n: 1 });
    expect(computed).toBe(1);
    release({ n: 2 });
    expect(await recount).toEqual({ n: 2 });
    expect(await cached(h.db, key, async () => ({ n: -1 }))).toEqual({ n: 2 });

    // With no count running, a read after a write always waits for the current figures.
    await h.db.update(programs).set({ budgetIdr: 124 * M }).where(eq(programs.id, ids.samarinda as string));
    expect(await cached(h.db, key, async () => ({ n: 3 }))).toEqual({ n: 3 });
  });

  it("rests a key after a slow count, answering with its figures, and counts again once the rest is over", async () => {
    const key = `rest-test|${Date.now()}`;
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const took = SLOW_MS + 40;
    expect(
      await cached(h.db, key, async () => {
        await sleep(took);
        return { n: 1 };
      }),
    ).toEqual({ n: 1 });
    await h.db.update(programs).set({ budgetIdr: 125 * M }).where(eq(programs.id, ids.samarinda as string));
    let computed = 0;
    const again = async () => {
      computed++;
      return { n: 2 };
    };
    // Right after the slow count: its figures, and no new count.
    expect(await cached(h.db, key, again)).toEqual({ n: 1 });
    expect(computed).toBe(0);
    // Once the rest (PAUSE_FACTOR times the count) is over, the change is counted.
    await sleep(took * PAUSE_FACTOR + 50);
    expect(await cached(h.db, key, again)).toEqual({ n: 2 });
    expect(computed).toBe(1);
    // A quick count is never rested: the next write is seen at once.
    await h.db.update(programs).set({ budgetIdr: 126 * M }).where(eq(programs.id, ids.samarinda as string));
    expect(await cached(h.db, key, async () => ({ n: 3 }))).toEqual({ n: 3 });
  });
});
