import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { overlapFlagDecisions, overlapFlags, programs } from "@/db/schema";
import { callerFor, createTestDatabase, runJobsUntilIdle } from "@/server/test/harness";
import { AREAS, programInput, seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { type Fingerprintable, legacyFingerprint, materiallyChanged, programFingerprint } from "./fingerprint";
import { checkProgram } from "./overlaps.service";
import { loadMatchingPrograms } from "./overlaps.queries";
import { ensureDefaultThesaurus } from "./thesaurus.service";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
const as = (key: keyof Fixtures["users"]) => callerFor(h.db, fx.users[key]);

const BEDAH_A = programInput({
  title: "Bedah Rumah Tidak Layak Huni Kel. Rawa Makmur",
  description: "Perbaikan 25 rumah tidak layak huni (RTLH) warga miskin: atap, lantai, dinding.",
  sector: "social",
  targetGroup: "poor_households",
  budgetIdr: 1_250_000_000,
  plannedBeneficiaries: 25,
});
const BEDAH_B = programInput({
  title: "Rehab RTLH rawa makmur",
  description: "rehab rumah tdk layak huni utk keluarga miskin (atap,lantai,dinding) 25 unit",
  sector: "social",
  targetGroup: "poor_households",
  budgetIdr: 1_100_000_000,
  plannedBeneficiaries: 25,
});
type Input = typeof BEDAH_B;

async function flagOf(x: string, y: string) {
  const [a, b] = x < y ? [x, y] : [y, x];
  const [f] = await h.db
    .select()
    .from(overlapFlags)
    .where(and(eq(overlapFlags.programAId, a), eq(overlapFlags.programBId, b)));
  if (!f) throw new Error("no flag");
  return f;
}

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
  await ensureDefaultThesaurus(h.db);
});
afterAll(() => h?.close());

describe("the fingerprint's margin", () => {
  const base: Fingerprintable = { ...BEDAH_B, areaCodes: [AREAS.samarindaWard], beneficiaries: 25 };
  const stored = programFingerprint(base);
  it("ignores title, description and a figure moved within 10%, not a place, a date or a figure beyond it", () => {
    const same = (p: typeof base) => !materiallyChanged(stored, { fingerprint: programFingerprint(p) });
    expect(same({ ...base, title: "Rehab RTLH Rawa Makmur (revisi)", description: "typo dibetulkan" })).toBe(true);
    expect(same({ ...base, budgetIdr: 1_200_000_000 })).toBe(true); // +9%
    expect(same({ ...base, budgetIdr: 1_250_000_000 })).toBe(false); // +13.6%
    expect(same({ ...base, beneficiaries: 22 })).toBe(false); // -12%
    expect(same({ ...base, budgetIdr: null })).toBe(false);
    expect(same({ ...base, endDate: "2026-12-31" })).toBe(false);
    expect(same({ ...base, areaCodes: [AREAS.samarindaWard, AREAS.kutimVillage] })).toBe(false);
    expect(same({ ...base, targetGroup: "elderly" })).toBe(false);
  });

  it("works out the old fingerprint only for a pair stored with one, and compares with it", () => {
    let calls = 0;
    const legacy = () => {
      calls++;
      return legacyFingerprint(base);
    };
    expect(materiallyChanged(stored, { fingerprint: programFingerprint(base), legacy })).toBe(false);
    expect(calls).toBe(0);
    expect(materiallyChanged(legacyFingerprint(base), { fingerprint: programFingerprint(base), legacy })).toBe(false);
    expect(calls).toBe(1);
    expect(materiallyChanged(legacyFingerprint({ ...base, title: "Judul lama" }), { fingerprint: programFingerprint(base), legacy })).toBe(true);
  });
});

describe(`decisions last (${process.env.TEST_DB_KIND})`, () => {
  let first: string;
  let second: string;

  async function reviseB(change: Partial<Input>) {
    const reviewer = await as("reviewer");
    const now = await reviewer.programs.byId({ id: second });
    if (now.status === "submitted") {
      await reviewer.reviews.transition({ id: second, version: now.version, action: "request_revision", note: "Mohon perjelas lokasi RT." });
    }
    const b = await as("officerB");
    const p = await b.programs.byId({ id: second });
    await b.programs.update({
      ...BEDAH_B,
      ...change,
      ref: p.ref,
      id: second,
      version: p.version,
    });
    // Editing a program past draft queues the check; the worker runs it.
    await runJobsUntilIdle(h.db);
  }

  it("records the reviewer's decision in the pair's history", async () => {
    const a = await as("officerA");
    const createdA = await a.programs.create({ ...BEDAH_A, ref: "ALFA-RTLH-01" });
    first = (await a.programs.submit({ id: createdA.id, version: createdA.version })).id;
    const b = await as("officerB");
    const createdB = await b.programs.create({ ...BEDAH_B, ref: "BETA-rtlh-1" });
    second = (await b.programs.submit({ id: createdB.id, version: createdB.version, acknowledgement: { kind: "seen", note: "" } })).id;
    await runJobsUntilIdle(h.db);
    const flag = await flagOf(first, second);
    expect(flag.status).toBe("open");
    const reviewer = await as("reviewer");
    await reviewer.overlaps.resolve({ id: flag.id, version: flag.version, resolution: "collaboration", note: "Bagi per RT: Alfa RT 1-4, Beta RT 5-9" });
    const pair = await reviewer.overlaps.byId({ id: flag.id });
    expect(pair.decisions.map((d) => [d.event, d.resolution, d.note, d.actorName])).toEqual([
      ["resolved", "collaboration", "Bagi per RT: Alfa RT 1-4, Beta RT 5-9", "reviewer"],
    ]);
  });

  it("keeps the pair resolved after a trivial edit (typo in title and description, budget within 10%)", async () => {
    await reviseB({
      title: "Rehab RTLH Rawa Makmur",
      description: "Rehab rumah tidak layak huni untuk keluarga miskin (atap, lantai, dinding), 25 unit.",
      budgetIdr: 1_150_000_000,
    });
    const flag = await flagOf(first, second);
    expect(flag.status).toBe("resolved");
    expect(flag.resolution).toBe("collaboration");
    const history = await h.db.select().from(overlapFlagDecisions).where(eq(overlapFlagDecisions.flagId, flag.id));
    expect(history).toHaveLength(1);
  });

  it("reopens it after a material edit, keeping the earlier decision and its note in the history", async () => {
    await reviseB({ plannedBeneficiaries: 40, budgetIdr: 1_800_000_000 });
    const flag = await flagOf(first, second);
    expect(flag.status).toBe("open");
    expect(flag.resolution).toBeNull();
    const pair = await (await as("reviewer")).overlaps.byId({ id: flag.id });
    expect(pair.decisions.map((d) => [d.event, d.resolution, d.note])).toEqual([
      ["resolved", "collaboration", "Bagi per RT: Alfa RT 1-4, Beta RT 5-9"],
      ["reopened", "collaboration", "Bagi per RT: Alfa RT 1-4, Beta RT 5-9"],
    ]);
    expect(pair.decisions[1]?.changedProgramIds).toEqual([second]);
  });

  it("adds every later decision to the same history", async () => {
    const reviewer = await as("reviewer");
    const flag = await flagOf(first, second);
    await reviewer.overlaps.resolve({ id: flag.id, version: flag.version, resolution: "distinct", note: "Beta kini 40 rumah di RT lain" });
    const pair = await reviewer.overlaps.byId({ id: flag.id });
    expect(pair.decisions.map((d) => d.event)).toEqual(["resolved", "reopened", "resolved"]);
    expect(pair.decisions.at(-1)).toMatchObject({ resolution: "distinct", note: "Beta kini 40 rumah di RT lain", actorName: "reviewer" });
  });

  it("compares a pair decided under the old fingerprint with the old one, then writes the new one", async () => {
    const flag = await flagOf(first, second);
    const loaded = await loadMatchingPrograms(h.db, [flag.programAId, flag.programBId]);
    const legacy = (id: string) => {
      const p = loaded.get(id);
      if (!p) throw new Error("missing");
      return legacyFingerprint({ ...p, areaCodes: p.areas.map((x) => x.code) });
    };
    await h.db
      .update(overlapFlags)
      .set({ fingerprintA: legacy(flag.programAId), fingerprintB: legacy(flag.programBId) })
      .where(eq(overlapFlags.id, flag.id));
    const result = await checkProgram(h.db, second);
    expect(result.keptResolved).toBe(1);
    const after = await flagOf(first, second);
    expect(after.status).toBe("resolved");
    expect(after.fingerprintA.startsWith("2:")).toBe(true);
    expect(after.fingerprintB).toBe(loaded.get(flag.programBId)?.fingerprint);
    // A stale old fingerprint (the program changed since) reopens, as before.
    await h.db.update(overlapFlags).set({ fingerprintB: "oldoldoldoldoldoldoldo" }).where(eq(overlapFlags.id, flag.id));
    await h.db.update(programs).set({ title: "Rehab RTLH Rawa Makmur tahap 2" }).where(eq(programs.id, flag.programBId));
    await checkProgram(h.db, second);
    expect((await flagOf(first, second)).status).toBe("open");
  });
});
