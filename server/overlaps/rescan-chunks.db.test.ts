import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { overlapFlags, programs } from "@/db/schema";
import { createActivity, SYSTEM_ACTOR } from "@/server/government/government.service";
import type { CreateActivityValues } from "@/server/government/government.schemas";
import { getRepeatYears } from "@/server/settings/settings.queries";
import { AREAS, insertProgram, seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { createTestDatabase, runJobsUntilIdle } from "@/server/test/harness";
import { findCandidatePairs, findRepeatPairs } from "./overlaps.fixtures";
import { findLinkedPairs, loadMatchingPrograms, MATCHABLE_STATUSES } from "./overlaps.queries";
import { checkProgram, rescanAll, splitRescanChunk, type RescanProgress } from "./overlaps.service";
import { matchPrograms } from "./repeat";
import { analyzeProgram } from "./scoring";
import { ensureDefaultThesaurus, loadThesaurus } from "./thesaurus.service";

// The streamed rescan (chunks of neighbouring regencies, each pair in the chunk of its first
// program) must find exactly what the one-shot join over every pair finds, and what checking
// each program alone finds, however small the chunks.

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
const ids: string[] = [];

const GOV: CreateActivityValues = {
  ref: "1.06.04.2.01.0003",
  agency: "Dinas Sosial Kota Samarinda",
  funding: "apbd_regency",
  title: "Pemberian Makanan Tambahan (PMT) balita gizi kurang",
  description: "PMT pemulihan utk balita gizi kurang & ibu hamil KEK di posyandu, APBD Kota Samarinda 2026.",
  sector: "health",
  targetGroupText: "balita gizi kurang",
  areaCodes: [AREAS.samarindaWard],
  startDate: "2026-02-01",
  endDate: "2026-11-30",
  budgetIdr: 300_000_000,
  plannedBeneficiaries: 120,
  sourceName: "DPA Dinsos Kota Samarinda 2026 (uji)",
  kegiatanName: "Pemberian Makanan Tambahan",
};

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
  await ensureDefaultThesaurus(h.db);
  const companies = [fx.companies.a, fx.companies.b, fx.companies.c] as string[];
  // Places at every level, in three regencies and the province: villages, a district, a regency, the province.
  const places = [AREAS.samarindaWard, "64.72.01", AREAS.kutimVillage, AREAS.kutim, AREAS.kukarVillage, AREAS.kaltim, "64.72.01.1002"];
  const titles = [
    "Pemberian makanan tambahan balita",
    "PMT  balita & ibu hamil  (posyandu)",
    "Posyandu lansia sehat",
    "pelatihan menjahit ibu2 rumah tangga",
    "Bedah rumah RTLH warga kurang mampu",
  ];
  for (let i = 0; i < 36; i++) {
    const t = i % titles.length;
    ids.push(
      await insertProgram(h.db, {
        companyId: companies[i % 3] as string,
        ref: `CHUNK-${i}`,
        title: `${titles[t]} ${i % 4 === 0 ? "thp II" : "tahap 1"}`,
        sector: t === 3 ? "economy" : t === 4 ? "infrastructure" : "health",
        status: i === 7 ? "draft" : i === 11 ? "withdrawn" : i % 9 === 4 ? "completed" : "submitted",
        areas: i % 10 === 9 ? [places[i % places.length] as string, AREAS.kukarVillage] : [places[i % places.length] as string],
        // Overlapping periods, and some a year or two earlier (repeat candidates).
        startDate: i % 5 === 2 ? "2024-01-01" : i % 7 === 3 ? "2023-03-01" : "2026-01-01",
        endDate: i % 5 === 2 ? "2024-12-31" : i % 7 === 3 ? "2023-10-31" : "2026-12-31",
        budgetIdr: i % 6 === 0 ? null : 50_000_000 + i * 7_000_000,
      }),
    );
  }
  await h.db.update(programs).set({ description: sql`title || ' bersama kader posyandu dan pemerintah kelurahan setempat'` });
  // Government activities beside them: same places and themes, one on the province, one on a Kutim village.
  const gov = [
    await createActivity(h.db, SYSTEM_ACTOR, GOV),
    await createActivity(h.db, SYSTEM_ACTOR, { ...GOV, ref: "1.06.04.2.01.0004", areaCodes: [AREAS.kaltim], agency: "Dinas Kesehatan Provinsi Kalimantan Timur" }),
    await createActivity(h.db, SYSTEM_ACTOR, {
      ...GOV,
      ref: "DD-2026-11",
      agency: "Pemerintah Desa Kaliorang",
      funding: "apbdes",
      title: "Posyandu lansia & balita Desa Kaliorang",
      areaCodes: [AREAS.kutimVillage],
    }),
  ];
  // A CSR program naming the activity it supports, in another sector: compared through the link only.
  await h.db
    .update(programs)
    .set({ supportsActivityId: gov[0]?.id })
    .where(eq(programs.id, ids[3] as string));
  await runJobsUntilIdle(h.db);
  ids.push(...gov.map((g) => g.id));
});
afterAll(() => h?.close());

const flagsNow = async () =>
  (
    await h.db
      .select({ a: overlapFlags.programAId, b: overlapFlags.programBId, kind: overlapFlags.kind, relation: overlapFlags.relation, status: overlapFlags.status, score: overlapFlags.score })
      .from(overlapFlags)
  )
    .filter((f) => f.status !== "obsolete")
    .map((f) => `${f.a}|${f.b}|${f.kind}|${f.relation ?? "-"}|${f.status}|${f.score.toFixed(3)}`)
    .sort();

/** The one-shot path the rescan had before it streamed: every candidate pair from one join, compared in memory. */
async function oneShot() {
  const th = await loadThesaurus(h.db);
  const years = await getRepeatYears(h.db);
  const pairs = [...(await findCandidatePairs(h.db)), ...(await findRepeatPairs(h.db, years))];
  const known = new Set(pairs.map(([a, b]) => `${a}|${b}`));
  for (const p of await findLinkedPairs(h.db)) if (p[0] !== p[1] && !known.has(`${p[0]}|${p[1]}`)) pairs.push(p);
  const loaded = await loadMatchingPrograms(h.db, [...new Set(pairs.flat())]);
  const out: string[] = [];
  for (const [x, y] of pairs) {
    const m = matchPrograms(analyzeProgram(loaded.get(x)!, th), analyzeProgram(loaded.get(y)!, th), years);
    if (m) out.push(`${x < y ? x : y}|${x < y ? y : x}|${m.kind}|${m.relation ?? "-"}`);
  }
  return { pairs: pairs.length, found: out.sort() };
}

const kinds = (flags: string[]) => flags.map((f) => f.split("|").slice(0, 4).join("|")).sort();

describe("splitRescanChunk", () => {
  const pairs: [string, string][] = [
    ["a", "x"],
    ["a", "y"],
    ["b", "x"],
    ["c", "z"],
    ["c", "w"],
    ["c", "v"],
    ["e", "x"],
  ];
  it("cuts a chunk into runs of its firsts, in their order, each within the bounds unless one first alone exceeds them", () => {
    const batches = splitRescanChunk(["c", "a", "d", "b", "e"], pairs, 3, 4);
    // Every first once, in order; every pair once, in its first's batch.
    expect(batches.flatMap((b) => b.firsts)).toEqual(["c", "a", "d", "b", "e"]);
    expect(batches.flatMap((b) => b.pairs).sort()).toEqual([...pairs].sort());
    for (const b of batches) for (const [x] of b.pairs) expect(b.firsts).toContain(x);
    expect(batches.map((b) => b.firsts)).toEqual([["c"], ["a", "d", "b"], ["e"]]);
    for (const b of batches) {
      expect(b.pairs.length).toBeLessThanOrEqual(3);
      expect(new Set(b.pairs.flat()).size).toBeLessThanOrEqual(4);
    }
    // A first program with more pairs than the bound goes alone; a first without pairs still has a batch.
    expect(splitRescanChunk(["c", "q"], pairs, 1, 100).map((b) => b.firsts)).toEqual([["c"], ["q"]]);
    expect(splitRescanChunk(["q"], [], 1, 1)).toEqual([{ firsts: ["q"], pairs: [] }]);
  });
});

describe(`streamed rescan (${process.env.TEST_DB_KIND})`, () => {
  it("finds the same pairs as the one-shot join and as checking each program alone, with chunks of any size", async () => {
    const reference = await oneShot();
    expect(reference.found.length).toBeGreaterThan(10);
    // CSR–government pairs and repeats are among them.
    expect(reference.found.some((f) => f.includes("|double_funding") || f.includes("|complement"))).toBe(true);
    expect(reference.found.some((f) => f.includes("|repeat|"))).toBe(true);

    const first = await rescanAll(h.db, () => {}, { chunkSize: 1 });
    expect(first.candidatePairs).toBe(reference.pairs);
    expect(first.flagged).toBe(reference.found.length);
    const chunked = await flagsNow();
    expect(kinds(chunked)).toEqual(reference.found);

    // Big chunks (one for everything) and middling ones change nothing, nor a cache far smaller than a chunk,
    // nor batches of a chunk down to one pair or two programs each.
    for (const options of [
      { chunkSize: 1_000_000 },
      { chunkSize: 4 },
      { chunkSize: 1_000_000, cacheSize: 2 },
      { chunkSize: 3, cacheSize: 1 },
      { chunkSize: 1_000_000, batchPairs: 1 },
      { chunkSize: 1_000_000, batchPairs: 5, batchPrograms: 2, cacheSize: 3 },
    ]) {
      const again = await rescanAll(h.db, () => {}, options);
      expect(again).toMatchObject({ inserted: 0, obsoleted: 0, reopened: 0, flagged: reference.found.length, candidatePairs: reference.pairs });
      expect(await flagsNow()).toEqual(chunked);
    }

    // Checking each matchable program alone lands on the same flags.
    await h.db.delete(overlapFlags);
    const matchable = await h.db.select({ id: programs.id, status: programs.status }).from(programs);
    for (const p of matchable) if (MATCHABLE_STATUSES.includes(p.status)) await checkProgram(h.db, p.id);
    expect(await flagsNow()).toEqual(chunked);
  });

  it("holds at once only what its options allow: one batch's pairs and programs, and the capped cache", async () => {
    const seen: NonNullable<RescanProgress["chunk"]>[] = [];
    const scan = await rescanAll(h.db, (p) => p.chunk && seen.push(p.chunk), { chunkSize: 1_000_000, batchPairs: 6, batchPrograms: 5, cacheSize: 4 });
    // One chunk for everything, yet many batches; nothing carried from one batch to the next but the cache.
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.reduce((n, c) => n + c.pairs, 0)).toBe(scan.candidatePairs);
    for (const c of seen) {
      expect(c.cached).toBeLessThanOrEqual(4);
      // A batch exceeds a bound only when one first program alone needs more (then it is alone).
      if (c.firsts > 1) {
        expect(c.pairs).toBeLessThanOrEqual(6);
        expect(c.held).toBeLessThanOrEqual(5);
      }
    }
    expect(seen.some((c) => c.firsts > 1)).toBe(true);
  });

  it("obsoletes open flags no longer found anywhere, whichever chunk holds them, and keeps clusters in step", async () => {
    await rescanAll(h.db, () => {}, { chunkSize: 2 });
    const open = await h.db.select().from(overlapFlags).where(eq(overlapFlags.status, "open"));
    expect(open.length).toBeGreaterThan(3);
    // Withdrawn behind the matcher's back, and another's places emptied: their open flags must go.
    // A CSR program (a government activity is never withdrawn), as either side of its flags.
    const csr = new Set((await h.db.select({ id: programs.id }).from(programs).where(eq(programs.source, "csr"))).map((p) => p.id));
    const gone = open.flatMap((f) => [f.programAId, f.programBId]).find((id) => csr.has(id))!;
    const placeless = open.find((f) => f.programAId !== gone && f.programBId !== gone)!.programBId;
    await h.db.update(programs).set({ status: "withdrawn" }).where(eq(programs.id, gone));
    await h.db.execute(sql`DELETE FROM program_areas WHERE program_id = ${placeless}`);
    const scan = await rescanAll(h.db, () => {}, { chunkSize: 1 });
    const touched = open.filter((f) => [gone, placeless].some((id) => f.programAId === id || f.programBId === id));
    expect(scan.obsoleted).toBeGreaterThanOrEqual(touched.length);
    const after = await h.db.select().from(overlapFlags).where(eq(overlapFlags.status, "open"));
    expect(after.some((f) => [gone, placeless].some((id) => f.programAId === id || f.programBId === id))).toBe(false);
    // Every open flag left is one the one-shot join finds, and no open flag keeps a cluster of a dissolved one.
    const reference = new Set((await oneShot()).found.map((f) => f.split("|").slice(0, 2).join("|")));
    expect(after.every((f) => reference.has(`${f.programAId}|${f.programBId}`))).toBe(true);
    const stale = await h.db.execute(
      sql`SELECT count(*)::int AS n FROM overlap_flags f LEFT JOIN overlap_clusters c ON c.id = f.cluster_id WHERE f.cluster_id IS NOT NULL AND (f.status <> 'open' OR c.status <> 'open')`,
    );
    expect(Number((stale as unknown as { rows: { n: number }[] }).rows[0]?.n)).toBe(0);
  });
});
