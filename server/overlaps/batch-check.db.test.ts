import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { overlapFlags, programs } from "@/db/schema";
import { insertProgram, seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { createTestDatabase } from "@/server/test/harness";
import { checkProgramsInBatches } from "./batch-check";
import { rescanAll } from "./overlaps.service";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
});
afterAll(() => h?.close());

const openFlags = async () =>
  (await h.db.select({ a: overlapFlags.programAId, b: overlapFlags.programBId, kind: overlapFlags.kind }).from(overlapFlags).where(eq(overlapFlags.status, "open")))
    .map((f) => `${f.a}|${f.b}|${f.kind}`)
    .sort();

describe(`overlap checks in batches (${process.env.TEST_DB_KIND})`, () => {
  it("raises the same flags as comparing every pair, across batch boundaries, and a draft raises none", async () => {
    const places = ["64.74.01.1004", "64.74.01", "64.74.02.1001", "64.72.01.1001"];
    const titles = ["Posyandu lansia sehat", "Pemberian makanan tambahan balita", "Pelatihan menjahit ibu rumah tangga"];
    const ids: string[] = [];
    for (let i = 0; i < 24; i++) {
      const id = await insertProgram(h.db, {
        companyId: [fx.companies.a, fx.companies.b, fx.companies.c][i % 3] as string,
        ref: `BATCH-${i}`,
        title: `${titles[i % titles.length]} tahap ${i % 2}`,
        sector: i % titles.length === 2 ? "economy" : "health",
        status: i === 5 ? "draft" : "submitted",
        areas: [places[i % places.length] as string],
        startDate: i % 4 === 3 ? "2027-01-01" : "2026-01-01",
        endDate: i % 4 === 3 ? "2027-12-31" : "2026-12-31",
      });
      ids.push(id);
    }
    await h.db.update(programs).set({ description: sql`title || ' bersama kader dan pemerintah kelurahan setempat'` });
    const progress: number[] = [];
    await checkProgramsInBatches(h.db, ids, { batchSize: 5, onChecked: (done) => void progress.push(done) });
    expect(progress).toEqual([5, 10, 15, 20, 24]);
    const batched = await openFlags();
    expect(batched.length).toBeGreaterThan(5);
    expect(batched.some((f) => f.includes(ids[5] as string))).toBe(false);
    // The full rescan compares every candidate pair: it finds nothing to add and nothing to drop.
    const rescan = await rescanAll(h.db);
    expect(rescan).toMatchObject({ inserted: 0, obsoleted: 0, reopened: 0 });
    expect(await openFlags()).toEqual(batched);
  });
});
